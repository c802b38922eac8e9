import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { isDate, isDateTime } from './date-formats';
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from './safe-text';

const shared: Options = {
  // Unknown fields are an error, never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  allErrors: true,
  strict: false,
};

function build(options: Options): Ajv {
  const ajv = new Ajv({ ...shared, ...options });
  addFormats.default(ajv);
  // Replaces ajv-formats' versions: only what Postgres and Date can both represent (see date-formats.ts).
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  ajv.addFormat('date', { type: 'string', validate: isDate });
  return ajv;
}

// Query strings, path parameters and headers arrive as text, so "10" must become 10 there.
const coercing = build({ coerceTypes: 'array' });
// JSON bodies carry their own types: 42 where a string is expected is a client error, not "42".
const strict = build({ coerceTypes: false });

type Validator = ValidateFunction & { errors?: ErrorObject[] | null };

/**
 * Ajv's validation, then one pass over everything that passed it: no string anywhere in a request part (keys
 * and free-form jsonb values included) may carry text Postgres cannot store. Doing it here, not per schema,
 * means a new field cannot forget it.
 */
function withSafeText(validate: ValidateFunction): Validator {
  const wrapped = ((data: unknown, ...rest: unknown[]) => {
    const valid = (validate as (...args: unknown[]) => boolean)(data, ...rest);
    wrapped.errors = validate.errors;
    if (!valid) return false;
    const path = findUnsafeText(data);
    if (path === undefined) return true;
    wrapped.errors = [
      { instancePath: path, schemaPath: '#', keyword: 'safeText', params: {}, message: UNSAFE_TEXT_MESSAGE },
    ];
    return false;
  }) as Validator;
  // Fastify passes the parent object when the compiled function carries `schemaEnv` (root coercion).
  Object.assign(wrapped, { schemaEnv: validate.schemaEnv, schema: validate.schema });
  return wrapped;
}

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  withSafeText((httpPart === 'body' ? strict : coercing).compile(schema as object)) as ReturnType<
    FastifySchemaCompiler<unknown>
  >;
