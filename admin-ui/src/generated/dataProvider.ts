import type { DataProvider, RaRecord } from 'react-admin';
import { json } from '../platform/http';
import type { Action, ResourceDefinition } from './openapi';
import { resource } from './registry';

/**
 * One data provider for every generated resource. Nested collections (…/cycles/{cycleId}/applications)
 * take their parents from the list filter, and their records carry a composite id
 * ("cycleId~applicationId") so show and edit can find them again.
 */
const SEPARATOR = '~';

export function fill(path: string, values: Record<string, unknown>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`missing ${name}`);
    }
    return encodeURIComponent(String(value));
  });
}

function ownId(definition: ResourceDefinition, record: Record<string, unknown>, index: number): string {
  const fields = Object.keys(definition.record.properties ?? {});
  const idField = ['id', definition.itemParam ?? '', ...fields.filter((f) => f.endsWith('Id') && !definition.parents.includes(f))]
    .find((f) => f && record[f] !== undefined && record[f] !== null);
  return idField ? String(record[idField]) : String(index);
}

function withId(definition: ResourceDefinition, record: Record<string, unknown>, parentValues: string[], index = 0): RaRecord {
  const id = [...parentValues, ownId(definition, record, index)].join(SEPARATOR);
  const parents = Object.fromEntries(definition.parents.map((p, i) => [p, parentValues[i]]));
  return { ...parents, ...record, _id: record.id, id };
}

/** The path parameters of a record: its parents and its own id. */
export function pathValues(definition: ResourceDefinition, id: string | number): Record<string, string> {
  const parts = String(id).split(SEPARATOR);
  const values: Record<string, string> = Object.fromEntries(definition.parents.map((p, i) => [p, parts[i]]));
  if (definition.itemParam) {
    values[definition.itemParam] = parts[definition.parents.length];
  }
  return values;
}

/** Only what the request schema knows: parents and read-only fields of the record are not sent. */
function body(schema: ResourceDefinition['record'], data: Record<string, unknown>): Record<string, unknown> {
  const known = Object.keys(schema.properties ?? {});
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''));
}

export const dataProvider: DataProvider = {
  async getList(name, { pagination, sort, filter }) {
    const definition = resource(name);
    const parentValues = definition.parents.map((p) => filter?.[p]);
    if (parentValues.some((v) => !v)) {
      return { data: [], total: 0 };
    }
    const query = new URLSearchParams();
    const page = pagination?.page ?? 1;
    const perPage = pagination?.perPage ?? 25;
    if (definition.paged) {
      query.set('page', String(page - 1));
      query.set('size', String(Math.min(perPage, 100)));
    }
    if (sort?.field && definition.sortable.includes(sort.field)) {
      query.set('sort', (sort.order === 'DESC' ? '-' : '') + sort.field);
    }
    for (const f of definition.filters) {
      const value = filter?.[f.name];
      if (value !== undefined && value !== null && value !== '') {
        query.set(f.name, String(value));
      }
    }
    const path = fill(definition.listPath, filter ?? {}) + (query.size ? `?${query}` : '');
    const answer = await json<{ items: Record<string, unknown>[]; totalItems: number } | Record<string, unknown>[]>(definition.service, path);
    if (Array.isArray(answer)) {
      // An unpaged list: page it here.
      const records = answer.map((r, i) => withId(definition, r, parentValues as string[], i));
      return { data: records.slice((page - 1) * perPage, page * perPage) as never[], total: records.length };
    }
    return { data: answer.items.map((r, i) => withId(definition, r, parentValues as string[], i)) as never[], total: answer.totalItems };
  },

  async getOne(name, { id }) {
    const definition = resource(name);
    if (!definition.itemPath) {
      throw new Error(`${definition.label} has no detail view`);
    }
    const values = pathValues(definition, id);
    const record = await json<Record<string, unknown>>(definition.service, fill(definition.itemPath, values));
    return { data: withId(definition, record, definition.parents.map((p) => values[p])) as never };
  },

  async getMany(name, { ids }) {
    const data = await Promise.all(ids.map((id) => dataProvider.getOne(name, { id }).then((r) => r.data)));
    return { data };
  },

  async getManyReference(name, { target, id, pagination, sort, filter }) {
    return dataProvider.getList(name, { pagination, sort, filter: { ...filter, [target]: id } });
  },

  async create(name, { data }) {
    const definition = resource(name);
    const created = await json<Record<string, unknown>>(definition.service, fill(definition.listPath, data), {
      method: 'POST',
      body: JSON.stringify(body(definition.create!.schema, data)),
    });
    return { data: withId(definition, created ?? {}, definition.parents.map((p) => data[p])) } as never;
  },

  async update(name, { id, data }) {
    const definition = resource(name);
    const values = pathValues(definition, id);
    const updated = await json<Record<string, unknown>>(definition.service, fill(definition.itemPath!, values), {
      method: 'PUT',
      body: JSON.stringify(body(definition.edit!.schema, data)),
    });
    return { data: withId(definition, updated ?? {}, definition.parents.map((p) => values[p])) } as never;
  },

  async updateMany() {
    throw new Error('Changing several records at once is not offered.');
  },

  async delete() {
    throw new Error('Records are not deleted from the admin UI.');
  },

  async deleteMany() {
    throw new Error('Records are not deleted from the admin UI.');
  },
};

/** Runs an action (POST/PUT on a sub-path of a record) and answers what the service answered. */
export async function runAction(definition: ResourceDefinition, action: Action, id: string | number, data: Record<string, unknown>) {
  return json<Record<string, unknown>>(definition.service, fill(action.path, pathValues(definition, id)), {
    method: action.method,
    body: JSON.stringify(body(action.schema, data)),
  });
}
