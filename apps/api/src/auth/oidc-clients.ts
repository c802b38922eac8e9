import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';

export interface OidcClientSpec {
  tenantId: string;
  issuer: string;
  clientId: string;
  /** Confidential client when set (client_secret_basic, Keycloak's default); public client with PKCE otherwise. */
  clientSecret?: string;
}

interface Entry {
  fingerprint: string;
  config: Promise<oidc.Configuration>;
  createdAt: number;
}

/**
 * openid-client configurations, one per tenant, built by discovery against the tenant's issuer and reused
 * until the tenant's issuer, client or secret changes (or an hour passes, to pick up endpoint changes).
 * A failed discovery is not cached.
 */
export class OidcClients {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly options: {
      allowInsecureHttp: boolean;
      timeoutSeconds?: number;
      maxAgeMs?: number;
      /** Every request of the sign-in flow goes through it (the address-checked fetch in production use). */
      fetch?: oidc.CustomFetch;
    },
  ) {}

  get(spec: OidcClientSpec): Promise<oidc.Configuration> {
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([spec.issuer, spec.clientId, spec.clientSecret ?? null]))
      .digest('base64url');
    const hit = this.entries.get(spec.tenantId);
    if (
      hit &&
      hit.fingerprint === fingerprint &&
      Date.now() - hit.createdAt < (this.options.maxAgeMs ?? 3_600_000)
    ) {
      return hit.config;
    }
    const config = this.discover(spec);
    const entry = { fingerprint, config, createdAt: Date.now() };
    this.entries.set(spec.tenantId, entry);
    config.catch(() => {
      if (this.entries.get(spec.tenantId) === entry) this.entries.delete(spec.tenantId);
    });
    return config;
  }

  private async discover(spec: OidcClientSpec): Promise<oidc.Configuration> {
    const insecure = new URL(spec.issuer).protocol === 'http:';
    if (insecure && !this.options.allowInsecureHttp) throw new Error('the issuer must use https');
    const auth = spec.clientSecret ? oidc.ClientSecretBasic(spec.clientSecret) : oidc.None();
    return oidc.discovery(new URL(spec.issuer), spec.clientId, undefined, auth, {
      timeout: this.options.timeoutSeconds ?? 5,
      ...(this.options.fetch ? { [oidc.customFetch]: this.options.fetch } : {}),
      ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
    });
  }
}
