import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogContent, DialogTitle, Typography } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  Datagrid,
  DateField,
  EditButton,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  ReferenceInput,
  SaveButton,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  Toolbar,
  TopToolbar,
  Create,
  Edit,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  WrapperField,
  Form,
  type RaRecord,
} from 'react-admin';
import { runAction } from './dataProvider';
import { SchemaInput, SchemaInputs } from './inputs';
import type { Action, ResourceDefinition, Schema } from './openapi';
import { displayField, referenceFor } from './registry';
import { roles } from '../platform/session';

const humanize = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

const allowed = (needed: string[]) => needed.length === 0 || needed.some((r) => roles().includes(r));

/** Scalars first; nested objects and long texts belong to the detail view. */
function columns(definition: ResourceDefinition): [string, Schema][] {
  return Object.entries(definition.record.properties ?? {})
    .filter(([name, s]) => s.type !== 'object' && name !== 'schoolId' && !definition.parents.includes(name) && (s.maxLength ?? 0) <= 300)
    .slice(0, 8);
}

/**
 * A field chosen by its schema. Datagrid and SimpleShowLayout read label, source and sortable from
 * their direct children's props, so callers pass them here too.
 */
function SchemaField({ name, schema, sortable }: { name: string; schema: Schema; sortable?: boolean; label?: string; source?: string }) {
  const label = humanize(name);
  if (schema.type === 'boolean') {
    return <BooleanField source={name} label={label} sortable={sortable} />;
  }
  if (schema.format === 'date' || schema.format === 'date-time') {
    return <DateField source={name} label={label} showTime={schema.format === 'date-time'} sortable={sortable} />;
  }
  if (schema.type === 'array' || schema.type === 'object') {
    return <FunctionField label={label} sortable={false} render={(record: RaRecord) => describe(record[name])} />;
  }
  return <TextField source={name} label={label} sortable={sortable} />;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map(describe).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${humanize(k)}: ${describe(v)}`).join('; ');
  }
  return String(value);
}

function ParentInput({ parameter, service, alwaysOn }: { parameter: string; service: string; alwaysOn?: boolean }) {
  const reference = referenceFor(parameter, service);
  if (!reference) {
    return <TextInput source={parameter} label={humanize(parameter)} alwaysOn={alwaysOn} />;
  }
  return (
    <ReferenceInput source={parameter} reference={reference.name} alwaysOn={alwaysOn} perPage={100}>
      <SelectInput optionText={displayField(reference)} label={humanize(parameter.replace(/Id$/, ''))} />
    </ReferenceInput>
  );
}

function filters(definition: ResourceDefinition) {
  return [
    ...definition.parents.map((p) => <ParentInput key={p} parameter={p} service={definition.service} alwaysOn />),
    ...definition.filters.map((f) => (
      <SchemaInput key={f.name} name={f.name} schema={f.schema} source={f.name} isRequired={false} service={definition.service} />
    )),
  ];
}

function ListActions({ definition }: { definition: ResourceDefinition }) {
  const { filterValues } = useListContext();
  const parents = Object.fromEntries(definition.parents.map((p) => [p, filterValues[p]]));
  return (
    <TopToolbar>
      {definition.filters.length > 0 && <FilterButton />}
      {definition.create && allowed(definition.create.roles) && <CreateButton state={{ record: parents }} />}
      <ExportButton />
    </TopToolbar>
  );
}

function ChooseParentFirst({ definition }: { definition: ResourceDefinition }) {
  return (
    <Typography sx={{ p: 2 }} color="text.secondary">
      Choose {definition.parents.map((p) => humanize(p.replace(/Id$/, '')).toLowerCase()).join(' and ')} above to see the {definition.label.toLowerCase()}.
    </Typography>
  );
}

export function GeneratedList({ definition }: { definition: ResourceDefinition }) {
  return (
    <List filters={filters(definition)} actions={<ListActions definition={definition} />} title={definition.label}
      empty={false} sort={definition.sortable.length ? { field: definition.sortable[0], order: 'DESC' } : undefined}>
      <ListBody definition={definition} />
    </List>
  );
}

function ListBody({ definition }: { definition: ResourceDefinition }) {
  const { filterValues } = useListContext();
  if (definition.parents.some((p) => !filterValues[p])) {
    return <ChooseParentFirst definition={definition} />;
  }
  return (
    <Datagrid rowClick={definition.itemPath ? 'show' : false} bulkActionButtons={false}>
      {columns(definition).map(([name, schema]) => (
        <SchemaField key={name} name={name} schema={schema} sortable={definition.sortable.includes(name)} label={humanize(name)} source={name} />
      ))}
      {!definition.itemPath && definition.actions.length > 0 && (
        <WrapperField label="Actions">
          {definition.actions.map((action) => <ActionButton key={action.method + action.path} definition={definition} action={action} />)}
        </WrapperField>
      )}
    </Datagrid>
  );
}

function ActionButton({ definition, action }: { definition: ResourceDefinition; action: Action }) {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || !allowed(action.roles)) {
    return null;
  }
  const hasFields = Object.keys(action.schema.properties ?? {}).length > 0;
  const submit = async (data: Record<string, unknown>) => {
    setBusy(true);
    try {
      await runAction(definition, action, record.id, data);
      notify(`${action.summary || humanize(action.name)}: done`, { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      const problem = error as { message?: string; body?: { errors?: Record<string, unknown> } };
      notify(problem.message ?? 'failed', { type: 'error' });
      return problem.body?.errors;
    } finally {
      setBusy(false);
    }
    return undefined;
  };
  return (
    <>
      <MuiButton size="small" onClick={() => (hasFields ? setOpen(true) : submit({}))} disabled={busy}>
        {action.summary || humanize(action.name)}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md" aria-labelledby={`action-${action.name}`}>
        <DialogTitle id={`action-${action.name}`}>{action.summary || humanize(action.name)}</DialogTitle>
        <DialogContent>
          {action.description && <Typography variant="body2" sx={{ mb: 2 }}>{action.description}</Typography>}
          <Form onSubmit={submit} record={{}}>
            <SchemaInputs schema={action.schema} service={definition.service} />
            <SaveButton label="Submit" alwaysEnable />
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
}

function ShowActions({ definition }: { definition: ResourceDefinition }) {
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {definition.actions.map((action) => <ActionButton key={action.method + action.path} definition={definition} action={action} />)}
      {definition.edit && allowed(definition.edit.roles) && <EditButton />}
    </TopToolbar>
  );
}

export function GeneratedShow({ definition }: { definition: ResourceDefinition }) {
  return (
    <Show actions={<ShowActions definition={definition} />} title={<RecordTitle definition={definition} />}>
      <SimpleShowLayout>
        {Object.entries(definition.record.properties ?? {}).map(([name, schema]) => (
          <SchemaField key={name} name={name} schema={schema} label={humanize(name)} source={name} />))}
      </SimpleShowLayout>
    </Show>
  );
}

function RecordTitle({ definition }: { definition: ResourceDefinition }) {
  const record = useRecordContext();
  const singular = definition.label.replace(/s$/, '');
  return <span>{singular} {record ? String(record[displayField(definition)] ?? record._id ?? '') : ''}</span>;
}

export function GeneratedCreate({ definition }: { definition: ResourceDefinition }) {
  return (
    <Create redirect={definition.itemPath ? 'show' : 'list'} title={`New: ${definition.create?.summary ?? definition.label}`}>
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
        {definition.create?.description && <Typography variant="body2">{definition.create.description}</Typography>}
        {definition.parents.map((p) => <ParentInput key={p} parameter={p} service={definition.service} />)}
        <SchemaInputs schema={definition.create!.schema} service={definition.service} />
      </SimpleForm>
    </Create>
  );
}

export function GeneratedEdit({ definition }: { definition: ResourceDefinition }) {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<RecordTitle definition={definition} />}>
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
        {definition.edit?.description && <Typography variant="body2">{definition.edit.description}</Typography>}
        <SchemaInputs schema={definition.edit!.schema} service={definition.service} />
      </SimpleForm>
    </Edit>
  );
}
