/**
 * The users the benchmarks seed, defined once so that the memory seeder and the SQL seeder
 * make the same data: user n (1-based) of the seed.
 *
 * - role: `publisher` for every 5th user, `user` otherwise (the role filter matches 20 %);
 * - status: `inactive` for n % 7 = 3, `pending` for n % 7 = 5, `active` otherwise (independent of the
 *   role, so the role + status filter matches 20 % × 5/7 ≈ 14 %);
 * - created one second apart, from 2023-01-01T00:00:00Z, so the list order is the seed order.
 */
export const SEED_EPOCH_MS = Date.UTC(2023, 0, 1);

export function seedRole(n: number): 'publisher' | 'user' {
  return n % 5 === 0 ? 'publisher' : 'user';
}

export function seedStatus(n: number): 'active' | 'inactive' | 'pending' {
  const rest = n % 7;
  if (rest === 3) return 'inactive';
  if (rest === 5) return 'pending';
  return 'active';
}

export function seedEmail(n: number): string {
  return `seed${n}@bench.example.com`;
}

/** `usr_` + 16 characters, like the core's ids, but derived from n (hex) so a benchmark can name one. */
export function seedPublicId(n: number): string {
  return `usr_seed${n.toString(16).padStart(12, '0')}`;
}

export function seedCreatedAt(n: number): Date {
  return new Date(SEED_EPOCH_MS + n * 1000);
}

/** The filter the scale benchmark uses, and how many of n seeded users it matches. */
export const SEED_FILTER = { role: 'publisher', status: 'active' } as const;
