import { Inject, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { RosterError, type Roster } from '@roster/core';
import { ROSTER, ROSTER_STATIC } from './roster.constants';
import { RosterConfigurableModule, type RosterModuleAsyncOptions, type RosterModuleForRootOptions } from './roster.module-definition';
import { httpProvider, OWNED, rosterProvider } from './roster.providers';
import type { RosterStaticConfig } from './roster-static.config';

/**
 * Roster for NestJS: `RosterModule.forRoot({ roster, dialects })` or
 * `RosterModule.forRootAsync({ dialects, imports, inject, useFactory | useClass | useExisting })`.
 * Exports the Roster (`InjectRoster()`); serves the dialects on the Express platform.
 */
@Module({
  providers: [rosterProvider, httpProvider],
  exports: [rosterProvider],
})
export class RosterModule extends RosterConfigurableModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(ROSTER) private readonly roster: Roster,
    @Inject(ROSTER_STATIC) private readonly config: RosterStaticConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    super();
  }

  static override forRoot(options: RosterModuleForRootOptions): DynamicModule {
    return super.forRoot(options);
  }

  static override forRootAsync(options: RosterModuleAsyncOptions): DynamicModule {
    const given = options as Partial<RosterModuleAsyncOptions> | undefined;
    if (!given?.useFactory && !given?.useClass && !given?.useExisting) {
      throw new RosterError(
        'CONFIGURATION_INVALID',
        'RosterModule.forRootAsync needs one of useFactory, useClass or useExisting (with `dialects`, and `inject`/`imports` as the factory needs)',
      );
    }
    return super.forRootAsync(options);
  }

  onModuleInit(): void {
    // httpAdapter is undefined until Nest has created the adapter (its type does not say so).
    const type = (this.adapterHost.httpAdapter as HttpAdapterHost['httpAdapter'] | undefined)?.getType();
    if (this.config.mounts.length > 0 && type !== undefined && type !== 'express') {
      throw new RosterError(
        'CONFIGURATION_INVALID',
        `RosterModule serves its dialects on the Express platform (@nestjs/platform-express) only, not on "${type}"`,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if ((this.roster as Roster & { [OWNED]?: boolean })[OWNED]) await this.roster.close();
  }
}
