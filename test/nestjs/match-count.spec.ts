import { Body, Controller, Module, Param, Post, type Type } from '@nestjs/common';
import type { Roster } from '@roster/core';
import type { Dialect, DialectPlugin } from '@roster/core/http';
import { RosterModule } from '@roster/nestjs';
import { sendRequest } from '@roster/testing';
import { createProbeRoster, startNestApp, type RunningNestApp } from './nest-app';
import { probeDialect } from './probe-dialect';

/** The probe dialect, with its `match` and `handle` counted. */
function countedProbe(): { plugin: DialectPlugin; made: Dialect[] } {
  const made: Dialect[] = [];
  const plugin: DialectPlugin = {
    ...probeDialect,
    create: (roster, options) => {
      const dialect = probeDialect.create(roster, options);
      jest.spyOn(dialect, 'match');
      jest.spyOn(dialect, 'handle');
      made.push(dialect);
      return dialect;
    },
  };
  return { plugin, made };
}

/** A host route on a Roster path, for a method the dialect does not serve there. */
@Controller()
class HostController {
  @Post('api/things/:id')
  thing(@Param('id') id: string, @Body() body: unknown) {
    return { id, received: body };
  }
}

function appModule(roster: Roster, plugin: DialectPlugin): Type<unknown> {
  @Module({ imports: [RosterModule.forRoot({ roster, dialects: [plugin] })], controllers: [HostController] })
  class AppModule {}
  return AppModule;
}

describe.each(['factory', 'testing'] as const)('RosterModule matches each request once (app made by %s)', (via) => {
  const { plugin, made } = countedProbe();
  let nest: RunningNestApp;

  beforeAll(async () => {
    nest = await startNestApp(appModule(await createProbeRoster(), plugin), { via });
  });
  afterAll(async () => nest.close());
  beforeEach(() => jest.clearAllMocks());

  it('looks a served request up once: the body reader matches, the generated handler reuses it', async () => {
    const answer = await sendRequest(nest.baseUrl, { method: 'POST', path: '/api/things', body: '{"a":1}' });
    expect(answer.status).toBe(201);
    expect(made).toHaveLength(1);
    expect(made[0]!.match).toHaveBeenCalledTimes(1);
    expect(made[0]!.handle).not.toHaveBeenCalled();
  });

  it("leaves another method of a Roster path to the host's route with its body intact, also after one lookup", async () => {
    const answer = await sendRequest(nest.baseUrl, {
      method: 'POST',
      path: '/api/things/7',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    expect([answer.status, JSON.parse(answer.text)]).toEqual([201, { id: '7', received: { a: 1 } }]);
    expect(made[0]!.match).toHaveBeenCalledTimes(1);
  });
});
