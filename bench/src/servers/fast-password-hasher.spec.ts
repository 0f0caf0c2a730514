import { FastPasswordHasher } from './fast-password-hasher';

describe('FastPasswordHasher', () => {
  const hasher = new FastPasswordHasher();

  it('verifies the password it hashed and nothing else', async () => {
    const hash = await hasher.hash('correct horse');
    expect(hash).not.toContain('correct horse');
    await expect(hasher.verify(hash, 'correct horse')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'correct horsE')).resolves.toBe(false);
  });

  it('salts every hash and refuses foreign formats', async () => {
    expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
    await expect(hasher.verify('$argon2id$v=19$m=1,t=1,p=1$x$y', 'same')).resolves.toBe(false);
    await expect(hasher.verify('bench-sha256$only-salt', 'same')).resolves.toBe(false);
  });
});
