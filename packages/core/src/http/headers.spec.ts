import { bearerToken, normalizeHeaders } from './headers';

describe('normalizeHeaders', () => {
  it('lower-cases names, reads values as UTF-8 and joins repeats', () => {
    const latin1 = Buffer.from('<fields><first_name>Zoë</first_name></fields>', 'utf8').toString('latin1');
    expect(normalizeHeaders({ 'X-Fields-Xml': latin1, 'x-a': ['1', '2'], 'x-none': undefined })).toEqual({
      'x-fields-xml': '<fields><first_name>Zoë</first_name></fields>',
      'x-a': '1, 2',
    });
  });
});

describe('bearerToken', () => {
  it('takes the token of a Bearer header only', () => {
    expect(bearerToken({ authorization: 'Bearer abc' })).toBe('abc');
    expect(bearerToken({ authorization: 'bearer abc' })).toBe('abc');
    expect(bearerToken({ authorization: 'Basic abc' })).toBeNull();
    expect(bearerToken({ authorization: 'Bearer' })).toBeNull();
    expect(bearerToken({ authorization: 'Bearer a b' })).toBeNull();
    expect(bearerToken({})).toBeNull();
  });
});
