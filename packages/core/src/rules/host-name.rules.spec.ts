import { hostOfHostHeader, normalizeHostName } from './host-name.rules';

describe('normalizeHostName (bootstrap hosts)', () => {
  it.each([
    ['localhost', 'localhost'],
    ['School.Example.COM', 'school.example.com'],
    ['school.example.com.', 'school.example.com'],
    ['  school.example.com  ', 'school.example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['::1', '[::1]'],
    ['[::1]', '[::1]'],
    ['[0:0:0:0:0:0:0:1]', '[::1]'],
    ['[2001:DB8::1]', '[2001:db8::1]'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHostName(input)).toBe(expected);
  });

  it.each([
    '',
    ' ',
    'example.com:3000',
    '[::1]:3000',
    'example.com:',
    'http://example.com',
    'example.com/path',
    'user@example.com',
    'a b.example',
    '.',
    'a..b',
    '.example.com',
    'example.com..',
    '[::1',
    '[::1]x',
    'x'.repeat(254),
    'exa%6Dple.com',
  ])('%j is no host name', (input) => {
    expect(normalizeHostName(input)).toBeNull();
  });
});

describe('hostOfHostHeader', () => {
  it.each([
    ['localhost:3000', 'localhost'],
    ['LOCALHOST:3000', 'localhost'],
    ['School.Example.com.:8080', 'school.example.com'],
    ['school.example.com', 'school.example.com'],
    ['school.example.com:', 'school.example.com'],
    ['[::1]:3000', '[::1]'],
    ['[::1]', '[::1]'],
    ['[0::1]:80', '[::1]'],
    ['127.0.0.1:3000', '127.0.0.1'],
  ])('%j → %j', (input, expected) => {
    expect(hostOfHostHeader(input)).toBe(expected);
  });

  it.each([undefined, '', ':3000', 'example.com:port', 'example.com:3000:1', '[::1]:x', 'a b:80', 'example.com/x', 'u@example.com'])(
    '%j names no host',
    (input) => {
      expect(hostOfHostHeader(input)).toBeNull();
    },
  );

  it('compares a header with a bootstrap host by their normal forms', () => {
    expect(hostOfHostHeader('Acme.Example.com.:443')).toBe(normalizeHostName('acme.example.COM'));
    expect(hostOfHostHeader('[::1]:3000')).toBe(normalizeHostName('::1'));
  });
});
