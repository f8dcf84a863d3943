/** What the portal serving this app tells it at /config.json: where Keycloak and the services are. */
export interface RuntimeConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** service name → base URL (same origin through the portal's proxy, e.g. /services/enrollment) */
  services: Record<string, string>;
}

export async function loadConfig(): Promise<RuntimeConfig> {
  const response = await fetch('./config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`config.json: HTTP ${response.status}`);
  }
  return response.json();
}
