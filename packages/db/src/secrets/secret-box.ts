import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

/** The key id sealed values carry: the first 8 characters of the key's SHA-256 (base64url), never the key. */
export function secretKeyId(base64Key: string): string {
  return createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('base64url').slice(0, 8);
}

function keyBytes(base64Key: string): Buffer {
  const key = Buffer.from(base64Key, 'base64');
  if (key.length !== 32) throw new SecretBoxError('the encryption key must be 32 bytes');
  return key;
}

/**
 * AES-256-GCM for secrets at rest. Every sealed value is bound to a context string (AAD), for example
 * `idp-client-secret:<tenantId>:<clientId>`, so a ciphertext copied to another row or tenant does not open.
 * Format: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). The key id names which key sealed it, so the
 * box can hold a key ring: it seals with the current key and opens with the current or any previous key
 * (SECRETS_ENCRYPTION_KEYS_PREVIOUS), which is what lets the key rotate without a flag day. A value sealed
 * under a key the ring does not hold is reported as such rather than as corrupt data.
 */
export class SecretBox {
  private readonly current: Buffer;
  private readonly keys = new Map<string, Buffer>();
  /** Id of the key new values are sealed with. */
  readonly keyId: string;

  constructor(currentKey: string, previousKeys: readonly string[] = []) {
    this.current = keyBytes(currentKey);
    this.keyId = secretKeyId(currentKey);
    this.keys.set(this.keyId, this.current);
    for (const previous of previousKeys) {
      const id = secretKeyId(previous);
      if (!this.keys.has(id)) this.keys.set(id, keyBytes(previous));
    }
  }

  /** Ids of every key that opens values: the current one first. */
  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      this.keyId,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  open(sealed: string, context: string): string {
    const [version, keyId, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !keyId || !iv || !tag || body === undefined)
      throw new SecretBoxError('not a sealed value');
    const key = this.keys.get(keyId);
    if (!key) throw new SecretBoxError(`sealed with another key (${keyId})`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new SecretBoxError('the sealed value does not open in this context');
    }
  }

  /** Whether a sealed value was sealed under the current key (a re-seal would leave it as it is). */
  isCurrent(sealed: string): boolean {
    return sealedKeyId(sealed) === this.keyId;
  }

  /** Opens under whichever key sealed it and seals again under the current key. */
  reseal(sealed: string, context: string): string {
    return this.seal(this.open(sealed, context), context);
  }
}

/** The key id a sealed value names (without opening it); undefined when it is not a sealed value. */
export function sealedKeyId(sealed: string): string | undefined {
  const [version, keyId] = sealed.split('.');
  return version === VERSION && keyId ? keyId : undefined;
}
