import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp, tenantRealm, type DevIdp, type DevRealm } from './index';

let idp: DevIdp;
const added: DevRealm[] = [];
beforeAll(async () => {
  const webRedirectBase = (slug: string) => `http://${slug}.localhost:3000`;
  idp = await startDevIdp({
    realms: demoRealms({ webRedirectBase }),
    admin: {
      realmFor: (slug) => tenantRealm(slug, webRedirectBase),
      onRealmAdded: (realm) => void added.push(realm),
    },
  });
});
afterAll(() => idp.close());

const addRealm = (body: string) =>
  fetch(`${idp.url}/admin/realms`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('adding a realm to the running dev IdP', () => {
  it('serves a new tenant realm at once, with its users, and reports it once', async () => {
    const response = await addRealm('{"slug":"initech"}');
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      realm: 'dispatch-initech',
      issuer: idp.issuer('dispatch-initech'),
      added: true,
    });
    const discovery = await fetch(`${idp.issuer('dispatch-initech')}/.well-known/openid-configuration`);
    expect(((await discovery.json()) as { issuer: string }).issuer).toBe(idp.issuer('dispatch-initech'));
    const { accessToken } = await idp.tokenFor('dispatch-initech', 'initech-dispatcher');
    expect(accessToken.split('.')).toHaveLength(3);
    expect(idp.getKeys()['dispatch-initech']).toHaveLength(1);

    const again = await addRealm('{"slug":"initech"}');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { added: boolean }).added).toBe(false);
    expect(added.map((realm) => realm.name)).toEqual(['dispatch-initech']);
  });

  it('refuses a slug that is not one and a body that is not JSON', async () => {
    expect((await addRealm('{"slug":"Not A Slug"}')).status).toBe(400);
    expect((await addRealm('slug=x')).status).toBe(400);
  });
});
