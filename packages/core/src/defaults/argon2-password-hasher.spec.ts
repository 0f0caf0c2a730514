import { Argon2PasswordHasher, OWASP_ARGON2ID } from './argon2-password-hasher';

/** Runs `work` and counts how often a short interval timer fired meanwhile. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => {
    ticks += 1;
  }, 2);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

function busyWait(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // keeps the event loop busy, as a synchronous hash would
  }
}

describe('Argon2PasswordHasher', () => {
  const hasher = new Argon2PasswordHasher();
  let stored: string;

  beforeAll(async () => {
    stored = await hasher.hash('correct horse battery');
  });

  it('hashes with argon2id and the OWASP parameters, salted, never in clear', async () => {
    const { memoryCost, timeCost, parallelism } = OWASP_ARGON2ID;
    expect([memoryCost, timeCost, parallelism]).toEqual([19_456, 2, 1]);
    expect(stored).toMatch(/^\$argon2id\$v=19\$/);
    expect(stored).toContain(`m=${memoryCost}`);
    expect(stored).toContain(`t=${timeCost}`);
    expect(stored).toContain(`p=${parallelism}`);
    expect(stored).not.toContain('correct horse battery');
  });

  it('verifies the right password and rejects a wrong one', async () => {
    await expect(hasher.verify(stored, 'correct horse battery')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'correct horse batterY')).resolves.toBe(false);
    await expect(hasher.verify(stored, '')).resolves.toBe(false);
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'not a hash'],
    ['a bcrypt hash', '$2b$10$abcdefghijklmnopqrstuuJ8nWzqKJ9p2b3f4i5Yq6lB1cD2eF3gH'],
    ['a PHC string without parameters', '$argon2id$'],
    ['a hash with an empty salt and digest', '$argon2id$v=19$m=1,t=1,p=1$$'],
  ])('returns false, without throwing, for %s', async (_label, malformed) => {
    await expect(hasher.verify(malformed, 'anything')).resolves.toBe(false);
  });

  it('returns false for a truncated or retyped hash', async () => {
    await expect(hasher.verify(stored.slice(0, -4), 'correct horse battery')).resolves.toBe(false);
    await expect(hasher.verify(stored.replace('$argon2id$', '$argon2x$'), 'correct horse battery')).resolves.toBe(false);
  });

  it('keeps the event loop turning while 4 hashes run', async () => {
    // Control: the probe does see a blocked loop (so the assertion below can fail).
    expect(await ticksDuring(async () => busyWait(100))).toBe(0);

    const ticks = await ticksDuring(() => Promise.all(['a', 'b', 'c', 'd'].map((p) => hasher.hash(`password-${p}`))));
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});
