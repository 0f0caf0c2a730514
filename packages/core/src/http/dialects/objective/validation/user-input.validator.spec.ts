import { validateUserInput, type ValidationResult } from './user-input.validator';

const VALID_EMAIL = 'new.user@example.com';
const REQUIRED = 'The email field is required.';
const INVALID_EMAIL = 'The email field must be a valid email address.';
const NO_EXTENSION = 'The email must have a valid domain with an extension.';
const TAKEN = 'The email has already been taken.';
const string = (attribute: string) => `The ${attribute} field must be a string.`;
const max = (attribute: string, n: number) => `The ${attribute} field must not be greater than ${n} characters.`;
const PASSWORD_MIN = 'The password field must be at least 8 characters.';
const NUMBER = 'The external id field must be a number.';
const BOOLEAN = 'The live scanner field must be true or false.';

function validate(
  body: Record<string, unknown>,
  mode: 'create' | 'update' = 'create',
  taken: readonly string[] = [],
): Promise<ValidationResult> {
  return validateUserInput(body, { mode, emailTaken: async (email) => taken.includes(email.toLowerCase()) });
}

/** The messages for one field (create mode, with a valid e-mail unless the field is the e-mail). */
async function messagesFor(field: string, value: unknown, taken: readonly string[] = []): Promise<readonly string[]> {
  const body: Record<string, unknown> = field === 'email' ? {} : { email: VALID_EMAIL };
  if (value !== undefined) body[field] = value;
  const result = await validate(body, 'create', taken);
  return result.ok ? [] : (result.errors[field] ?? []);
}

const a = (n: number, char = 'a') => char.repeat(n);

type Row = readonly [string, unknown, readonly string[]];

const ROWS: Readonly<Record<string, readonly Row[]>> = {
  email: [
    ['absent → required', undefined, [REQUIRED]],
    ['null counts as absent', null, [REQUIRED]],
    ['"" counts as absent', '', [REQUIRED]],
    ['whitespace only is trimmed to absent', ' \t ', [REQUIRED]],
    ['a valid address', VALID_EMAIL, []],
    ['surrounding whitespace is trimmed', `  ${VALID_EMAIL}\n`, []],
    ['a quoted local part', '"john doe"@example.com', []],
    ['not an address → both format rules', 'invalid-email', [INVALID_EMAIL, NO_EXTENSION]],
    ['two @', 'a@b@example.com', [INVALID_EMAIL]],
    ['consecutive dots', 'a..b@example.com', [INVALID_EMAIL]],
    ['a space inside', 'a b@example.com', [INVALID_EMAIL]],
    ['no domain extension', 'user@localhost', [NO_EXTENSION]],
    ['one-letter TLD', 'user@example.c', [NO_EXTENSION]],
    ['TLD with a digit', 'user@example.c0m', [NO_EXTENSION]],
    ['an address literal (valid RFC, no extension)', 'user@[192.0.2.1]', [NO_EXTENSION]],
    ['an IPv6 address literal', 'user@[IPv6:2001:db8::1]', [NO_EXTENSION]],
    ['a bad address literal', 'user@[999.0.2.1]', [INVALID_EMAIL, NO_EXTENSION]],
    ['a number', 42, [INVALID_EMAIL, NO_EXTENSION]],
    ['an array', [VALID_EMAIL], [INVALID_EMAIL, NO_EXTENSION]],
    ['taken (case-insensitively)', 'Taken@Example.com', [TAKEN]],
    ['taken and without extension: all failing rules, in order', 'taken@localhost', [NO_EXTENSION, TAKEN]],
  ],
  first_name: [
    ['a name', 'Zoë', []],
    ['255 characters', a(255), []],
    ['256 characters', a(256), [max('first name', 255)]],
    ['255 multibyte characters count as 255', a(255, '😀'), []],
    ['256 multibyte characters', a(256, '😀'), [max('first name', 255)]],
    ['a number', 42, [string('first name')]],
    ['a boolean', true, [string('first name')]],
    ['an object', { a: 1 }, [string('first name')]],
    ['an array of 256 elements: string and max fail', Array(256).fill(1), [string('first name'), max('first name', 255)]],
  ],
  last_name: [
    ['a name', 'Doe', []],
    ['256 characters', a(256), [max('last name', 255)]],
    ['a number', 7, [string('last name')]],
  ],
  external_id: [
    ['an integer', 123, []],
    ['a decimal', -1.5, []],
    ['a numeric string', '123', []],
    ['a decimal string', '12.50', []],
    ['an exponent string', '1e3', []],
    ['a string with surrounding whitespace', ' 42 ', []],
    ['letters', 'abc', [NUMBER]],
    ['hex', '0x1A', [NUMBER]],
    ['a boolean', true, [NUMBER]],
    ['an array', [1], [NUMBER]],
    ['an overflowing exponent (not storable)', '1e999', [NUMBER]],
  ],
  source: [
    ['a source', 'crm', []],
    ['255 characters', a(255), []],
    ['256 characters', a(256), [max('source', 255)]],
    ['a number', 1, [string('source')]],
  ],
  password: [
    ['8 characters', 'secret12', []],
    ['255 characters', a(255), []],
    ['7 characters', 'secret1', [PASSWORD_MIN]],
    ['256 characters', a(256), [max('password', 255)]],
    ['not trimmed: spaces count', '  pass  ', []],
    ['whitespace only is not absent for a password', '   ', [PASSWORD_MIN]],
    ['8 multibyte characters', a(8, '🔑'), []],
    ['a short number: string and min fail', 12, [string('password'), PASSWORD_MIN]],
    ['a long number: string fails', 12345678, [string('password')]],
    ['an array: string and min fail', ['secret12'], [string('password'), PASSWORD_MIN]],
  ],
  phone_number: [
    ['a phone number', '+1 555 0100', []],
    ['30 characters', a(30, '1'), []],
    ['31 characters', a(31, '1'), [max('phone number', 30)]],
    ['a number', 5550100, [string('phone number')]],
  ],
  live_scanner: [
    ['true', true, []],
    ['false', false, []],
    ['0', 0, []],
    ['1', 1, []],
    ['"0"', '0', []],
    ['"1"', '1', []],
    ['" 1 " (trimmed)', ' 1 ', []],
    ['"true"', 'true', [BOOLEAN]],
    ['"false"', 'false', [BOOLEAN]],
    ['2', 2, [BOOLEAN]],
    ['"yes"', 'yes', [BOOLEAN]],
    ['an empty array', [], [BOOLEAN]],
  ],
};

describe('validateUserInput: every rule of every field', () => {
  for (const [field, rows] of Object.entries(ROWS)) {
    describe(field, () => {
      it.each(rows)('%s', async (_name, value, expected) => {
        expect(await messagesFor(field, value, ['taken@example.com', 'taken@localhost'])).toEqual(expected);
      });
    });
  }

  it('absent optional fields are not checked', async () => {
    for (const field of Object.keys(ROWS).filter((f) => f !== 'email')) {
      expect(await messagesFor(field, null)).toEqual([]);
      expect(await messagesFor(field, '')).toEqual([]);
    }
  });
});

describe('validateUserInput: errors', () => {
  it('lists the fields in the spec order and each field’s rules in rule order', async () => {
    const result = await validate(
      {
        live_scanner: 'true',
        phone_number: a(31),
        password: 5,
        source: [],
        external_id: 'abc',
        last_name: a(300),
        first_name: 1,
        email: 'taken@localhost',
      },
      'create',
      ['taken@localhost'],
    );
    expect(result.ok).toBe(false);
    expect(JSON.stringify(!result.ok && result.errors)).toBe(
      JSON.stringify({
        email: [NO_EXTENSION, TAKEN],
        first_name: [string('first name')],
        last_name: [max('last name', 255)],
        external_id: [NUMBER],
        source: [string('source')],
        password: [string('password'), PASSWORD_MIN],
        phone_number: [max('phone number', 30)],
        live_scanner: [BOOLEAN],
      }),
    );
  });

  it('reports a missing e-mail with the other fields’ errors', async () => {
    const result = await validate({ first_name: 5 });
    expect(!result.ok && result.errors).toEqual({ email: [REQUIRED], first_name: [string('first name')] });
  });

  it('looks up only valid addresses, trimmed', async () => {
    const asked: string[] = [];
    const emailTaken = async (email: string) => (asked.push(email), false);
    await validateUserInput({ email: '  Some@Example.com ' }, { mode: 'create', emailTaken });
    await validateUserInput({ email: 'not an address' }, { mode: 'create', emailTaken });
    expect(asked).toEqual(['Some@Example.com']);
  });
});

describe('validateUserInput: values', () => {
  it('converts every field for the core and ignores unknown ones', async () => {
    const result = await validate({
      email: ' Ann@Example.com ',
      first_name: ' Ann ',
      last_name: 'Lee',
      external_id: '12.5',
      source: 'crm',
      password: ' secret12 ',
      phone_number: '555',
      live_scanner: '1',
      role: 'owner',
      backendAccess: true,
    });
    expect(result).toEqual({
      ok: true,
      fields: {
        email: 'Ann@Example.com',
        firstName: 'Ann',
        lastName: 'Lee',
        externalId: 12.5,
        source: 'crm',
        password: ' secret12 ',
        phoneNumber: '555',
        liveScanner: true,
      },
    });
  });

  it.each([
    [true, true],
    [1, true],
    ['1', true],
    [false, false],
    [0, false],
    ['0', false],
  ])('live_scanner %p → %p', async (sent, stored) => {
    expect(await validate({ email: VALID_EMAIL, live_scanner: sent })).toEqual({
      ok: true,
      fields: { email: VALID_EMAIL, liveScanner: stored },
    });
  });

  it('update: every field optional; an empty body changes nothing', async () => {
    expect(await validate({}, 'update')).toEqual({ ok: true, fields: {} });
    expect(await validate({ email: null, first_name: '' }, 'update')).toEqual({ ok: true, fields: {} });
    expect(await validate({ last_name: 'New' }, 'update')).toEqual({ ok: true, fields: { lastName: 'New' } });
  });

  it('update: the same rules apply to the fields sent', async () => {
    const result = await validate({ email: 'bad', phone_number: 1 }, 'update');
    expect(!result.ok && result.errors).toEqual({
      email: [INVALID_EMAIL, NO_EXTENSION],
      phone_number: [string('phone number')],
    });
  });
});
