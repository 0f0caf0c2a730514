import { RosterError } from '../errors';
import { NanoidIdGenerator } from './nanoid-id-generator';

describe('NanoidIdGenerator', () => {
  const ids = new NanoidIdGenerator();

  it('makes public user ids of usr_ and 16 alphanumerics, all distinct', () => {
    const made = Array.from({ length: 2000 }, () => ids.publicUserId());
    for (const id of made) expect(id).toMatch(/^usr_[A-Za-z0-9]{16}$/);
    expect(new Set(made).size).toBe(made.length);
  });

  it('uses the whole alphabet in public ids (not only hex or digits)', () => {
    const chars = new Set(Array.from({ length: 500 }, () => ids.publicUserId().slice(4)).join(''));
    expect([...chars].some((c) => /[A-Z]/.test(c))).toBe(true);
    expect([...chars].some((c) => /[g-z]/.test(c))).toBe(true);
    expect(chars.size).toBeGreaterThan(55);
  });

  it('makes opaque ids that are URL-safe and distinct', () => {
    const made = Array.from({ length: 2000 }, () => ids.id());
    for (const id of made) expect(id).toMatch(/^[A-Za-z0-9_-]{21}$/);
    expect(new Set(made).size).toBe(made.length);
  });

  it('never starts an opaque id with "-" (a command line would read it as an option), yet uses "-" elsewhere', () => {
    // One nanoid in 64 starts with "-": 10,000 draws hold ~156 of them unless redrawn.
    const made = Array.from({ length: 10_000 }, () => ids.id());
    expect(made.filter((id) => id.startsWith('-'))).toEqual([]);
    expect(made.some((id) => id.includes('-'))).toBe(true);
  });

  it.each([3, 8, 12, 64])('makes %i-character passwords with upper, lower and digit', (length) => {
    for (let i = 0; i < 300; i += 1) {
      const password = ids.password(length);
      expect(password).toHaveLength(length);
      expect(password).toMatch(/^[A-Za-z0-9]+$/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[0-9]/);
    }
  });

  it('does not repeat passwords', () => {
    const made = Array.from({ length: 1000 }, () => ids.password(12));
    expect(new Set(made).size).toBe(made.length);
  });

  it.each([0, 2, -1, 2.5, Number.NaN])('refuses a password length of %p', (length) => {
    expect(() => ids.password(length)).toThrow(RosterError);
  });
});
