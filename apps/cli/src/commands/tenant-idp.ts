import type { Command } from 'commander';
import { CliError } from '../errors';

export interface IdpFlags {
  issuer?: string;
  audience?: string[];
  jwksUri?: string;
  webClientId?: string;
  rolesClaim?: string;
  regionClaim?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The identity-provider flags of `tenants create` (identity.md); role maps and MFA go through the API. */
export function idpOptions(command: Command): Command {
  return command
    .option('--issuer <url>', "the tenant's OIDC issuer")
    .option('--audience <aud>', 'accepted API audience (repeatable)', collect)
    .option('--jwks-uri <url>', 'JWKS URL when discovery should not be used')
    .option('--web-client-id <id>', 'OIDC client id of the web app')
    .option('--roles-claim <claim>', 'claim path holding the roles, e.g. realm_access.roles')
    .option('--region-claim <claim>', 'claim holding the user region');
}

function httpUrl(value: string, flag: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return value;
  } catch {
    // reported below
  }
  throw new CliError(`${flag} must be an http(s) URL, got "${value}"`);
}

/**
 * Builds the `idp` object. The API validates it again; direct mode has only this check, so it covers
 * what would otherwise break token verification later (a missing or malformed issuer).
 */
export function buildIdp(flags: IdpFlags): Record<string, unknown> | undefined {
  const { issuer, audience, jwksUri, webClientId, rolesClaim, regionClaim } = flags;
  if (!issuer) {
    if (audience || jwksUri || webClientId || rolesClaim || regionClaim) {
      throw new CliError('identity-provider options need --issuer');
    }
    return undefined;
  }
  return {
    issuer: httpUrl(issuer, '--issuer'),
    ...(audience ? { apiAudience: audience.length === 1 ? audience[0] : audience } : {}),
    ...(jwksUri ? { jwksUri: httpUrl(jwksUri, '--jwks-uri') } : {}),
    ...(webClientId ? { webClientId } : {}),
    ...(rolesClaim ? { rolesClaim } : {}),
    ...(regionClaim ? { regionClaim } : {}),
  };
}
