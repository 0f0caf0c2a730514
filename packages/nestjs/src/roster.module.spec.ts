import type { HttpAdapterHost } from '@nestjs/core';
import { RosterError, type Roster } from '@roster/core';
import type { ArgumentsHost } from '@nestjs/common';
import type { DialectPlugin } from '@roster/core/http';
import { RosterExceptionFilter } from './roster-exception.filter';
import { RosterModule } from './roster.module';
import { RosterRequestFailure } from './roster-request.failure';
import { staticConfig } from './roster-static.config';

const plugin: DialectPlugin = {
  name: 'p',
  routes: [{ method: 'GET', path: '/x', name: 'x' }],
  create: () => {
    throw new Error('not made in this test');
  },
};
const roster = {} as Roster;
const adapterOf = (type: string) => ({ httpAdapter: { getType: () => type } }) as unknown as HttpAdapterHost;

describe('RosterModule on a platform other than Express', () => {
  it('refuses to serve dialects, naming the platform', () => {
    const module = new RosterModule(roster, staticConfig({ dialects: [plugin] }, RosterModule), adapterOf('fastify'));
    expect(() => module.onModuleInit()).toThrow(RosterError);
    expect(() => module.onModuleInit()).toThrow(/Express platform .* only, not on "fastify"/);
  });

  it('still offers the services alone (no dialects), and serves on Express', () => {
    expect(() => new RosterModule(roster, staticConfig({ dialects: [] }, RosterModule), adapterOf('fastify')).onModuleInit()).not.toThrow();
    expect(() =>
      new RosterModule(roster, staticConfig({ dialects: [plugin] }, RosterModule), adapterOf('express')).onModuleInit(),
    ).not.toThrow();
  });
});

describe('RosterExceptionFilter', () => {
  function hostWith(headersSent: boolean) {
    const res = { headersSent, writeHead: jest.fn(), end: jest.fn(), destroy: jest.fn() };
    res.writeHead.mockReturnValue(res);
    const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
    return { res, host };
  }
  const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  const filter = new RosterExceptionFilter({ logger } as unknown as Roster);

  it.each([
    ['read', 400],
    ['write', 500],
  ] as const)('answers a failure while %sing with a bare %i and logs only the cause', (stage, status) => {
    const { res, host } = hostWith(false);
    filter.catch(new RosterRequestFailure(stage, new Error('aborted')), host);
    expect(res.writeHead).toHaveBeenCalledWith(status, { 'Content-Length': '0' });
    expect(res.end).toHaveBeenCalledWith();
    expect(logger.warn).toHaveBeenLastCalledWith(expect.stringContaining(stage === 'read' ? 'reading its body' : 'writing'), {
      cause: 'aborted',
    });
  });

  it('drops the connection when the answer had already started', () => {
    const { res, host } = hostWith(true);
    filter.catch(new RosterRequestFailure('write', 'boom'), host);
    expect(res.destroy).toHaveBeenCalled();
    expect(res.writeHead).not.toHaveBeenCalled();
  });
});
