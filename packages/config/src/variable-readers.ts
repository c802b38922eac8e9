import ipaddr from 'ipaddr.js';
import type { VariableReaders } from './vault-config';

/**
 * How a configuration variable is read and checked. Every variable is read even after one failed, so a
 * ConfigError lists every missing or malformed variable at once; every read also declares the variable with its
 * format and default, which `configVariables()` (and so docs/configuration.md) lists. load-config.ts says which
 * variables make up the configuration.
 */

/** Every missing or malformed variable of one reading, one per line; entrypoints print it, no stack trace. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? `Invalid configuration: ${problems[0]}`
        : `Invalid configuration (${problems.length} problems):\n${problems.map((line) => `  ${line}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }

  /** The variables named, in the order they were read. */
  get variables(): string[] {
    return this.problems.map((line) => line.split(' ')[0]!);
  }
}

export type Env = Record<string, string | undefined>;

export interface VariableDeclaration {
  name: string;
  /** What a value must look like ("whole number 0–65535", "URL (redis or rediss)"). */
  format: string;
  /** The value used when unset, as text; undefined when there is none. */
  fallback?: string;
  /** Required always, only in production, or never. */
  required: 'always' | 'production' | 'no';
  /** Set for a family of variables (`IDP_CLIENT_SECRET_<NAME>`): every variable whose name starts with it. */
  prefix?: string;
}

interface Reading {
  problems: string[];
  declared: Map<string, VariableDeclaration>;
}

/** The reading in progress (loadConfig is synchronous, so one at a time). */
let reading: Reading | undefined;

export function declare(
  name: string,
  format: string,
  fallback?: unknown,
  required: VariableDeclaration['required'] = 'no',
  prefix?: string,
): void {
  if (!reading || reading.declared.has(name)) return;
  reading.declared.set(name, {
    name,
    format,
    fallback: fallback === undefined ? undefined : String(fallback),
    required,
    ...(prefix === undefined ? {} : { prefix }),
  });
}

/** Records a problem and lets reading go on (the caller returns a placeholder that never escapes). */
export function problem(name: string, text: string): void {
  const line = `${name} ${text}`;
  if (!reading) throw new ConfigError([line]);
  reading.problems.push(line);
}

export function required(env: Env, name: string, format = 'text'): string {
  declare(name, format, undefined, 'always');
  const value = env[name]?.trim();
  if (!value) problem(name, 'is required but not set');
  return value ?? '';
}

export function optional(env: Env, name: string, format = 'text', fallback?: unknown): string | undefined {
  declare(name, format, fallback);
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function text(env: Env, name: string, fallback: string): string {
  return optional(env, name, 'text', fallback) ?? fallback;
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name, `whole number ${min}–${max}`, fallback);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) {
    problem(name, `must be a whole number, got "${raw}"`);
    return fallback;
  }
  const value = Number(raw);
  if (value < min || value > max) {
    problem(name, `must be between ${min} and ${max}, got ${value}`);
    return fallback;
  }
  return value;
}

export function flag(env: Env, name: string): boolean {
  const raw = optional(env, name, 'true or false', false);
  if (raw !== undefined && raw !== 'true' && raw !== 'false')
    problem(name, `must be true or false, got "${raw}"`);
  return raw === 'true';
}

export function url(env: Env, name: string, protocols: string[], isRequired: true): string;
export function url(env: Env, name: string, protocols: string[], isRequired: false): string | undefined;
export function url(env: Env, name: string, protocols: string[], isRequired: boolean): string | undefined {
  const format = `URL (${protocols.join(' or ')})`;
  const raw = isRequired ? required(env, name, format) : optional(env, name, format);
  if (!raw) return raw;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    problem(name, `must be a URL (${protocols.join(' or ')})`);
    return raw;
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    problem(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol.replace(/:$/, '')}`);
  }
  return raw;
}

export function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = optional(env, name, `one of ${values.join(', ')}`, fallback) ?? fallback;
  if (!values.includes(raw as T)) {
    problem(name, `must be one of ${values.join(', ')}, got "${raw}"`);
    return fallback;
  }
  return raw as T;
}

export function hostname(env: Env, name: string, fallback: string): string {
  const raw = (optional(env, name, 'DNS name', fallback) ?? fallback).toLowerCase();
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(raw)) {
    problem(name, `must be a DNS name such as dispatch.example.com, got "${raw}"`);
    return fallback;
  }
  return raw;
}

/**
 * A comma-separated list of networks (CIDRs, or single addresses) such as `10.20.0.0/16,192.168.5.7`,
 * normalised to CIDRs.
 */
export function networks(env: Env, name: string): string[] {
  const raw = optional(env, name, 'comma-separated CIDRs or addresses');
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .flatMap((item) => {
      try {
        if (item.includes('/')) return [ipaddr.parseCIDR(item).join('/')];
        const address = ipaddr.parse(item);
        return [`${address.toString()}/${address.kind() === 'ipv4' ? 32 : 128}`];
      } catch {
        problem(name, `must list networks such as 10.20.0.0/16, got "${item}"`);
        return [];
      }
    });
}

/**
 * Every set variable named `prefix` + NAME (capitals, digits, underscores; at most 100), by variable name: a family
 * of variables declared once as `prefix<NAME>`. A variable with the prefix and any other name is a problem, since
 * nothing could ever refer to it.
 */
export function family(env: Env, prefix: string, format: string): ReadonlyMap<string, string> {
  declare(`${prefix}<NAME>`, format, undefined, 'no', prefix);
  const members = new Map<string, string>();
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(prefix)) continue;
    if (!/^[A-Z0-9_]{1,100}$/.test(name.slice(prefix.length))) {
      problem(name, `must be named ${prefix} followed by 1–100 capitals, digits or underscores`);
      continue;
    }
    const value = raw?.trim();
    if (value) members.set(name, value);
  }
  return members;
}

/** A Postgres role name (sent as a startup setting, so plain identifiers only). */
export function roleName(env: Env, name: string): string | undefined {
  const raw = optional(env, name, 'Postgres role name');
  if (raw !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(raw))
    problem(name, `must be a lowercase role name such as dispatch_owner, got "${raw}"`);
  return raw;
}

/** One reading of a few variables (what a tool needs), throwing every problem of it at once. */
export function readPart<T>(build: () => T): T {
  reading = { problems: [], declared: new Map() };
  try {
    const settings = build();
    if (reading.problems.length > 0) throw new ConfigError(reading.problems);
    return settings;
  } finally {
    reading = undefined;
  }
}

/** The whole configuration's reading: its value, every problem met and every variable declared. */
export function readWhole<T>(build: () => T): { value: T } & Reading {
  reading = { problems: [], declared: new Map() };
  try {
    const value = build();
    return { value, ...reading };
  } finally {
    reading = undefined;
  }
}

export const readers: VariableReaders = { optional, url, oneOf, integer, problem, text, flag };
