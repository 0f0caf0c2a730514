import { decodeRestV1Cursor } from '@roster/core/http';
import { seedCreatedAt } from '../db/seed-user.model';
import { lastPageCursor } from './scale-cursor';

describe('the scale suite cursor', () => {
  it('sits after the (size - 20)th seeded user and every id at its second, for unfiltered lists', () => {
    const reading = decodeRestV1Cursor(lastPageCursor(1_000_000), {});
    expect(reading).toEqual({ ok: true, position: { createdAt: seedCreatedAt(999_980), id: 2_147_483_647 } });
    expect(decodeRestV1Cursor(lastPageCursor(1_000_000), { role: 'publisher' })).toEqual({ ok: false, reason: 'other-filters' });
  });
});
