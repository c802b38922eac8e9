import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

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
  return ajv;
}

// Query strings, path parameters and headers arrive as text, so "10" must become 10 there.
const coercing = build({ coerceTypes: 'array' });
// JSON bodies carry their own types: 42 where a string is expected is a client error, not "42".
const strict = build({ coerceTypes: false });

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? strict : coercing).compile(schema as object) as ReturnType<
    FastifySchemaCompiler<unknown>
  >;
