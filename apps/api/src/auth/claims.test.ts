import { describe, expect, it } from 'vitest';
import { claimAt } from './claims';
import { normalizeIdpSettings } from './idp-settings';
import { tenantUserFromClaims, UNUSABLE_REGION } from './tenant-user';

const payload = {
  sub: 'u1',
  realm_access: { roles: ['dispatch-admin'] },
  resource_access: {
    'dispatch-web': { roles: ['dispatch-viewer'] },
    'com.acme.dispatch': { roles: ['dispatcher'] },
  },
  attributes: { region: ['north'] },
};

describe('claimAt', () => {
  it("reads Keycloak's realm roles by default path", () => {
    expect(claimAt(payload, 'realm_access.roles')).toEqual(['dispatch-admin']);
  });

  it('reads client roles under a client id with dashes', () => {
    expect(claimAt(payload, 'resource_access.dispatch-web.roles')).toEqual(['dispatch-viewer']);
  });

  it('reads client roles under a client id with dots', () => {
    expect(claimAt(payload, 'resource_access.com.acme.dispatch.roles')).toEqual(['dispatcher']);
  });

  it('answers undefined for a missing path or one that runs through a non-object', () => {
    expect(claimAt(payload, 'resource_access.unknown.roles')).toBeUndefined();
    expect(claimAt(payload, 'sub.length')).toBeUndefined();
    expect(claimAt(payload, 'realm_access.roles.0')).toBeUndefined();
  });
});

describe('tenantUserFromClaims', () => {
  it('maps client roles through the role map and ignores unknown roles', () => {
    const settings = normalizeIdpSettings({
      issuer: 'https://sso.example/realms/x',
      rolesClaim: 'resource_access.dispatch-web.roles',
      roleMap: { 'dispatch-viewer': 'viewer', 'ops-lead': 'dispatcher' },
    })!;
    const user = tenantUserFromClaims(payload, settings);
    expect(user.roles).toEqual(['viewer']);
  });

  it('limits a non-admin to the region claim, never an admin', () => {
    const settings = normalizeIdpSettings({ issuer: 'https://sso.example/realms/x' })!;
    const dispatcher = tenantUserFromClaims(
      { sub: 'd', realm_access: { roles: ['dispatch-dispatcher'] }, region: 'north' },
      settings,
    );
    expect(dispatcher.region).toBe('north');
    const admin = tenantUserFromClaims(
      { sub: 'a', realm_access: { roles: ['dispatch-admin'] }, region: 'north' },
      settings,
    );
    expect(admin.region).toBeUndefined();
  });

  it('counts a second factor from acr or amr as the tenant policy says', () => {
    const settings = normalizeIdpSettings({
      issuer: 'https://sso.example/realms/x',
      mfa: { acrValues: ['gold'], amrValues: ['otp'] },
    })!;
    const base = { sub: 'a', realm_access: { roles: ['dispatch-admin'] } };
    expect(tenantUserFromClaims({ ...base, acr: '1', amr: ['pwd'] }, settings).mfa).toBe(false);
    expect(tenantUserFromClaims({ ...base, acr: 'gold' }, settings).mfa).toBe(true);
    expect(tenantUserFromClaims({ ...base, amr: ['pwd', 'otp'] }, settings).mfa).toBe(true);
  });
});

describe('role map', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'maps an IdP role named %s to nothing (own keys only)',
    (name) => {
      const settings = normalizeIdpSettings({ issuer: 'https://sso.example/realms/x' })!;
      const user = tenantUserFromClaims({ sub: 'u', realm_access: { roles: [name] } }, settings);
      expect(user.roles).toEqual([]);
    },
  );
});

describe('region claim', () => {
  const settings = normalizeIdpSettings({ issuer: 'https://sso.example/realms/x' })!;
  const user = (region: unknown) =>
    tenantUserFromClaims({ sub: 'd', realm_access: { roles: ['dispatch-driver'] }, region }, settings);

  it('accepts a single-valued attribute as a string or a one-element list', () => {
    expect(user('south').region).toBe('south');
    expect(user(['south']).region).toBe('south');
    expect(user(undefined).region).toBeUndefined();
  });

  it.each([7, true, { name: 'north' }, '', [], ['north', 3], null])(
    'fails closed on a region claim that is present but not a string (%j)',
    (region) => {
      expect(user(region).region).toBe(UNUSABLE_REGION);
    },
  );

  it('fails closed on several regions: a region no row has, never "all regions"', () => {
    expect(user(['north', 'south']).region).toBe('ambiguous:north,south');
  });
});
