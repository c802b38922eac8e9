import { describe, expect, it } from 'vitest';
import { demoRealms, demoUsers } from './index';

describe('demoRealms', () => {
  const realms = demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000/` });
  const byName = Object.fromEntries(realms.map((r) => [r.name, r]));

  it('seeds the platform realm and two tenant realms with their audiences', () => {
    expect(realms.map((r) => [r.name, r.apiAudience])).toEqual([
      ['platform', 'dispatch-platform'],
      ['dispatch-acme', 'dispatch-api'],
      ['dispatch-globex', 'dispatch-api'],
    ]);
  });

  it('gives each tenant one user per role, with regions and MFA where the policy needs it', () => {
    const users = byName['dispatch-globex']!.users.map((u) => [
      u.username,
      u.roles,
      u.region,
      u.mfa ?? false,
    ]);
    expect(users).toEqual([
      ['globex-admin', ['dispatch-admin'], undefined, true],
      ['globex-dispatcher', ['dispatch-dispatcher'], 'north', true],
      ['globex-dispatcher-2', ['dispatch-dispatcher'], 'north', true],
      ['globex-dispatcher-south', ['dispatch-dispatcher'], 'south', true],
      ['globex-driver', ['dispatch-driver'], 'north', false],
      ['globex-driver-2', ['dispatch-driver'], 'south', false],
      ['globex-viewer', ['dispatch-viewer'], undefined, false],
    ]);
  });

  it('registers the web clients with redirects under the tenant web base', () => {
    const web = byName['dispatch-acme']!.clients.find((c) => c.clientId === 'dispatch-web');
    expect(web).toMatchObject({
      redirectUris: ['http://acme.localhost:3000/auth/callback'],
      postLogoutRedirectUris: ['http://acme.localhost:3000/'],
    });
    expect(web?.clientSecret).toBeUndefined();
  });

  it('exports the same users for sign-in pages and docs', () => {
    for (const realm of realms) expect(demoUsers[realm.name]).toEqual(realm.users);
  });
});
