import {
  ArrayInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  ReferenceInput,
  regex,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  type Validator,
} from 'react-admin';
import type { Schema } from './openapi';
import { displayField, referenceFor } from './registry';

const humanize = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

const choices = (values: string[]) => values.map((v) => ({ id: v, name: v.replace(/_/g, ' ').toLowerCase() }));

/** Client-side checks taken from the schema; the service checks again and its messages appear next to the field. */
function validators(schema: Schema, isRequired: boolean): Validator[] {
  const result: Validator[] = [];
  if (isRequired) {
    result.push(required());
  }
  if (schema.maxLength !== undefined) result.push(maxLength(schema.maxLength));
  if (schema.minLength !== undefined && schema.minLength > 0) result.push(minLength(schema.minLength));
  if (schema.minimum !== undefined) result.push(minValue(schema.minimum));
  if (schema.maximum !== undefined) result.push(maxValue(schema.maximum));
  // JSON Schema patterns are searched, not anchored (Bean Validation's @NotBlank becomes "\S"); the service checks the whole value.
  if (schema.pattern && schema.format !== 'uuid') result.push(regex(new RegExp(schema.pattern), `must match ${schema.pattern}`));
  return result;
}

/** An input for one property, chosen by its schema: enums select, dates pick, arrays repeat, objects nest. */
export function SchemaInput({ name, schema, source, isRequired, service }: {
  name: string; schema: Schema; source: string; isRequired: boolean; service: string;
}) {
  const label = humanize(name);
  const helperText = schema.description ?? (schema.examples?.length ? `e.g. ${String(schema.examples[0])}` : undefined);
  const validate = validators(schema, isRequired);
  if (schema.enum) {
    return <SelectInput source={source} label={label} choices={choices(schema.enum)} validate={validate} helperText={helperText} />;
  }
  if (name.endsWith('Id') && schema.format === 'uuid') {
    const reference = referenceFor(name, service);
    if (reference) {
      return (
        <ReferenceInput source={source} reference={reference.name} label={label}>
          <SelectInput optionText={displayField(reference)} validate={validate} label={label} />
        </ReferenceInput>
      );
    }
  }
  switch (schema.type) {
    case 'boolean':
      return <BooleanInput source={source} label={label} helperText={helperText} />;
    case 'integer':
    case 'number':
      return <NumberInput source={source} label={label} validate={validate} helperText={helperText} />;
    case 'array': {
      const item = schema.items ?? { type: 'string' };
      if (item.enum) {
        return <SelectArrayInput source={source} label={label} choices={choices(item.enum)} validate={isRequired ? [required()] : []}
          helperText={helperText} />;
      }
      return (
        <ArrayInput source={source} label={label} helperText={helperText}>
          <SimpleFormIterator inline>
            {item.type === 'object' && item.properties
              ? Object.entries(item.properties).map(([child, childSchema]) => (
                <SchemaInput key={child} name={child} schema={childSchema} source={child} isRequired={(item.required ?? []).includes(child)}
                  service={service} />))
              : <TextInput source="" label={humanize(name.replace(/s$/, ''))} />}
          </SimpleFormIterator>
        </ArrayInput>
      );
    }
    case 'object':
      if (!schema.properties) {
        return <TextInput source={source} label={label} multiline helperText="JSON" />;
      }
      return (
        <fieldset style={{ border: '1px solid #ddd', borderRadius: 4, margin: '0.5rem 0', padding: '0.5rem 1rem' }}>
          <legend>{label}</legend>
          <SchemaInputs schema={schema} prefix={`${source}.`} service={service} />
        </fieldset>
      );
    default:
      if (schema.format === 'date') {
        return <DateInput source={source} label={label} validate={validate} helperText={helperText} />;
      }
      if (schema.format === 'date-time') {
        return <DateTimeInput source={source} label={label} validate={validate} helperText={helperText}
          parse={(value: string) => (value ? new Date(value).toISOString() : value)} />;
      }
      return <TextInput source={source} label={label} validate={validate} helperText={helperText}
        multiline={(schema.maxLength ?? 0) > 300} fullWidth={(schema.maxLength ?? 0) > 300} />;
  }
}

export function SchemaInputs({ schema, prefix = '', service }: { schema: Schema; prefix?: string; service: string }) {
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([name, property]) => (
        <SchemaInput key={name} name={name} schema={property} source={prefix + name} isRequired={(schema.required ?? []).includes(name)}
          service={service} />
      ))}
    </>
  );
}
