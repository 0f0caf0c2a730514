import { request as httpRequest } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { RosterError, type Logger, type Roster } from '@roster/core';
import { MAX_BODY_BYTES, type Dialect, type DialectPlugin } from '@roster/core/http';
import { createRosterRouter, type RosterRouterOptions } from '@roster/express';
import { sendRequest } from '@roster/testing';
import { createEchoDialect } from './echo-dialect';
import { listen, type Listening } from './listen';

type Setup = (app: express.Express) => void;

/** The adapter's behaviour on whichever `express` the calling file resolves (5, or 4 through jest.mock). */
export function describeRosterRouter(label: string): void {
  describe(`createRosterRouter on ${label}`, () => {
    let host: Listening | undefined;
    afterEach(async () => {
      await host?.close();
      host = undefined;
    });

    /** Host app: `before` middleware, the router at /mnt, then `after` (host routes, parsers, error handler). */
    async function start(options: Partial<RosterRouterOptions>, before: Setup = () => {}, after: Setup = () => {}) {
      const app = express();
      before(app);
      app.use('/mnt', createRosterRouter({ dialects: [createEchoDialect('/lms')], ...options }));
      after(app);
      app.use((_req: Request, res: Response) => {
        res.status(404).type('text/plain').send('host 404');
      });
      app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
        res.status(599).type('text/plain').send(`host caught: ${error.message}`);
      });
      host = await listen(app);
      return host.baseUrl;
    }

    const echo = async (baseUrl: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      const answer = await sendRequest(baseUrl, { method: 'POST', path: '/mnt/lms/echo/1', headers, body });
      expect(answer.status).toBe(200);
      return JSON.parse(answer.text) as { body: string; headers: Record<string, string> };
    };

    it('builds the neutral request below the mount point', async () => {
      const baseUrl = await start({});
      const body = Buffer.from([0x7b, 0xff, 0x7d]);
      const answer = await sendRequest(baseUrl, {
        method: 'POST',
        path: '/mnt/lms/echo/a%20b?x=1&x=2&y=%C3%A9+z',
        headers: { 'X-Name': 'Zoë', 'Content-Type': 'text/plain' },
        body,
      });
      const seen = JSON.parse(answer.text);
      expect(seen).toMatchObject({ method: 'POST', path: '/echo/a%20b', params: { id: 'a b' } });
      expect(seen.query).toEqual({ x: ['1', '2'], y: 'é z' });
      expect(seen.headers['x-name']).toBe('Zoë');
      expect(seen.headers['content-type']).toBe('text/plain');
      expect(Buffer.from(seen.body, 'base64')).toEqual(body);
      expect(seen.clientAddress).toMatch(/127\.0\.0\.1$/);
    });

    it('writes status, headers and the exact body bytes, nothing of its own', async () => {
      const baseUrl = await start({});
      const answer = await sendRequest(baseUrl, { method: 'GET', path: '/mnt/lms/bytes' });
      expect(answer.status).toBe(201);
      expect(answer.headers['content-type']).toBe('application/octet-stream');
      expect(answer.headers['x-custom']).toBe('custom value');
      expect(answer.headers['content-length']).toBe('3');
      expect(answer.headers['etag']).toBeUndefined();
      expect(answer.body).toEqual(Buffer.from([0x00, 0xff, 0x01]));
      const other = await sendRequest(baseUrl, { method: 'DELETE', path: '/mnt/lms/echo/1' });
      expect([other.status, other.text, other.headers['allow']]).toEqual([405, '', 'POST']);
    });

    it('lets paths no route matches fall through to the host, body unread', async () => {
      const baseUrl = await start({}, undefined, (app) => {
        app.use(express.json());
        app.post('/mnt/lms/other', (req: Request, res: Response) => {
          res.json({ host: req.body });
        });
      });
      const other = await sendRequest(baseUrl, {
        method: 'POST',
        path: '/mnt/lms/other',
        headers: { 'Content-Type': 'application/json' },
        body: '{"a":1}',
      });
      expect([other.status, other.text]).toEqual([200, '{"host":{"a":1}}']);
      for (const path of ['/mnt/lms/echo', '/mnt/echo/1', '/lms/echo/1', '/mnt/lms/bytes/x']) {
        const missed = await sendRequest(baseUrl, { method: 'POST', path, body: 'x' });
        expect([path, missed.status, missed.text]).toEqual([path, 404, 'host 404']);
      }
    });

    it('matches each request once, and leaves another method of a Roster path to the host, body intact', async () => {
      const dialect = createEchoDialect('/lms');
      const match = jest.spyOn(dialect, 'match');
      const handle = jest.spyOn(dialect, 'handle');
      const baseUrl = await start({ dialects: [dialect] }, undefined, (app) => {
        app.use(express.json());
        app.post('/mnt/lms/bytes', (req: Request, res: Response) => {
          res.json({ host: req.body });
        });
      });
      await echo(baseUrl, '{"a":1}');
      expect(match).toHaveBeenCalledTimes(1);
      const other = await sendRequest(baseUrl, {
        method: 'POST',
        path: '/mnt/lms/bytes',
        headers: { 'Content-Type': 'application/json' },
        body: '{"a":1}',
      });
      expect([other.status, other.text]).toEqual([200, '{"host":{"a":1}}']);
      expect(match).toHaveBeenCalledTimes(2);
      expect(handle).not.toHaveBeenCalled();
    });

    it('flags bodies over bodyLimit and still delivers the 413', async () => {
      const baseUrl = await start({ bodyLimit: 16 });
      expect(Buffer.from((await echo(baseUrl, 'a'.repeat(16))).body, 'base64').toString()).toBe('a'.repeat(16));
      const over = await sendRequest(baseUrl, { method: 'POST', path: '/mnt/lms/echo/1', body: 'a'.repeat(17) });
      expect([over.status, over.text]).toEqual([413, 'too large']);
    });

    it('defaults to MAX_BODY_BYTES and survives a body far over it', async () => {
      const baseUrl = await start({});
      const atLimit = await echo(baseUrl, Buffer.alloc(MAX_BODY_BYTES, 0x61));
      expect(Buffer.from(atLimit.body, 'base64').length).toBe(MAX_BODY_BYTES);
      for (const size of [MAX_BODY_BYTES + 1, 8 * MAX_BODY_BYTES]) {
        const over = await sendRequest(baseUrl, { method: 'POST', path: '/mnt/lms/echo/1', body: Buffer.alloc(size, 0x61) });
        expect([over.status, over.text]).toEqual([413, 'too large']);
      }
    });

    it('still works behind a host body parser, and says so once', async () => {
      const warnings: string[] = [];
      const log: Logger = { info: () => {}, warn: (message) => warnings.push(message), error: () => {} };
      const baseUrl = await start({ log }, (app) => {
        app.use(express.json());
      });
      const json = { headers: { 'Content-Type': 'application/json' } };
      expect((await echo(baseUrl, '{"b":1,"a":["x"]}', json.headers)).body).toBe(Buffer.from('{"b":1,"a":["x"]}').toString('base64'));
      // A content type the parser skips leaves the stream to Roster: the exact bytes arrive.
      const raw = '{ "spaced" : true }';
      expect((await echo(baseUrl, raw, { 'Content-Type': 'text/plain' })).body).toBe(Buffer.from(raw).toString('base64'));
      await echo(baseUrl, '{"again":true}', json.headers);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('mount Roster before body parsers');
    });

    it('uses a raw or text body a host parser left as it is', async () => {
      const baseUrl = await start({ bodyLimit: 8 }, (app) => {
        app.use(express.raw({ type: 'application/octet-stream' }));
        app.use(express.text({ type: 'text/plain' }));
      });
      const bytes = Buffer.from([0x01, 0xfe, 0x02]);
      expect((await echo(baseUrl, bytes, { 'Content-Type': 'application/octet-stream' })).body).toBe(bytes.toString('base64'));
      expect((await echo(baseUrl, 'Zoë', { 'Content-Type': 'text/plain' })).body).toBe(Buffer.from('Zoë').toString('base64'));
      const over = await sendRequest(baseUrl, {
        method: 'POST',
        path: '/mnt/lms/echo/1',
        headers: { 'Content-Type': 'text/plain' },
        body: 'too long for eight',
      });
      expect(over.status).toBe(413);
    });

    it('passes a throw that is not a dialect answer to next(err)', async () => {
      const broken: Dialect = { ...createEchoDialect(), respond: async () => Promise.reject(new Error('dialect blew up')) };
      const baseUrl = await start({ dialects: [broken] });
      const answer = await sendRequest(baseUrl, { method: 'POST', path: '/mnt/echo/1', body: '{}' });
      expect([answer.status, answer.text]).toEqual([599, 'host caught: dialect blew up']);
    });

    it('passes a request stream error to next(err)', async () => {
      const baseUrl = await start({}, (app) => {
        app.use((req: Request, _res: Response, next: NextFunction) => {
          setTimeout(() => req.emit('error', new Error('stream broke')), 30);
          next();
        });
      });
      const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = httpRequest(`${baseUrl}/mnt/lms/echo/1`, { method: 'POST', headers: { 'content-length': 100 } }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, text });
          });
        });
        req.on('error', reject);
        req.write('only part of the body');
      });
      expect(answer).toEqual({ status: 599, text: 'host caught: stream broke' });
    });

    it('makes dialect plugins with options.roster, and refuses them without', async () => {
      const made: Roster[] = [];
      const plugin: DialectPlugin = {
        name: 'echo',
        routes: createEchoDialect().routes,
        create: (roster) => {
          made.push(roster);
          return createEchoDialect('/plugged');
        },
      };
      const roster = { logger: { info: () => {}, warn: () => {}, error: () => {} } } as unknown as Roster;
      const baseUrl = await start({ roster, dialects: [plugin] });
      expect(made).toEqual([roster]);
      expect((await sendRequest(baseUrl, { method: 'GET', path: '/mnt/plugged/bytes' })).status).toBe(201);
      expect(() => createRosterRouter({ dialects: [plugin] })).toThrow(RosterError);
    });
  });
}
