import { describe, expect, it } from 'vitest';
import { SecretBox, SecretBoxError, sealedKeyId, secretKeyId } from './secret-box';

const key = Buffer.alloc(32, 1).toString('base64');
const otherKey = Buffer.alloc(32, 2).toString('base64');

describe('SecretBox', () => {
  it('opens what it sealed in the same context, and never stores the plaintext', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('s3cret-value', 'idp-client-secret:t1:web');
    expect(sealed).not.toContain('s3cret');
    expect(sealed.startsWith(`v1.${box.keyId}.`)).toBe(true);
    expect(box.open(sealed, 'idp-client-secret:t1:web')).toBe('s3cret-value');
  });

  it('uses a fresh IV each time, so equal secrets do not look equal', () => {
    const box = new SecretBox(key);
    expect(box.seal('same', 'c')).not.toBe(box.seal('same', 'c'));
  });

  it('refuses a ciphertext moved to another context (another tenant or client)', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('s3cret', 'idp-client-secret:tenant-a:web');
    expect(() => box.open(sealed, 'idp-client-secret:tenant-b:web')).toThrow(SecretBoxError);
  });

  it('refuses a tampered ciphertext and names a value sealed with another key', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('s3cret', 'c');
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'), 'c')).toThrow('does not open');
    expect(() => new SecretBox(otherKey).open(sealed, 'c')).toThrow('sealed with another key');
  });

  it('requires a 32-byte key', () => {
    expect(() => new SecretBox(Buffer.alloc(16).toString('base64'))).toThrow('32 bytes');
  });

  it('opens values sealed under a previous key, seals only under the current one, and re-seals', () => {
    const before = new SecretBox(key).seal('s3cret', 'c');
    const rotated = new SecretBox(otherKey, [key]);
    expect(rotated.keyId).toBe(secretKeyId(otherKey));
    expect(rotated.keyIds).toEqual([secretKeyId(otherKey), secretKeyId(key)]);
    expect(rotated.open(before, 'c')).toBe('s3cret');
    expect(rotated.isCurrent(before)).toBe(false);
    const after = rotated.reseal(before, 'c');
    expect(sealedKeyId(after)).toBe(rotated.keyId);
    expect(rotated.isCurrent(after)).toBe(true);
    expect(new SecretBox(otherKey).open(after, 'c')).toBe('s3cret');
    expect(() => new SecretBox(key).open(after, 'c')).toThrow('sealed with another key');
    expect(() => rotated.reseal(before, 'other context')).toThrow('does not open');
  });

  it('refuses a previous key of the wrong length', () => {
    expect(() => new SecretBox(key, [Buffer.alloc(16).toString('base64')])).toThrow('32 bytes');
  });
});
