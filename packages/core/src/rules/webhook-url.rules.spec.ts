import { classifyWebhookAddress, parseWebhookUrl, webhookAddressProblem } from './webhook-url.rules';

describe('classifyWebhookAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['169.254.1.1', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['169.254.169.254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['ff02::1', 'reserved'],
    ['172.32.0.1', 'public'],
    ['example.com', 'invalid'],
  ])('%s is %s', (address, kind) => {
    expect(classifyWebhookAddress(address)).toBe(kind);
  });
});

describe('parseWebhookUrl', () => {
  it('takes http and https URLs with a host', () => {
    expect(parseWebhookUrl('https://Hooks.Example.com./in')).toEqual({
      url: 'https://hooks.example.com./in',
      host: 'hooks.example.com',
      literal: false,
    });
    expect(parseWebhookUrl('http://[::1]:8080/')).toEqual({ url: 'http://[::1]:8080/', host: '::1', literal: true });
    expect(parseWebhookUrl('http://127.0.0.1/')).toMatchObject({ host: '127.0.0.1', literal: true });
  });

  it('refuses other schemes, credentials and non-URLs', () => {
    expect(parseWebhookUrl('ftp://example.com/')).toEqual({ problem: 'scheme' });
    expect(parseWebhookUrl('file:///etc/passwd')).toEqual({ problem: 'scheme' });
    expect(parseWebhookUrl('https://user:pw@example.com/')).toEqual({ problem: 'credentials' });
    expect(parseWebhookUrl('not a url')).toEqual({ problem: 'invalidUrl' });
  });

  it('sees through the URL parser: decimal and hex hosts become dotted IPv4 literals', () => {
    expect(parseWebhookUrl('http://2130706433/')).toMatchObject({ host: '127.0.0.1', literal: true });
    expect(parseWebhookUrl('http://0x7f.1/')).toMatchObject({ host: '127.0.0.1', literal: true });
  });
});

describe('webhookAddressProblem', () => {
  it('accepts only when every address is public', () => {
    expect(webhookAddressProblem(['8.8.8.8', '2606:4700:4700::1111'])).toBeNull();
    expect(webhookAddressProblem(['8.8.8.8', '10.0.0.1'])).toBe('private');
    expect(webhookAddressProblem([])).toBe('unresolved');
  });

  it('allows loopback only when the host says so, and nothing else with it', () => {
    expect(webhookAddressProblem(['127.0.0.1'])).toBe('loopback');
    expect(webhookAddressProblem(['127.0.0.1', '::1'], { allowLoopback: true })).toBeNull();
    expect(webhookAddressProblem(['127.0.0.1', '192.168.0.1'], { allowLoopback: true })).toBe('private');
    expect(webhookAddressProblem(['169.254.169.254'], { allowLoopback: true })).toBe('metadata');
  });
});
