import { createHash } from 'node:crypto';
import { apiKeyPrefix, hashApiKeySecret } from './api-key-secret';

describe('hashApiKeySecret', () => {
  it('gives the hex SHA-256 of the secret', () => {
    // Known vector: SHA-256("abc").
    expect(hashApiKeySecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes and tells secrets apart', () => {
    const secret = 'rk_acme_é_0123456789';
    expect(hashApiKeySecret(secret)).toBe(createHash('sha256').update(Buffer.from(secret, 'utf8')).digest('hex'));
    expect(hashApiKeySecret(secret)).not.toBe(hashApiKeySecret(`${secret}x`));
    expect(hashApiKeySecret(secret)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('apiKeyPrefix', () => {
  it('keeps the first 8 characters and adds an ellipsis', () => {
    expect(apiKeyPrefix('rk_acme_01_secretpart')).toBe('rk_acme_…');
  });

  it('never shows more than 8 characters of the secret', () => {
    const secret = 'abcdefghijklmnop';
    const shown = apiKeyPrefix(secret).replace('…', '');
    expect(shown).toHaveLength(8);
    expect(secret.startsWith(shown)).toBe(true);
  });

  it('handles a short secret and characters outside the BMP', () => {
    expect(apiKeyPrefix('abc')).toBe('abc…');
    expect(apiKeyPrefix('😀😀😀😀😀😀😀😀😀')).toBe('😀😀😀😀😀😀😀😀…');
  });
});
