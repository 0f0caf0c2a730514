import type { Provider } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef, ModulesContainer } from '@nestjs/core';
import { createRoster, RosterError, type Roster } from '@roster/core';
import { installBodyReader } from './body-reader.installer';
import { parsedBodyWarning, type RosterHttp } from './roster-http';
import { ROSTER, ROSTER_HTTP, ROSTER_STATIC } from './roster.constants';
import { ROSTER_MODULE_OPTIONS } from './roster.module-definition';
import { isRoster, type RosterModuleOptions } from './roster-module.options';
import { RosterPaths } from './roster-paths';
import { routeBaseReader } from './route-base';
import type { RosterStaticConfig } from './roster-static.config';

/** Marks a Roster the module made itself, so that it also closes it. */
export const OWNED = Symbol('roster.owned');

export const rosterProvider: Provider = {
  provide: ROSTER,
  inject: [ROSTER_MODULE_OPTIONS],
  useFactory: (options: RosterModuleOptions | undefined): Roster => {
    if (!options?.roster) {
      throw new RosterError(
        'CONFIGURATION_INVALID',
        'RosterModule: the options need `roster`: a Roster, or the options of createRoster ({ stores, ... })',
      );
    }
    if (isRoster(options.roster)) return options.roster;
    return Object.assign(createRoster(options.roster), { [OWNED]: true });
  },
};

export const httpProvider: Provider = {
  provide: ROSTER_HTTP,
  inject: [ROSTER, ROSTER_STATIC, ModuleRef, ModulesContainer, HttpAdapterHost],
  useFactory: (
    roster: Roster,
    config: RosterStaticConfig,
    moduleRef: ModuleRef,
    modules: ModulesContainer,
    adapterHost: HttpAdapterHost,
  ): RosterHttp => {
    const base = routeBaseReader(config.moduleClass, moduleRef, modules, () =>
      roster.logger.warn('roster: cannot read the global prefix of this Nest version; assuming none'),
    );
    const dialects = config.mounts.map((mount) => mount.dialect.create(roster, { ...mount.options, prefix: mount.prefix }));
    // Where the controllers are: the mount's prefix (a dialect's own `prefix` should say the same).
    const matchers = dialects.map((dialect, i) => ({
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- dialects is mapped 1:1 from config.mounts
      prefix: config.mounts[i]!.prefix,
      match: (method: string, path: string) => dialect.match(method, path),
    }));
    const paths = new RosterPaths(matchers, base);
    if (config.mounts.length > 0) installBodyReader(adapterHost, paths, config.bodyLimit);
    return {
      dialects,
      paths,
      bodyLimit: config.bodyLimit,
      parsedBodyUsed: parsedBodyWarning(roster.logger),
    };
  },
};
