import type { Logger } from '../ports';
import { ConsoleLogger } from './console-logger';
import { OutboxMailer } from './outbox-mailer';

function recordingLogger() {
  const entries: { message: string; context?: Record<string, unknown> }[] = [];
  const record = (message: string, context?: Record<string, unknown>) => entries.push({ message, context });
  const logger: Logger = { info: record, warn: record, error: record };
  return { logger, entries };
}

const message = (n: number) => ({
  to: `user${n}@example.com`,
  subject: `Welcome ${n}`,
  text: `Your password is S3cret-${n}. Sign in at https://lms.example.com/login?token=tok-${n}`,
});

describe('OutboxMailer', () => {
  it('keeps sent messages in order', async () => {
    const mailer = new OutboxMailer({ logger: recordingLogger().logger });
    await mailer.send(message(1));
    await mailer.send(message(2));
    expect(mailer.outbox).toEqual([message(1), message(2)]);
  });

  it('keeps only the latest `capacity` messages (1000 by default)', async () => {
    const small = new OutboxMailer({ logger: recordingLogger().logger, capacity: 3 });
    for (let n = 1; n <= 5; n += 1) await small.send(message(n));
    expect(small.outbox.map((m) => m.to)).toEqual(['user3@example.com', 'user4@example.com', 'user5@example.com']);

    const standard = new OutboxMailer({ logger: recordingLogger().logger });
    for (let n = 1; n <= 1005; n += 1) await standard.send(message(n));
    expect(standard.outbox).toHaveLength(1000);
    expect(standard.outbox[0]!.to).toBe('user6@example.com');
    expect(standard.outbox[999]!.to).toBe('user1005@example.com');
  });

  it('is not changed through the array it hands out, and can be cleared', async () => {
    const mailer = new OutboxMailer({ logger: recordingLogger().logger });
    await mailer.send(message(1));
    (mailer.outbox as unknown as unknown[]).length = 0;
    expect(mailer.outbox).toHaveLength(1);
    mailer.clear();
    expect(mailer.outbox).toHaveLength(0);
  });

  it('logs one line per message with recipient and subject only', async () => {
    const { logger, entries } = recordingLogger();
    const mailer = new OutboxMailer({ logger });
    await mailer.send(message(1));
    await mailer.send(message(2));
    expect(entries).toHaveLength(2);
    expect(entries[0]!.context).toEqual({ to: 'user1@example.com', subject: 'Welcome 1' });
    expect(JSON.stringify(entries)).not.toMatch(/S3cret|tok-|Your password/);
  });

  it('never writes the body to the console by default', async () => {
    const lines: string[] = [];
    const logger = new ConsoleLogger({ stdout: { write: (l: string) => lines.push(l) } });
    await new OutboxMailer({ logger }).send(message(9));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('user9@example.com');
    expect(lines[0]).not.toContain('S3cret-9');
  });
});
