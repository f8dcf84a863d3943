import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from './config';

/** The signed-in coordinator: Keycloak (authorization code + PKCE) and what the token says. */
export interface Session {
  keycloak: Keycloak;
  config: RuntimeConfig;
}

let current: Session | undefined;

export async function signIn(config: RuntimeConfig): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  current = { keycloak, config };
  return current;
}

export function session(): Session {
  if (!current) {
    throw new Error('not signed in');
  }
  return current;
}

/** A token valid for at least 30 more seconds. */
export async function accessToken(): Promise<string> {
  const { keycloak } = session();
  await keycloak.updateToken(30);
  return keycloak.token as string;
}

export function roles(): string[] {
  return session().keycloak.tokenParsed?.realm_access?.roles ?? [];
}

export function school(): string | undefined {
  return (session().keycloak.tokenParsed as { school?: string } | undefined)?.school;
}
