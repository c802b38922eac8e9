/**
 * Hostile requests generated from the served OpenAPI document (docs/testing.md "Hostile-input suite"): for each
 * operation, a valid request is built from its schemas and the ids of real rows, then broken one way at a time.
 * Sampling is seeded per operation, so every run sends the same cases.
 */

// A JSON Schema as the OpenAPI document serves it (TypeBox output), loosely typed.
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  default?: unknown;
}

export interface Operation {
  method: string;
  path: string;
  auth: 'public' | 'tenant' | 'platform';
  pathParams: string[];
  query: { name: string; schema: JsonSchema; required: boolean }[];
  headers: { name: string; schema: JsonSchema; required: boolean }[];
  body?: JsonSchema;
}

export interface HostileCase {
  label: string;
  /** Path parameter values, already percent-encoded. */
  pathValues: Record<string, string>;
  /** The query string without `?`, already encoded. */
  query: string;
  headers: Record<string, string>;
  payload?: string;
  contentType?: string;
}

/** Values of real rows, by the field names operations use for them. */
export type KnownValues = Record<string, string>;

/** A JSON token sent as is (`-0`, `1e999`): JSON.stringify cannot write them. */
class Raw {
  constructor(readonly text: string) {}
}

function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

export const HOSTILE_TEXT: Record<string, string> = {
  nul: 'a\u0000b',
  'lone high surrogate': 'a\uD800b',
  'lone low surrogate': '\uDC00z',
  'rtl override': '\u202Egnp.exe\u202C',
  emoji: '🚚💥👩🏽‍🔧',
  'zero width': '\u200B\uFEFF\u2060',
  'control characters': '\u0001\u0007\u001B[31m\u007F',
  crlf: 'a\r\nSet-Cookie: x=1',
  'huge text': 'x'.repeat(200_000),
  'combining marks': 'e\u0301'.repeat(2_000),
  'sql-ish': "'; DROP TABLE equipment; --",
};
const EXTREME_NUMBERS: Record<string, unknown> = {
  '1e308': new Raw('1e308'),
  '1e999 (Infinity)': new Raw('1e999'),
  '-0': new Raw('-0'),
  'NaN as text': 'NaN',
  '2^53+1': new Raw('9007199254740993'),
  '-1': -1,
  '0.5': 0.5,
};
const HOSTILE_DATES = [
  '0000-01-01T00:00:00Z',
  '2026-12-31T23:59:60Z',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59-01:00',
  '+275760-09-13T00:00:00Z',
  '2026-02-30T12:00:00Z',
  '0000-01-01',
];
const WRONG_TYPES: Record<string, unknown> = {
  number: 42,
  boolean: true,
  null: null,
  array: [],
  object: {},
  text: 'text',
};

/** A breaking value as query text: numbers as written (`1e308`, `-0`), other values as JSON. */
const queryText = (value: unknown) =>
  value instanceof Raw ? value.text : typeof value === 'string' ? value : JSON.stringify(value);

/** Percent-encodes any string, lone surrogates included (as the 3-byte form UTF-8 forbids). */
export function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((char) => {
        const unit = char.charCodeAt(0);
        if (unit < 0xd800 || unit > 0xdfff || char.length === 2) return encodeURIComponent(char);
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
          .map((byte) => `%${byte.toString(16).toUpperCase()}`)
          .join('');
      })
      .join('');
  }
}

const variant = (schema: JsonSchema): JsonSchema =>
  (schema.anyOf ?? schema.oneOf)?.find((item) => item.type !== 'null') ?? schema;

/** A value the schema accepts, from the known rows where the field names one. */
export function validValue(name: string, raw: JsonSchema, known: KnownValues): unknown {
  if (known[name] !== undefined) return known[name];
  const schema = variant(raw);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(name, schema.items ?? {}, known));
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, validValue(key, schema.properties?.[key] ?? {}, known)]),
      );
    default:
      if (schema.format === 'date-time') return '2030-01-01T08:00:00Z';
      if (schema.format === 'date') return '2030-01-01';
      if (schema.format === 'uuid') return '01a1fc8c-0000-7000-8000-000000000000';
      if (schema.format === 'uri') return 'https://idp.invalid/realms/x';
      return 'Hostile suite text'.padEnd(schema.minLength ?? 0, 'x');
  }
}

/** The breaking values tried for one field: wrong types, hostile text, extreme numbers and dates. */
function breakers(): [string, unknown][] {
  return [
    ...Object.entries(WRONG_TYPES).map(([name, value]): [string, unknown] => [`wrong type ${name}`, value]),
    ...Object.entries(HOSTILE_TEXT),
    ...Object.entries(EXTREME_NUMBERS),
    ...HOSTILE_DATES.map((date): [string, unknown] => [`date ${date}`, date]),
  ];
}

const HOSTILE_PATH_VALUES: Record<string, string> = {
  NUL: '%00',
  'malformed percent-encoding': '%E0%A4%A',
  'lone surrogate': '%ED%A0%80',
  emoji: encode('🚚'),
  'rtl override': encode('\u202Eabc'),
  traversal: '..%2F..%2Fetc%2Fpasswd',
  huge: 'a'.repeat(4_000),
  'nil uuid': '00000000-0000-0000-0000-000000000000',
  'sql-ish': encode("1' OR '1'='1"),
};

const BAD_CURSORS: Record<string, string> = {
  'forged cursor': Buffer.from(JSON.stringify({ id: "x' OR 1=1", at: '0000-01-01' })).toString('base64url'),
  'forged signed-looking cursor': `${Buffer.from('{"id":1}').toString('base64url')}.${'A'.repeat(22)}`,
  'garbage cursor': '%%%',
  'huge cursor': 'a'.repeat(5_000),
};

/** Every case for one operation; `sample` picks the ones a run sends. */
export function casesFor(op: Operation, known: KnownValues): HostileCase[] {
  const pathValues = Object.fromEntries(
    op.pathParams.map((name) => [name, known[`${op.path}:${name}`] ?? known[name]!]),
  );
  const query = op.query
    .filter((param) => param.required)
    .map((param) => `${param.name}=${encode(String(validValue(param.name, param.schema, known)))}`);
  const headers = Object.fromEntries(
    op.headers
      .filter((h) => h.required)
      .map((h) => [h.name, `hostile-${Math.random().toString(36).slice(2)}`]),
  );
  const body = op.body ? (validValue('body', op.body, known) as Record<string, unknown>) : undefined;
  const base = (): HostileCase => ({
    label: '',
    pathValues: { ...pathValues },
    query: query.join('&'),
    headers: { ...headers },
    ...(body ? { payload: toJson(body), contentType: 'application/json' } : {}),
  });
  const cases: HostileCase[] = [];
  const add = (label: string, change: (item: HostileCase) => void) => {
    const item = base();
    item.label = label;
    change(item);
    cases.push(item);
  };
  for (const name of op.pathParams) {
    for (const [label, value] of Object.entries(HOSTILE_PATH_VALUES))
      add(`path ${name}: ${label}`, (item) => (item.pathValues[name] = value));
  }
  for (const param of op.query) {
    const sep = (item: HostileCase) => (item.query ? `${item.query}&` : '');
    const values: [string, string][] =
      param.name === 'cursor'
        ? Object.entries(BAD_CURSORS)
        : breakers().map(([label, value]) => [label, encode(queryText(value))]);
    for (const [label, value] of values)
      add(`query ${param.name}: ${label}`, (item) => (item.query = `${sep(item)}${param.name}=${value}`));
  }
  add('query: unknown parameter', (item) => (item.query = `${item.query ? `${item.query}&` : ''}sneaky=1`));
  add('query: __proto__ keys', (item) => (item.query = `__proto__[admin]=1&constructor[prototype][admin]=1`));
  for (const header of op.headers) {
    add(`header ${header.name}: missing`, (item) => delete item.headers[header.name]);
    add(`header ${header.name}: huge`, (item) => (item.headers[header.name] = 'k'.repeat(10_000)));
  }
  if (op.body && body) {
    for (const [label, value] of Object.entries(WRONG_TYPES))
      add(`body: ${label} instead of an object`, (item) => (item.payload = toJson(value)));
    for (const name of Object.keys(op.body.properties ?? {})) {
      for (const [label, value] of breakers())
        add(`body ${name}: ${label}`, (item) => (item.payload = toJson({ ...body, [name]: value })));
    }
    add('body: unknown field', (item) => (item.payload = toJson({ ...body, sneaky: true })));
    add(
      'body: __proto__ key',
      (item) => (item.payload = `{"__proto__":{"admin":true},${toJson(body).slice(1)}`),
    );
    add(
      'body: constructor.prototype key',
      (item) => (item.payload = `{"constructor":{"prototype":{"admin":true}},${toJson(body).slice(1)}`),
    );
    add('body: over 1 MiB', (item) => (item.payload = toJson({ ...body, sneaky: 'x'.repeat(1_100_000) })));
    add('body: truncated JSON', (item) => (item.payload = toJson(body).slice(0, -1)));
    add('content type: text/plain', (item) => (item.contentType = 'text/plain'));
    add('content type: form', (item) => (item.contentType = 'application/x-www-form-urlencoded'));
    add('content type: xml', (item) => {
      item.contentType = 'application/xml';
      item.payload = '<a>1</a>';
    });
  }
  return cases;
}

/** mulberry32: a small seeded PRNG, so a run's sample is the same every time. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const seedOf = (text: string) =>
  [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261);

/** Sent for every operation with a body; the rest are sampled. */
const ALWAYS = new Set([
  'body: over 1 MiB',
  'body: __proto__ key',
  'body: constructor.prototype key',
  'body: unknown field',
  'body: array instead of an object',
  'content type: text/plain',
]);

/** `count` cases of `all`, chosen by a PRNG seeded with the operation's name, plus the ALWAYS ones. */
export function sample(op: Operation, all: HostileCase[], count: number): HostileCase[] {
  const always = all.filter((item) => ALWAYS.has(item.label));
  const rest = all.filter((item) => !ALWAYS.has(item.label));
  const next = random(seedOf(`${op.method} ${op.path}`));
  for (let i = rest.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return [...always, ...rest.slice(0, count)];
}
