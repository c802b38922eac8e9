import { describe, expect, it } from 'vitest';
import { normalizeIdpSettings } from './idp-settings';
import { tenantUserOf } from './tenant-user';

const settingsWith = (roleMap: Record<string, string>) =>
  normalizeIdpSettings({ issuer: 'https://idp.example/realms/acme', roleMap })!;

const claims = () => ({
  sub: 'user-1',
  name: 'Dana Dispatcher',
  realm_access: { roles: ['ops'] },
  region: 'north',
});

describe('the user a verified token maps to', () => {
  it('is mapped once per payload and settings, and the same user is served again', () => {
    const settings = settingsWith({ ops: 'dispatcher' });
    const payload = claims();
    const first = tenantUserOf(payload, settings);
    expect(first).toMatchObject({ sub: 'user-1', roles: ['dispatcher'], region: 'north' });
    expect(tenantUserOf(payload, settings)).toBe(first);
  });

  it('is mapped again when the tenant’s settings change (a new settings object)', () => {
    const payload = claims();
    expect(tenantUserOf(payload, settingsWith({ ops: 'dispatcher' })).roles).toEqual(['dispatcher']);
    const remapped = tenantUserOf(payload, settingsWith({ ops: 'admin' }));
    // An admin is not region-scoped: the new role map changes more than the role.
    expect(remapped).toMatchObject({ roles: ['admin'], region: undefined });
  });

  it('is mapped separately for another payload with the same claims', () => {
    const settings = settingsWith({ ops: 'viewer' });
    const first = tenantUserOf(claims(), settings);
    const second = tenantUserOf({ ...claims(), region: 'south' }, settings);
    expect([first.region, second.region]).toEqual(['north', 'south']);
  });

  it('cannot be changed by one request for the next: user and roles are frozen', () => {
    const user = tenantUserOf(claims(), settingsWith({ ops: 'dispatcher' }));
    expect(() => user.roles.push('admin')).toThrow(TypeError);
    expect(() => Object.assign(user, { region: undefined })).toThrow(TypeError);
    expect(user.roles).toEqual(['dispatcher']);
  });
});
