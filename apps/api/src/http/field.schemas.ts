import { Type, type TStringOptions } from 'typebox';

/**
 * Text Postgres can store as given: no NUL characters and no lone UTF-16 surrogates (either would fail in the
 * database as a 500 instead of a 400 here). Ajv compiles patterns with the `u` flag, so a well-formed
 * surrogate pair is one code point and passes.
 */
export const SAFE_TEXT_PATTERN = '^[^\\u0000\\uD800-\\uDFFF]*$';

export const SafeText = (options: TStringOptions = {}) =>
  Type.String({ pattern: SAFE_TEXT_PATTERN, ...options });

/** Region names as tokens carry them: short, printable, no leading space. */
export const Region = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9 _.-]*$' });

export const DateTime = Type.String({ format: 'date-time' });
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
