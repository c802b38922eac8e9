import { decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { AppError } from '#src/kernel/problems';
import { IdpUnavailableError, type IssuerKeys } from './jwks-cache';

/** Asymmetric only: `none` and every HMAC algorithm are refused before any key is looked at. */
export const ALLOWED_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
export const CLOCK_SKEW_SECONDS = 60;
/** Longest lifetime (exp − iat) a token may claim unless configured otherwise (TOKEN_MAX_LIFETIME_SECONDS). */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

export interface VerifyOptions {
  maxLifetimeSeconds?: number;
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9\-_.~+/]+=*)$/i.exec(authorization ?? '');
  return match?.[1];
}

/**
 * Verifies signature, issuer, audience and time claims. Each refusal names why, as a problem type,
 * without echoing key material or the token.
 *
 * A token whose signature verified is remembered (per issuer, bounded) so repeated calls with the same
 * token skip the RSA work; its expiry is still checked on every use, its other claims whenever the audience
 * or lifetime bound differ from those it last passed (`acceptedWith`), and the entry lives no longer than the
 * token does.
 */
export async function verifyAccessToken(
  token: string,
  keys: IssuerKeys,
  audience: string | string[],
  options: VerifyOptions = {},
): Promise<JWTPayload> {
  try {
    const payload = keys.verified.get(token) ?? (await verifySignature(token, keys));
    const nowSeconds = Date.now() / 1000;
    if (typeof payload.exp !== 'number' || payload.exp + CLOCK_SKEW_SECONDS <= nowSeconds) {
      throw new AppError('token-expired', 'The token has expired');
    }
    const accepted = acceptedWith.get(payload);
    if (accepted?.audience !== audience || accepted.maxLifetimeSeconds !== options.maxLifetimeSeconds) {
      assertAcceptable(payload, nowSeconds, audience, options.maxLifetimeSeconds);
      acceptedWith.set(payload, { audience, maxLifetimeSeconds: options.maxLifetimeSeconds });
    }
    return payload;
  } catch (error) {
    throw toAuthProblem(error);
  }
}

/**
 * The audience and lifetime bound a verified payload last passed with. Only the expiry changes with time (a
 * token issued in the past stays so), so a remembered token checked against the same settings costs one
 * comparison; other settings (the tenant changed its audience) check it again. Entries go with the payload.
 */
const acceptedWith = new WeakMap<
  JWTPayload,
  { audience: string | string[]; maxLifetimeSeconds: number | undefined }
>();

function assertAcceptable(
  payload: JWTPayload,
  nowSeconds: number,
  audience: string | string[],
  maxLifetimeSeconds: number | undefined,
): void {
  assertPlausibleLifetime(payload, nowSeconds, maxLifetimeSeconds);
  // Every user is keyed by `sub`; an empty or non-string one would make all such tokens one anonymous user.
  if (typeof payload.sub !== 'string' || payload.sub.trim() === '') {
    throw new AppError('token-invalid', "The token's sub claim is empty");
  }
  const audiences = Array.isArray(audience) ? audience : [audience];
  const tokenAudiences = [payload.aud ?? []].flat();
  const azp = typeof payload.azp === 'string' ? payload.azp : undefined;
  if (!audiences.some((value) => tokenAudiences.includes(value) || value === azp)) {
    throw new AppError('token-wrong-audience', 'The token was not issued for this API');
  }
}

/**
 * A leaked token must not stay useful for long: one minted with a lifetime beyond the maximum, or stamped as
 * issued in the future (a skewed or forged clock), is refused however valid its signature.
 */
function assertPlausibleLifetime(payload: JWTPayload, nowSeconds: number, maxLifetimeSeconds?: number) {
  const max = maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  if (typeof payload.iat !== 'number' || !Number.isFinite(payload.iat)) {
    throw new AppError('token-invalid', "The token's iat claim is invalid");
  }
  if (payload.iat > nowSeconds + CLOCK_SKEW_SECONDS) {
    throw new AppError('token-issued-in-future', 'The token claims to be issued in the future');
  }
  if (payload.exp! - payload.iat > max) {
    throw new AppError(
      'token-lifetime-too-long',
      `The token's lifetime exceeds the ${max} s this API accepts`,
    );
  }
}

async function verifySignature(token: string, keys: IssuerKeys): Promise<JWTPayload> {
  // Cheap pre-check so a foreign token never triggers a JWKS fetch at this issuer.
  if (decodeJwt(token).iss !== keys.issuer) {
    throw new AppError('token-wrong-issuer', 'The token comes from another issuer');
  }
  const { payload } = await jwtVerify(token, keys.resolve, {
    issuer: keys.issuer,
    algorithms: ALLOWED_ALGORITHMS,
    clockTolerance: CLOCK_SKEW_SECONDS,
    requiredClaims: ['exp', 'iat', 'sub'],
  });
  const ttlMs = ((payload.exp ?? 0) + CLOCK_SKEW_SECONDS) * 1000 - Date.now();
  if (ttlMs > 0) keys.verified.set(token, payload, { ttl: ttlMs });
  return payload;
}

function toAuthProblem(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof IdpUnavailableError) return new AppError('idp-unavailable', error.message);
  if (error instanceof errors.JWTExpired) return new AppError('token-expired', 'The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss')
      return new AppError('token-wrong-issuer', 'The token comes from another issuer');
    if (error.claim === 'nbf') return new AppError('token-not-yet-valid', 'The token is not valid yet');
    return new AppError('token-invalid', `The token's ${error.claim} claim is invalid`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new AppError('token-algorithm-not-allowed', 'The token is not signed with an allowed algorithm');
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new AppError('token-unknown-key', 'The token is signed with a key the issuer does not publish');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new AppError('token-bad-signature', 'The token signature does not verify');
  }
  return new AppError('token-invalid', 'The token is malformed or cannot be verified');
}
