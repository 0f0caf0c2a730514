import { AttemptGate } from './attempt-gate';

describe('AttemptGate', () => {
  it('lets `room` attempts per key in at once, each key on its own', () => {
    const gate = new AttemptGate();
    expect([gate.tryEnter('a', 2), gate.tryEnter('a', 2), gate.tryEnter('a', 2)]).toEqual([true, true, false]);
    expect(gate.tryEnter('b', 2)).toBe(true);
    expect(gate.tryEnter('a', 3)).toBe(true);
    expect(gate.tryEnter('a', 0)).toBe(false);
  });

  it('wakes every waiter of a key when one of its attempts ends, and frees the place', async () => {
    const gate = new AttemptGate();
    expect(gate.tryEnter('a', 1)).toBe(true);
    expect(gate.tryEnter('a', 1)).toBe(false);
    const woken: string[] = [];
    const first = gate.nextExit('a').then(() => woken.push('first'));
    const second = gate.nextExit('a').then(() => woken.push('second'));
    const other = gate.nextExit('b').then(() => woken.push('other'));
    gate.leave('a');
    await Promise.all([first, second]);
    expect(woken).toEqual(['first', 'second']);
    expect(gate.tryEnter('a', 1)).toBe(true);
    gate.leave('b');
    await other;
    expect(woken).toEqual(['first', 'second', 'other']);
  });
});
