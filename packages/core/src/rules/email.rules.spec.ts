import { hasDomainExtension, isValidEmail } from './email.rules';

describe('isValidEmail', () => {
  it.each(['john@example.com', 'John.Doe+tag@sub.example.co.uk', 'user@localhost', 'élise@example.fr', '"quoted name"@example.com'])(
    'accepts %s',
    (email) => {
      expect(isValidEmail(email)).toBe(true);
    },
  );

  it.each([
    '',
    'plain',
    '@example.com',
    'john@',
    'john@@example.com',
    'john doe@example.com',
    ' john@example.com',
    'john@example.com ',
    'John <john@example.com>',
    'john..doe@example.com',
    '.john@example.com',
    'john@-example.com',
    'john@[127.0.0.1]',
    'john@127.0.0.1',
    'john@example.com.',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.fghij.com`, // 255 characters
  ])('rejects %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  it.each(['\ud800@example.com', 'john@example.com\udfff', 'jo\udc00hn@example.com'])(
    'rejects a lone surrogate without throwing: %j',
    (email) => {
      expect(isValidEmail(email)).toBe(false);
    },
  );

  it.each([null, undefined, 42, {}, ['a@b.com']])('rejects the non-string %j', (value) => {
    expect(isValidEmail(value)).toBe(false);
  });
});

describe('hasDomainExtension', () => {
  it.each([
    ['john@example.com', true],
    ['john@example.co.uk', true],
    ['john@localhost', false],
    ['john@example.c', false],
    ['john@example.123', false],
  ])('%s: %s', (email, expected) => {
    expect(hasDomainExtension(email)).toBe(expected);
  });
});
