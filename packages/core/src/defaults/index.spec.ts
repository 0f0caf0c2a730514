import type { Clock, EventSink, IdGenerator, Logger, Mailer, PasswordHasher, RateLimiterFactory } from '../ports';
import * as defaults from './index';

describe('defaults entry point', () => {
  it('exports every default port implementation, constructible without arguments', () => {
    // Typed so a class that stops implementing its port is a compile error (tsc --noEmit).
    const made: [PasswordHasher, IdGenerator, Clock, Mailer, RateLimiterFactory, Logger, Logger, EventSink] = [
      new defaults.Argon2PasswordHasher(),
      new defaults.NanoidIdGenerator(),
      new defaults.SystemClock(),
      new defaults.OutboxMailer({ logger: new defaults.SilentLogger() }),
      new defaults.MemoryRateLimiterFactory(),
      new defaults.ConsoleLogger(),
      new defaults.SilentLogger(),
      new defaults.NoopEventSink(),
    ];
    expect(made.every((port) => typeof port === 'object' && port !== null)).toBe(true);
    expect(new defaults.OutboxMailer().outbox).toEqual([]);
    expect(typeof defaults.RateLimiterFlexibleFactory).toBe('function');
    expect(typeof defaults.hashApiKeySecret).toBe('function');
    expect(typeof defaults.apiKeyPrefix).toBe('function');
  });

  it('the event sink accepts events and returns nothing', () => {
    const sink = new defaults.NoopEventSink();
    // eslint-disable-next-line @typescript-eslint/no-confusing-void-expression -- that emit returns nothing is what this asserts
    expect(sink.emit({ type: 'user.created', tenantId: 'acme', userId: 1 })).toBeUndefined();
  });
});
