import { TenancyError } from '../errors';

/** Subdomains that belong to the platform itself and can never name a tenant. */
export const RESERVED_SLUGS = new Set([
  'www',
  'api',
  'admin',
  'app',
  'platform',
  'auth',
  'login',
  'sso',
  'idp',
  'static',
  'assets',
  'cdn',
  'mail',
  'smtp',
  'status',
  'metrics',
  'grafana',
  'prometheus',
  'docs',
  'help',
  'support',
  'billing',
  'internal',
  'system',
  'public',
  'dispatch',
  'test',
  'localhost',
  'realms',
  'ws',
  'socket',
]);

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Throws a TenancyError naming `slug` unless it is a usable tenant subdomain. */
export function assertValidSlug(slug: unknown): asserts slug is string {
  const fail = (why: string): never => {
    throw new TenancyError('invalid-slug', `slug ${why}`, 'slug');
  };
  if (typeof slug !== 'string') fail('must be a string');
  const value = slug as string;
  if (value.length < 3 || value.length > 63) fail('must be 3 to 63 characters long');
  if (!DNS_LABEL.test(value)) {
    fail('must be a lowercase DNS label: a-z, 0-9 and inner hyphens only');
  }
  if (value.includes('--')) fail('must not contain consecutive hyphens');
  if (RESERVED_SLUGS.has(value)) fail(`"${value}" is reserved`);
}

/** Schema names are derived, never chosen: injective because slugs cannot contain underscores. */
export function schemaNameForSlug(slug: string): string {
  return `tenant_${slug.replaceAll('-', '_')}`;
}
