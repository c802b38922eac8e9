import { describe, expect, it } from 'vitest';
import { SecretBox, SecretBoxError } from './secret-box';

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
});
