import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { SharedLimits } from '@roster/core';

export const SHARED_LIMITS = Symbol('SHARED_LIMITS');

/** Where the module's Roster factory leaves the shared limits it opened (null: in memory). */
export interface SharedLimitsHolder {
  limits: SharedLimits | null;
}

/** Closes the shared limits store (Redis or PostgreSQL connection) when the application shuts down. */
@Injectable()
export class SharedLimitsCloser implements OnApplicationShutdown {
  constructor(@Inject(SHARED_LIMITS) private readonly holder: SharedLimitsHolder) {}

  async onApplicationShutdown(): Promise<void> {
    const { limits } = this.holder;
    this.holder.limits = null;
    await limits?.close();
  }
}
