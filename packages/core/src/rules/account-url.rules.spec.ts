import { normalizeAccountUrl } from './account-url.rules';

describe('normalizeAccountUrl', () => {
  it.each([
    ['https://acme.example.com', '//acme.example.com'],
    ['HTTPS://Acme.Example.COM/', '//acme.example.com'],
    ['http://acme.example.com', '//acme.example.com'],
    ['  https://acme.example.com///  ', '//acme.example.com'],
    ['https://acme.example.com:8443/lms/', '//acme.example.com:8443/lms'],
    ['http://acme.example.com:443', '//acme.example.com'],
    ['https://acme.example.com/Path/Kept', '//acme.example.com/Path/Kept'],
    ['https://acme.example.com/?x=1#top', '//acme.example.com'],
    ['https://user:secret@acme.example.com', '//acme.example.com'],
    ['https://bücher.example', '//xn--bcher-kva.example'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAccountUrl(input)).toBe(expected);
  });

  it('makes http and https the same account', () => {
    expect(normalizeAccountUrl('http://a.example.com/x/')).toBe(normalizeAccountUrl('https://A.example.com/x'));
  });

  it.each(['', 'acme.example.com', 'not a url', 'ftp://acme.example.com', 'mailto:a@b.com', 'https://'])(
    '%j is not an account URL',
    (input) => {
      expect(normalizeAccountUrl(input)).toBeNull();
    },
  );
});
