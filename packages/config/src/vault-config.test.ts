import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadVaultConfig } from './load-config';

const minimal = {
  DATABASE_URL: 'postgres://db.internal:5432/dispatch',
  REDIS_URL: 'redis://localhost:6379',
  PLATFORM_OIDC_ISSUER: 'https://login.example.com/realms/platform',
};

describe('Vault settings', () => {
  it('are absent without VAULT_ADDR, so nothing about Vault runs', () => {
    expect(loadVaultConfig({})).toBeUndefined();
    expect(loadConfig(minimal).vault).toBeUndefined();
  });

  it('default to Kubernetes auth and read paths, renewal share and owner role', () => {
    const settings = loadVaultConfig({
      VAULT_ADDR: 'https://vault.vault.svc:8200',
      VAULT_ROLE: 'dispatch-prod',
      VAULT_AUTH_MOUNT: 'kubernetes-prod',
      VAULT_KV_PATH: 'secret/data/dispatch/prod',
      VAULT_DATABASE_CREDS_PATH: 'database/creds/dispatch-prod-app',
      VAULT_RENEW_AT_PERCENT: '50',
    });
    expect(settings).toMatchObject({
      address: 'https://vault.vault.svc:8200',
      auth: {
        method: 'kubernetes',
        mount: 'kubernetes-prod',
        role: 'dispatch-prod',
        kubernetesTokenPath: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      },
      kvPath: 'secret/data/dispatch/prod',
      databaseCredsPath: 'database/creds/dispatch-prod-app',
      adminCredsPath: undefined,
      renewAt: 0.5,
    });
    expect(loadConfig({ ...minimal, DATABASE_OWNER_ROLE: 'dispatch_owner' }).db.ownerRole).toBe(
      'dispatch_owner',
    );
  });

  it('names every setting the chosen login method lacks and every malformed one', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadVaultConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).variables;
      }
    };
    expect(problems({ VAULT_ADDR: 'https://vault:8200' })).toEqual(['VAULT_ROLE']);
    expect(problems({ VAULT_ADDR: 'https://vault:8200', VAULT_AUTH_METHOD: 'approle' })).toEqual([
      'VAULT_ROLE_ID',
      'VAULT_SECRET_ID',
    ]);
    expect(problems({ VAULT_ADDR: 'https://vault:8200', VAULT_AUTH_METHOD: 'token' })).toEqual([
      'VAULT_TOKEN',
    ]);
    expect(
      problems({
        VAULT_ADDR: 'ftp://vault',
        VAULT_AUTH_METHOD: 'token',
        VAULT_TOKEN: 't',
        VAULT_KV_PATH: '/secret data',
        VAULT_RENEW_AT_PERCENT: '95',
      }),
    ).toEqual(['VAULT_ADDR', 'VAULT_KV_PATH', 'VAULT_RENEW_AT_PERCENT']);
    expect(() => loadConfig({ ...minimal, DATABASE_OWNER_ROLE: 'Owner; DROP' })).toThrow(
      'DATABASE_OWNER_ROLE',
    );
  });
});
