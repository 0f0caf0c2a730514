import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { readNodeBody, startNodeBodyRead } from './node-body';

function request(chunks: readonly string[]): IncomingMessage {
  const stream = new PassThrough();
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return stream as unknown as IncomingMessage;
}

async function consumed(parsed: unknown): Promise<IncomingMessage> {
  const req = request(['ignored']);
  req.resume();
  await new Promise((resolve) => req.on('end', resolve));
  return Object.assign(req, { body: parsed });
}

describe('readNodeBody', () => {
  it('reads the stream when nobody did', async () => {
    expect(await readNodeBody(request(['a', 'bc']), 100)).toEqual({ body: Buffer.from('abc'), tooLarge: false, fromParser: false });
  });

  it('keeps nothing past the limit and drains the stream', async () => {
    const req = request(['x'.repeat(60), 'y'.repeat(60)]);
    expect(await readNodeBody(req, 100)).toEqual({ body: Buffer.alloc(0), tooLarge: true, fromParser: false });
    expect(req.readableEnded).toBe(true);
  });

  it('takes the read startNodeBodyRead began, once', async () => {
    const req = request(['early']);
    const started = startNodeBodyRead(req, 100);
    expect(startNodeBodyRead(req, 100)).toBe(started);
    await started;
    expect(await readNodeBody(req, 100)).toEqual({ body: Buffer.from('early'), tooLarge: false, fromParser: false });
  });

  it.each([
    [{ a: 1 }, '{"a":1}'],
    ['text', 'text'],
    [Buffer.from([1, 2]), '\u0001\u0002'],
    [undefined, ''],
    [null, ''],
  ])('falls back to what a host parser left in req.body (%p)', async (parsed, bytes) => {
    expect(await readNodeBody(await consumed(parsed), 100)).toEqual({ body: Buffer.from(bytes), tooLarge: false, fromParser: true });
  });

  it('applies the limit to a parsed body too', async () => {
    expect(await readNodeBody(await consumed('z'.repeat(101)), 100)).toEqual({ body: Buffer.alloc(0), tooLarge: true, fromParser: true });
  });
});
