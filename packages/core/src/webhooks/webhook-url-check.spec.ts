import { checkWebhookUrl, type WebhookHostResolver } from './webhook-url-check';

const resolverOf =
  (answers: Record<string, readonly string[]>): WebhookHostResolver =>
  async (host) => {
    const found = answers[host];
    if (found === undefined) throw new Error(`ENOTFOUND ${host}`);
    return found;
  };

describe('checkWebhookUrl', () => {
  const resolve = resolverOf({
    'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    'split.example.com': ['93.184.215.14', '10.0.0.7'],
    'metadata.google.internal': ['169.254.169.254'],
    localhost: ['127.0.0.1', '::1'],
  });

  it('accepts a host whose every address is public', async () => {
    await expect(checkWebhookUrl('https://hooks.example.com/in', {}, resolve)).resolves.toEqual({
      ok: true,
      url: 'https://hooks.example.com/in',
    });
  });

  it('refuses when any resolved address is not public', async () => {
    await expect(checkWebhookUrl('https://split.example.com/', {}, resolve)).resolves.toEqual({
      ok: false,
      problem: 'private',
    });
    await expect(checkWebhookUrl('http://metadata.google.internal/', {}, resolve)).resolves.toEqual({
      ok: false,
      problem: 'metadata',
    });
  });

  it('refuses a host that does not resolve', async () => {
    await expect(checkWebhookUrl('https://nowhere.example/', {}, resolve)).resolves.toEqual({
      ok: false,
      problem: 'unresolved',
    });
  });

  it('checks literal addresses without resolving, and allows loopback only by option', async () => {
    const never: WebhookHostResolver = () => Promise.reject(new Error('must not resolve'));
    await expect(checkWebhookUrl('http://127.0.0.1:9000/', {}, never)).resolves.toEqual({
      ok: false,
      problem: 'loopback',
    });
    await expect(checkWebhookUrl('http://[::1]:9000/', { allowLoopback: true }, never)).resolves.toEqual({
      ok: true,
      url: 'http://[::1]:9000/',
    });
    await expect(checkWebhookUrl('http://localhost:9000/', { allowLoopback: true }, resolve)).resolves.toMatchObject({
      ok: true,
    });
  });
});
