import { EventLoopProbe } from './event-loop-probe';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EventLoopProbe', () => {
  it('sees a blocked event loop as delay, and an idle one as little', async () => {
    const probe = new EventLoopProbe();
    probe.start();
    await sleep(200);
    const idle = probe.stop();

    probe.start();
    await sleep(50);
    const until = Date.now() + 150;
    while (Date.now() < until) {
      // busy: the probe's timer cannot fire
    }
    await sleep(50);
    const blocked = probe.stop();

    // The 150 ms busy wait makes the probe's timer at least ~140 ms late whatever the machine
    // does, and is active time of the loop, so its utilization is above 0 (a broken reading gives
    // 0 or NaN). How much above, and an idle loop's own figures, are not bounded here: a busy
    // machine stretches the sleeps and can make a sleeping loop look busy (seen: 1 at load 13).
    expect(blocked.max).toBeGreaterThanOrEqual(100);
    expect(blocked.utilization).toBeGreaterThan(0);
    expect(idle.utilization).toBeGreaterThanOrEqual(0);
  });
});
