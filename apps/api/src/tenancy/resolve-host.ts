export type HostTarget =
  { kind: 'tenant'; slug: string } | { kind: 'shared' } | { kind: 'platform' } | { kind: 'unknown' };

/** The platform console's host label: `platform.{baseDomain}` (a reserved slug, never a tenant). */
export const PLATFORM_HOST_LABEL = 'platform';

/**
 * `acme.dispatch.example.com` is tenant `acme`; the apex and `api.` are shared hosts where the token
 * names the tenant; `platform.` serves the platform console. Anything else (another domain, deeper subdomains) is no tenant of ours.
 */
export function resolveHost(hostHeader: string | undefined, baseDomain: string): HostTarget {
  const host = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (host === baseDomain || host === `api.${baseDomain}`) return { kind: 'shared' };
  if (host === `${PLATFORM_HOST_LABEL}.${baseDomain}`) return { kind: 'platform' };
  const suffix = `.${baseDomain}`;
  if (!host.endsWith(suffix)) return { kind: 'unknown' };
  const label = host.slice(0, -suffix.length);
  if (!/^[a-z0-9-]{1,63}$/.test(label)) return { kind: 'unknown' };
  return { kind: 'tenant', slug: label };
}
