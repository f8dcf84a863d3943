import { json } from '../platform/http';
import { deriveResources, type OpenApiDocument, type ResourceDefinition } from './openapi';

/** The services whose OpenAPI documents make the UI, in menu order. */
export const SERVICES = ['enrollment', 'matching', 'session', 'survey', 'analytics'] as const;

const byName = new Map<string, ResourceDefinition>();

export async function loadResources(): Promise<ResourceDefinition[]> {
  const documents = await Promise.all(SERVICES.map(async (service) => ({
    service,
    document: await json<OpenApiDocument>(service, '/q/openapi?format=json'),
  })));
  byName.clear();
  for (const { service, document } of documents) {
    for (const resource of deriveResources(service, document)) {
      byName.set(resource.name, resource);
    }
  }
  return [...byName.values()];
}

export function resource(name: string): ResourceDefinition {
  const found = byName.get(name);
  if (!found) {
    throw new Error(`unknown resource ${name}`);
  }
  return found;
}

/** The collection whose records a path parameter names, e.g. cycleId → the cycles; the caller's own service first. */
export function referenceFor(parameter: string, service: string): ResourceDefinition | undefined {
  const candidates = [...byName.values()].filter((r) => r.itemParam === parameter && r.parents.length === 0);
  return candidates.find((r) => r.service === service) ?? candidates.find((r) => r.service === 'enrollment') ?? candidates[0];
}

/** The field that best names a record in a select or a title. */
export function displayField(definition: ResourceDefinition): string {
  const names = Object.keys(definition.record.properties ?? {});
  return ['semester', 'name', 'title', 'email', 'participantId', 'label'].find((n) => names.includes(n)) ?? 'id';
}
