import type { DevClient, DevRealm, DevUser } from './types';

export const PLATFORM_REALM = 'platform';
export const TENANT_REALMS = ['dispatch-acme', 'dispatch-globex'] as const;

/** One user per role for a tenant slug (`acme` → `acme-admin`, `acme-dispatcher`, …). */
export function tenantUsers(slug: string): DevUser[] {
  const user = (suffix: string, name: string, roles: string[], extra: Partial<DevUser> = {}): DevUser => ({
    username: `${slug}-${suffix}`,
    name,
    email: `${suffix}@${slug}.example`,
    roles,
    ...extra,
  });
  return [
    user('admin', 'Ada Admin', ['dispatch-admin'], { mfa: true }),
    user('dispatcher', 'Dana Dispatcher', ['dispatch-dispatcher'], { mfa: true, region: 'north' }),
    user('dispatcher-2', 'Nia North', ['dispatch-dispatcher'], { mfa: true, region: 'north' }),
    user('dispatcher-south', 'Sam South', ['dispatch-dispatcher'], { mfa: true, region: 'south' }),
    user('driver', 'Drew Driver', ['dispatch-driver'], { region: 'north' }),
    user('driver-2', 'Dora Driver', ['dispatch-driver'], { region: 'south' }),
    user('viewer', 'Vic Viewer', ['dispatch-viewer']),
  ];
}

export const platformUsers: DevUser[] = [
  {
    username: 'platform-admin',
    name: 'Pat Platform',
    email: 'platform-admin@dispatch.example',
    roles: ['platform-admin'],
    mfa: true,
  },
];

/** Every seeded demo user by realm, for a sign-in page or README. Password is always `demo`. */
export const demoUsers: Record<string, DevUser[]> = {
  [PLATFORM_REALM]: platformUsers,
  ...Object.fromEntries(TENANT_REALMS.map((realm) => [realm, tenantUsers(realm.replace(/^dispatch-/, ''))])),
};

function tenantClients(bases: string[]): DevClient[] {
  const web = {
    redirectUris: bases.map((base) => `${base}/auth/callback`),
    postLogoutRedirectUris: bases.map((base) => `${base}/`),
    grantTypes: ['authorization_code', 'refresh_token'],
  } satisfies Partial<DevClient>;
  return [
    { clientId: 'dispatch-web', ...web },
    { clientId: 'dispatch-web-confidential', clientSecret: 'dev-secret', ...web },
    {
      clientId: 'dispatch-integration',
      clientSecret: 'dev-secret',
      grantTypes: ['client_credentials'],
      serviceAccountRoles: ['dispatch-dispatcher'],
    },
  ];
}

/** Where a host's web sign-in returns: one origin, or several (the built app and the Vite dev server). */
export type WebRedirectBase = (slug: string) => string | string[];

const basesFor = (webRedirectBase: WebRedirectBase, slug: string) =>
  [webRedirectBase(slug)].flat().map((base) => base.replace(/\/+$/, ''));

/** The realm of one tenant, `dispatch-<slug>`: one user per role and the web, confidential and integration clients. */
export function tenantRealm(slug: string, webRedirectBase: WebRedirectBase): DevRealm {
  return {
    name: `dispatch-${slug}`,
    apiAudience: 'dispatch-api',
    users: tenantUsers(slug),
    clients: tenantClients(basesFor(webRedirectBase, slug)),
  };
}

/** The platform console's web client, signing platform admins in on `platform.<baseDomain>`. */
export const PLATFORM_WEB_CLIENT_ID = 'dispatch-platform-web';

/** The seeded realms: `platform`, `dispatch-acme` and `dispatch-globex`. */
export function demoRealms(opts: { webRedirectBase: WebRedirectBase }): DevRealm[] {
  const consoleBases = basesFor(opts.webRedirectBase, 'platform');
  const platform: DevRealm = {
    name: PLATFORM_REALM,
    apiAudience: 'dispatch-platform',
    users: platformUsers,
    clients: [
      {
        clientId: 'dispatch-platform-cli',
        clientSecret: 'dev-secret',
        grantTypes: ['client_credentials'],
        serviceAccountRoles: ['platform-admin'],
      },
      {
        clientId: PLATFORM_WEB_CLIENT_ID,
        redirectUris: consoleBases.map((base) => `${base}/auth/callback`),
        postLogoutRedirectUris: consoleBases.map((base) => `${base}/`),
        grantTypes: ['authorization_code', 'refresh_token'],
      },
    ],
  };
  const tenants = TENANT_REALMS.map((name) =>
    tenantRealm(name.replace(/^dispatch-/, ''), opts.webRedirectBase),
  );
  return [platform, ...tenants];
}
