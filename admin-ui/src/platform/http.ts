import { HttpError } from 'react-admin';
import { accessToken, session } from './session';

/** An RFC 7807 problem as the services send it. */
interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  violations?: { field: string; message: string }[];
}

export function serviceUrl(service: string, path: string): string {
  const base = session().config.services[service];
  if (base === undefined) {
    throw new Error(`unknown service ${service}`);
  }
  return base + path;
}

/** Fetches with the caller's token; a problem becomes an HttpError whose field violations forms show next to the field. */
export async function call(service: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${await accessToken()}`);
  if (init.body !== undefined && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json, application/problem+json');
  }
  const response = await fetch(serviceUrl(service, path), { ...init, headers });
  if (!response.ok) {
    throw await problemError(response);
  }
  return response;
}

export async function json<T = unknown>(service: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await call(service, path, init);
  if (response.status === 204) {
    return undefined as T;
  }
  return response.json();
}

/** Downloads a file the API serves (PDF, CSV, ZIP) with the caller's token. */
export async function download(service: string, path: string, fileName: string): Promise<void> {
  const response = await call(service, path, { headers: { Accept: '*/*' } });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function problemError(response: Response): Promise<HttpError> {
  let problem: Problem = {};
  try {
    problem = await response.json();
  } catch {
    // not a problem document: keep the status line
  }
  const errors: Record<string, unknown> = {};
  for (const violation of problem.violations ?? []) {
    // "body.application.yearLevel" / "body.helpAreas[0]" → the form's "application.yearLevel" / "helpAreas.0"
    setPath(errors, violation.field.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1'), violation.message);
  }
  const message = problem.violations?.length
    ? `${problem.detail ?? problem.title}: ${problem.violations.map((v) => `${v.field.replace(/^body\./, '')} ${v.message}`).join('; ')}`
    : problem.detail ?? problem.title ?? `${response.status} ${response.statusText}`;
  return new HttpError(message, response.status, { errors, problem });
}

/** {a.b: m} → {a: {b: m}}: react-admin matches nested errors to nested inputs. */
function setPath(target: Record<string, unknown>, path: string, message: string) {
  const parts = path.split('.');
  let node = target;
  parts.slice(0, -1).forEach((part) => {
    node[part] = (node[part] as Record<string, unknown>) ?? {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts[parts.length - 1]] = message;
}
