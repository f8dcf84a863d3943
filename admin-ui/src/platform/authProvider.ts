import type { AuthProvider } from 'react-admin';
import { roles, school, session } from './session';

/** Keycloak does the login (code + PKCE) before the app renders; react-admin only asks who is there. */
export const authProvider: AuthProvider = {
  async login() {
    await session().keycloak.login();
  },
  async logout() {
    if (session().keycloak.authenticated) {
      await session().keycloak.logout({ redirectUri: window.location.origin + window.location.pathname });
    }
  },
  async checkAuth() {
    if (!session().keycloak.authenticated) {
      throw new Error('signed out');
    }
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      throw error;
    }
  },
  async getIdentity() {
    const token = session().keycloak.tokenParsed as { sub?: string; name?: string; preferred_username?: string } | undefined;
    const name = token?.name ?? token?.preferred_username ?? 'signed in';
    return { id: token?.sub ?? '', fullName: school() ? `${name} · ${school()}` : name };
  },
  async getPermissions() {
    return roles();
  },
};
