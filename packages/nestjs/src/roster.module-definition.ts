import { ConfigurableModuleBuilder, type Provider } from '@nestjs/common';
import { createDialectController } from './dialect-controller.factory';
import { ROSTER_STATIC } from './roster.constants';
import type { RosterModuleExtras, RosterModuleOptions } from './roster-module.options';
import { staticConfig } from './roster-static.config';

/**
 * forRoot / forRootAsync come from Nest's own ConfigurableModuleBuilder (as in
 * @nestjs/throttler); the static extras (dialects, isGlobal, decorators, bodyLimit) become the
 * generated controllers and the ROSTER_STATIC provider.
 */
export const {
  ConfigurableModuleClass: RosterConfigurableModule,
  MODULE_OPTIONS_TOKEN: ROSTER_MODULE_OPTIONS,
  OPTIONS_TYPE: ROSTER_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: ROSTER_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<RosterModuleOptions>({ moduleName: 'Roster' })
  .setClassMethodName('forRoot')
  .setExtras<RosterModuleExtras>({ dialects: [], isGlobal: false }, (definition, extras) => {
    const config = staticConfig(extras, definition.module);
    const staticProvider: Provider = { provide: ROSTER_STATIC, useValue: config };
    return {
      ...definition,
      global: extras.isGlobal ?? false,
      controllers: config.mounts.map((mount, index) => createDialectController(mount, index, extras)),
      providers: [...(definition.providers ?? []), staticProvider],
    };
  })
  .build();

/** forRoot's argument: the options and the static extras. */
export type RosterModuleForRootOptions = typeof ROSTER_OPTIONS_TYPE;
/** forRootAsync's argument: `imports`, `inject`, one of `useFactory | useClass | useExisting`, and the static extras. */
export type RosterModuleAsyncOptions = typeof ROSTER_ASYNC_OPTIONS_TYPE;
