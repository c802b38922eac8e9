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

function tenantClients(base: string): DevClient[] {
  const web = {
    redirectUris: [`${base}/auth/callback`],
    postLogoutRedirectUris: [`${base}/`],
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

/** The seeded realms: `platform`, `dispatch-acme` and `dispatch-globex`. */
export function demoRealms(opts: { webRedirectBase: (slug: string) => string }): DevRealm[] {
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
    ],
  };
  const tenants = TENANT_REALMS.map((name): DevRealm => {
    const slug = name.replace(/^dispatch-/, '');
    return {
      name,
      apiAudience: 'dispatch-api',
      users: tenantUsers(slug),
      clients: tenantClients(opts.webRedirectBase(slug).replace(/\/+$/, '')),
    };
  });
  return [platform, ...tenants];
}
