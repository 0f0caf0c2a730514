import { AsyncMutex } from './async-mutex';

describe('AsyncMutex', () => {
  it('runs tasks one at a time, in call order', async () => {
    const mutex = new AsyncMutex();
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setImmediate(resolve));
      events.push(`${name} end`);
      return name;
    };

    const results = await Promise.all([mutex.runExclusive(task('a')), mutex.runExclusive(task('b')), mutex.runExclusive(task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('releases the lock when a task throws', async () => {
    const mutex = new AsyncMutex();
    const failure = new Error('boom');
    await expect(mutex.runExclusive(async () => Promise.reject(failure))).rejects.toBe(failure);
    await expect(mutex.runExclusive(() => 'next')).resolves.toBe('next');
  });
});
