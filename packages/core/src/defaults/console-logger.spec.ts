import { RosterError } from '../errors';
import { ConsoleLogger } from './console-logger';
import { SilentLogger } from './silent-logger';

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  const logger = new ConsoleLogger({
    stdout: { write: (line: string) => lines.out.push(line) },
    stderr: { write: (line: string) => lines.err.push(line) },
    clock: { now: () => new Date('2030-01-02T03:04:05.000Z') },
  });
  return { logger, lines };
}

describe('ConsoleLogger', () => {
  it('writes info as one JSON line to stdout, warn and error to stderr', () => {
    const { logger, lines } = capture();
    logger.info('user created', { tenantId: 'acme', userId: 7 });
    logger.warn('slow store');
    logger.error('boom');
    expect(lines.out).toEqual(['{"tenantId":"acme","userId":7,"time":"2030-01-02T03:04:05.000Z","level":"info","msg":"user created"}\n']);
    expect(lines.err.map((l) => JSON.parse(l))).toEqual([
      { time: '2030-01-02T03:04:05.000Z', level: 'warn', msg: 'slow store' },
      { time: '2030-01-02T03:04:05.000Z', level: 'error', msg: 'boom' },
    ]);
  });

  it('keeps an entry on one line even when the message has line breaks', () => {
    const { logger, lines } = capture();
    logger.info('line one\nline two\r\nthree', { note: 'a\nb' });
    expect(lines.out).toHaveLength(1);
    expect(lines.out[0]!.trimEnd()).not.toMatch(/[\r\n]/);
    expect(JSON.parse(lines.out[0]!).msg).toBe('line one\nline two\r\nthree');
  });

  it('does not let context overwrite time, level or msg', () => {
    const { logger, lines } = capture();
    logger.info('real', { msg: 'fake', level: 'error', time: 'never' });
    expect(JSON.parse(lines.out[0]!)).toMatchObject({ msg: 'real', level: 'info' });
  });

  it('writes errors, cycles and bigints without throwing', () => {
    const { logger, lines } = capture();
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    logger.error('failed', {
      error: new RosterError('STORE_UNAVAILABLE', 'db down'),
      cyclic,
      big: 12n,
    });
    const entry = JSON.parse(lines.err[0]!);
    expect(entry.error).toMatchObject({ name: 'RosterError', message: 'db down', code: 'STORE_UNAVAILABLE' });
    expect(entry.error.stack).toContain('db down');
    expect(entry.cyclic).toEqual({ name: 'loop', self: '[circular]' });
    expect(entry.big).toBe('12');
  });

  it('redacts hash-shaped text anywhere: argon2 hashes and hex SHA-256 digests', () => {
    const { logger, lines } = capture();
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
    const digest = 'ab'.repeat(32);
    const short = 'cd'.repeat(31);
    logger.error(`insert failed: values ('${hash}')`, { error: new Error(`where secret_hash = '${digest}'`), note: short });
    const line = lines.err.join('');
    expect(line).not.toContain(hash);
    expect(line).not.toContain(digest);
    expect(line).toContain("insert failed: values ('[redacted]')");
    expect(line).toContain("where secret_hash = '[redacted]'");
    expect(line).toContain(short); // shorter hex is no digest
  });

  it('redacts secret-looking keys at any depth', () => {
    const { logger, lines } = capture();
    logger.info('oops', {
      password: 'hunter2',
      nested: { secretHash: 'abc123', apiKey: 'rk_live', ok: 'visible' },
      list: [{ token: 't0k3n' }],
    });
    expect(lines.out[0]).not.toMatch(/hunter2|abc123|rk_live|t0k3n/);
    expect(JSON.parse(lines.out[0]!).nested.ok).toBe('visible');
  });
});

describe('SilentLogger', () => {
  it('writes nothing', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const writeErr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const logger = new SilentLogger();
      logger.info('a', { x: 1 });
      logger.warn('b');
      logger.error('c');
      expect(write).not.toHaveBeenCalled();
      expect(writeErr).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
      writeErr.mockRestore();
    }
  });
});
