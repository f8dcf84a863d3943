/**
 * Reads the services' OpenAPI documents and derives the admin UI's resources from them: a
 * collection is a GET path answering a page (or a list) of objects; its item, create, edit and
 * action operations are the paths and methods around it. A new endpoint or field shows up in the
 * UI without a hand-written form.
 */

export type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
  additionalProperties?: Schema | boolean;
};

type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; description?: string; schema?: Schema };

type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: Record<string, string[]>[];
};

export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

/** A form or a display: the resolved schema of a request or a record. */
export type Form = { schema: Schema; roles: string[]; summary: string; description?: string };

/** An operation on one record that is not plain edit, e.g. POST …/stage or PUT …/configuration. */
export type Action = Form & { name: string; method: 'POST' | 'PUT'; path: string };

export type Filter = { name: string; schema: Schema; description?: string };

export type ResourceDefinition = {
  /** react-admin resource name (a route), e.g. "enrollment-cycles-applications" */
  name: string;
  service: string;
  label: string;
  group: string;
  listPath: string;
  /** path parameters the list needs, e.g. ["cycleId"] */
  parents: string[];
  /** GET of one record, when the service offers it (else actions show on the list's rows) */
  itemPath?: string;
  /** the record's own path parameter, e.g. applicationId */
  itemParam?: string;
  paged: boolean;
  record: Schema;
  listRoles: string[];
  filters: Filter[];
  sortable: string[];
  create?: Form;
  edit?: Form;
  actions: Action[];
};

const API_PREFIX = '/api/v1';

export function deriveResources(service: string, document: OpenApiDocument): ResourceDefinition[] {
  const resolver = new Resolver(document);
  const resources: ResourceDefinition[] = [];
  const paths = Object.keys(document.paths);
  for (const path of paths) {
    const list = document.paths[path].get;
    if (!list) {
      continue;
    }
    const answer = resolver.resolve(list.responses?.['200']?.content?.['application/json']?.schema);
    const pageItems = answer?.properties?.items?.type === 'array' ? resolver.resolve(answer.properties.items.items) : undefined;
    const arrayItems = answer?.type === 'array' ? resolver.resolve(answer.items) : undefined;
    const record = pageItems ?? arrayItems;
    if (!record || record.type !== 'object' || !record.properties) {
      continue;
    }
    const parents = (list.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
    // A record lives under its list (…/cycles/{cycleId}) or at the top level (/campaigns/{campaignId} for …/cycles/{cycleId}/campaigns).
    const bases = [path, `${API_PREFIX}/${path.split('/').pop()}`].filter((b, i, all) => all.indexOf(b) === i && b !== API_PREFIX + '/');
    const isItem = (p: string) => bases.some((b) => isChild(b, p)) && /\/\{[^}]+\}$/.test(p);
    const itemPath = paths.find((p) => isItem(p) && document.paths[p].get);
    const query = (list.parameters ?? []).filter((p) => p.in === 'query');
    const sort = query.find((p) => p.name === 'sort');
    const post = document.paths[path].post;
    const put = itemPath ? document.paths[itemPath].put : undefined;
    const actions: Action[] = [];
    let actionBase = itemPath;
    for (const candidate of paths) {
      const base = candidate.slice(0, candidate.lastIndexOf('/'));
      if (!isItem(base) || (itemPath && base !== itemPath) || document.paths[candidate].get || candidate.slice(base.length + 1).includes('{')) {
        continue;
      }
      for (const method of ['post', 'put'] as const) {
        const operation = document.paths[candidate][method];
        if (operation && (!operation.requestBody || operation.requestBody.content?.['application/json'])) {
          actionBase = base;
          actions.push({ ...form(resolver, operation), name: candidate.slice(base.length + 1), method: method.toUpperCase() as 'POST' | 'PUT',
            path: candidate });
        }
      }
    }
    const itemParam = actionBase?.slice(actionBase.lastIndexOf('{') + 1, -1);
    resources.push({
      name: resourceName(service, path),
      service,
      label: label(path, list),
      group: list.tags?.[0] ?? service,
      listPath: path,
      parents,
      itemPath,
      itemParam,
      paged: pageItems !== undefined,
      record: resolver.deep(record),
      listRoles: roles(list),
      filters: query.filter((p) => !['page', 'size', 'sort'].includes(p.name))
        .map((p) => ({ name: p.name, schema: resolver.deep(p.schema ?? { type: 'string' }), description: p.description })),
      sortable: sort?.schema?.pattern ? sortableFields(sort.schema.pattern) : [],
      create: post?.requestBody?.content?.['application/json'] ? form(resolver, post) : undefined,
      edit: put?.requestBody?.content?.['application/json'] ? form(resolver, put) : undefined,
      actions,
    });
  }
  return resources;
}

/** A route-safe name: "enrollment" + "/api/v1/cycles/{cycleId}/applications" → "enrollment-cycles-applications". */
function resourceName(service: string, path: string): string {
  const segments = (path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path).split('/').filter((s) => s && !s.startsWith('{'));
  return [service, ...segments].join('-');
}

/** "-?(submittedAt|updatedAt)" → ["submittedAt", "updatedAt"] */
function sortableFields(pattern: string): string[] {
  const match = /\(([^)]*)\)/.exec(pattern);
  return match ? match[1].split('|') : [];
}

function isChild(parent: string, candidate: string): boolean {
  return candidate.startsWith(parent + '/') && !candidate.slice(parent.length + 1).includes('/');
}

function label(path: string, operation: Operation): string {
  if (operation.summary?.startsWith('List ')) {
    const what = operation.summary.slice(5);
    return what.charAt(0).toUpperCase() + what.slice(1);
  }
  const last = path.split('/').filter((s) => s && !s.startsWith('{')).pop() ?? path;
  return last.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function roles(operation: Operation): string[] {
  return (operation.security ?? []).flatMap((requirement) => Object.values(requirement).flat());
}

function form(resolver: Resolver, operation: Operation): Form {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  return { schema: resolver.deep(schema ?? { type: 'object', properties: {} }), roles: roles(operation), summary: operation.summary ?? '',
    description: operation.description };
}

class Resolver {
  constructor(private readonly document: OpenApiDocument) {}

  resolve(schema: Schema | undefined): Schema | undefined {
    if (!schema?.$ref) {
      return schema;
    }
    const target = this.document.components?.schemas?.[schema.$ref.split('/').pop() as string];
    // Properties next to a $ref (description, examples) refine the referenced schema.
    const { $ref: _ignored, ...local } = schema;
    void _ignored;
    return target ? { ...target, ...local, type: target.type ?? local.type } : local;
  }

  /** The schema with every $ref replaced, to a few levels (enough for our request and record shapes). */
  deep(schema: Schema | undefined, depth = 0): Schema {
    const resolved = this.resolve(schema) ?? { type: 'string' };
    if (depth > 6) {
      return resolved;
    }
    const result: Schema = { ...resolved };
    if (resolved.properties) {
      result.properties = Object.fromEntries(Object.entries(resolved.properties).map(([k, v]) => [k, this.deep(v, depth + 1)]));
    }
    if (resolved.items) {
      result.items = this.deep(resolved.items, depth + 1);
    }
    return result;
  }
}
