import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import type { EventLoopFigures } from '../servers/server-spec';

const NS_PER_MS = 1e6;
const RESOLUTION_MS = 10;

/**
 * Event-loop delay and utilisation of this process between `start()` and `stop()`.
 * perf_hooks.monitorEventLoopDelay records the time between ticks of a 10 ms timer; the delay
 * reported here is that time less the 10 ms, i.e. how late the timer fired.
 */
export class EventLoopProbe {
  private readonly histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private utilizationAtStart: EventLoopUtilization | null = null;

  start(): void {
    this.histogram.reset();
    this.histogram.enable();
    this.utilizationAtStart = performance.eventLoopUtilization();
  }

  stop(): EventLoopFigures {
    this.histogram.disable();
    const utilization = performance.eventLoopUtilization(this.utilizationAtStart ?? undefined).utilization;
    const late = (nanoseconds: number): number => Math.max(0, nanoseconds / NS_PER_MS - RESOLUTION_MS);
    const figures = {
      p50: late(this.histogram.percentile(50)),
      p99: late(this.histogram.percentile(99)),
      max: late(this.histogram.max),
      mean: late(this.histogram.mean),
      utilization,
    };
    this.histogram.reset();
    return figures;
  }
}
