import { profileValueKey, profileValueOf } from './profile-value.rules';

const of = (type: 'string' | 'phone' | 'country' | 'birthdate' | 'list', value: string, values: string[] = []) =>
  profileValueOf({ type, values }, value);

describe('profileValueOf', () => {
  it('takes any text up to 255 characters as a string (an emoji counts once), no control characters', () => {
    expect(of('string', 'Texas')).toBe('Texas');
    expect(of('string', '😀'.repeat(255))).toBe('😀'.repeat(255));
    expect(of('string', 'x'.repeat(256))).toBeNull();
    expect(of('string', 'a\u0000b')).toBeNull();
  });

  it('takes digits, spaces and + - ( ) . as a phone, with at least one digit', () => {
    expect(of('phone', '123-31-23')).toBe('123-31-23');
    expect(of('phone', '+1 (555) 010.99')).toBe('+1 (555) 010.99');
    expect(of('phone', '---')).toBeNull();
    expect(of('phone', '555 CALL ME')).toBeNull();
    expect(of('phone', '1'.repeat(65))).toBeNull();
  });

  it('takes a positive integer id as a country, stored without leading zeros', () => {
    expect(of('country', '1')).toBe('1');
    expect(of('country', '004')).toBe('4');
    expect(of('country', '0')).toBeNull();
    expect(of('country', '-1')).toBeNull();
    expect(of('country', 'US')).toBeNull();
    expect(of('country', '1.5')).toBeNull();
  });

  it('takes a real calendar date YYYY-MM-DD as a birthdate', () => {
    expect(of('birthdate', '1990-02-28')).toBe('1990-02-28');
    expect(of('birthdate', '2000-02-29')).toBe('2000-02-29');
    expect(of('birthdate', '1900-02-29')).toBeNull();
    expect(of('birthdate', '1990-13-01')).toBeNull();
    expect(of('birthdate', '1990-1-1')).toBeNull();
    expect(of('birthdate', '0000-01-01')).toBeNull();
  });

  it('takes one of the declared values (exact case) for a list', () => {
    expect(of('list', 'Sales', ['Sales', 'Support'])).toBe('Sales');
    expect(of('list', 'sales', ['Sales', 'Support'])).toBeNull();
  });

  it('compares unique values case-insensitively', () => {
    expect(profileValueKey('EMP-7a')).toBe(profileValueKey('emp-7A'));
  });
});
