import { Injectable, Module, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { RosterError, type Roster, type RosterStores } from '@roster/core';
import { createMemoryStores } from '@roster/memory';
import { InjectRoster, RosterModule, type RosterModuleOptions } from '@roster/nestjs';
import { sendRequest } from '@roster/testing';
import { createProbeRoster, PROBE_KEY, startNestApp } from './nest-app';
import { probeDialect } from './probe-dialect';

const ROSTER_CONFIG = Symbol('ROSTER_CONFIG');

/** The host's own configuration module, as forRootAsync's `imports` would bring it. */
@Module({ providers: [{ provide: ROSTER_CONFIG, useValue: { label: 'from-config' } }], exports: [ROSTER_CONFIG] })
class HostConfigModule {}

let given: Roster;

@Injectable()
class RosterOptionsFactory {
  create(): RosterModuleOptions {
    return { roster: given };
  }
}

@Module({ providers: [RosterOptionsFactory], exports: [RosterOptionsFactory] })
class HostFactoryModule {}

/** Host code using Roster's services programmatically, with an actor. */
@Injectable()
class HostUsersService {
  constructor(@InjectRoster() private readonly roster: Roster) {}

  async invite(email: string) {
    const actor = await this.roster.auth.authenticateApiKey({ secret: PROBE_KEY });
    const { user } = await this.roster.users.create(actor, { email, firstName: 'Ada', lastName: 'Lovelace' });
    const list = await this.roster.users.list(actor, { page: 1, limit: 10 });
    return { email: user.email, total: list.total };
  }
}

@Module({ providers: [HostUsersService], exports: [HostUsersService] })
class HostFeatureModule {}

const ASYNC_VARIANTS: readonly (readonly [string, () => ReturnType<typeof RosterModule.forRootAsync>])[] = [
  [
    'useFactory with imports and inject',
    () =>
      RosterModule.forRootAsync({
        imports: [HostConfigModule],
        inject: [ROSTER_CONFIG],
        useFactory: async (config: { label: string }) => {
          expect(config.label).toBe('from-config');
          return { roster: given };
        },
        dialects: [probeDialect],
        isGlobal: true,
      }),
  ],
  ['useClass', () => RosterModule.forRootAsync({ useClass: RosterOptionsFactory, dialects: [probeDialect], isGlobal: true })],
  [
    'useExisting',
    () =>
      RosterModule.forRootAsync({
        imports: [HostFactoryModule],
        useExisting: RosterOptionsFactory,
        dialects: [probeDialect],
        isGlobal: true,
      }),
  ],
];

describe.each(ASYNC_VARIANTS)('RosterModule.forRootAsync (%s)', (_name, rosterModule) => {
  it('serves the dialects and gives host services the same Roster (isGlobal)', async () => {
    given = await createProbeRoster();
    @Module({ imports: [rosterModule(), HostFeatureModule] })
    class AppModule {}
    const nest = await startNestApp(AppModule);
    try {
      const http = await sendRequest(nest.baseUrl, { method: 'GET', path: '/whoami', headers: { 'X-Api-Key': PROBE_KEY } });
      expect(http.status).toBe(200);
      expect(await nest.app.get(HostUsersService).invite('ada@example.com')).toEqual({ email: 'ada@example.com', total: 1 });
      const actor = await given.auth.authenticateApiKey({ secret: PROBE_KEY });
      expect((await given.users.get(actor, { email: 'ada@example.com' })).email).toBe('ada@example.com');
    } finally {
      await nest.close();
    }
  });
});

describe('RosterModule options', () => {
  it('refuses forRootAsync without useFactory, useClass or useExisting, saying so', () => {
    const call = () => RosterModule.forRootAsync({ dialects: [probeDialect] });
    expect(call).toThrow(RosterError);
    expect(call).toThrow(/needs one of useFactory, useClass or useExisting/);
  });

  it('refuses a factory that returns no roster, saying what it needs', async () => {
    const builder = Test.createTestingModule({
      imports: [RosterModule.forRootAsync({ useFactory: () => ({}) as RosterModuleOptions, dialects: [] })],
    });
    await expect(builder.compile()).rejects.toThrow(/the options need `roster`/);
  });

  it('refuses a bodyLimit that is not a positive integer', () => {
    expect(() => RosterModule.forRoot({ roster: given, dialects: [], bodyLimit: 0 })).toThrow(/bodyLimit/);
  });

  it('is not global unless asked: InjectRoster in another module needs the import', async () => {
    given = await createProbeRoster();
    @Module({ imports: [RosterModule.forRoot({ roster: given, dialects: [] }), HostFeatureModule] })
    class AppModule {}
    await expect(Test.createTestingModule({ imports: [AppModule] }).compile()).rejects.toThrow(/HostUsersService/);
  });

  it('makes the Roster from createRoster options, serves from it, and closes it (and its stores) at shutdown', async () => {
    const stores = createMemoryStores();
    const closing = jest.fn(async () => undefined);
    const tracked: RosterStores = { ...stores, close: closing };
    @Injectable()
    class Probe {
      constructor(@InjectRoster() readonly roster: Roster) {}
    }
    @Module({ imports: [RosterModule.forRoot({ roster: { stores: tracked }, dialects: [probeDialect] })], providers: [Probe] })
    class AppModule {}
    const nest = await startNestApp(AppModule);
    const made = nest.app.get(Probe).roster;
    await made.bootstrap.load({
      tenants: [
        { name: 'probe', accountUrl: 'https://probe.example.com', apiKeys: [{ name: 'k', key: PROBE_KEY, role: 'administrator' }] },
      ],
    });
    expect((await sendRequest(nest.baseUrl, { method: 'GET', path: '/whoami', headers: { 'X-Api-Key': PROBE_KEY } })).status).toBe(200);
    await nest.close();
    expect(closing).toHaveBeenCalledTimes(1);
  });

  it('leaves a Roster it was given open at shutdown (its owner closes it)', async () => {
    given = await createProbeRoster();
    const close = jest.spyOn(given, 'close');
    const nest = await startNestApp(moduleWith(RosterModule.forRoot({ roster: given, dialects: [probeDialect] })));
    await nest.close();
    expect(close).not.toHaveBeenCalled();
  });
});

function moduleWith(imported: ReturnType<typeof RosterModule.forRoot>): Type<unknown> {
  @Module({ imports: [imported] })
  class AppModule {}
  return AppModule;
}
