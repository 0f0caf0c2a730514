import { DEFAULT_ROLE_CATALOG } from '../../../../domain';
import { RosterError, type FieldIssue } from '../../../../errors';
import type { RosterRequest } from '../../../http.types';
import { CreateUserDto } from '../dto/create-user.dto';
import { UpdateUserDto } from '../dto/update-user.dto';
import { validateBody } from './validate-body';

const request = (body: string | Buffer): RosterRequest => ({
  method: 'POST',
  path: '/api/v1/users',
  query: {},
  headers: {},
  body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
});

function issuesOf(dto: new () => { role?: string }, body: string | Buffer): readonly FieldIssue[] {
  try {
    validateBody(request(body), dto, DEFAULT_ROLE_CATALOG);
  } catch (error) {
    if (RosterError.is(error, 'VALIDATION_FAILED')) return error.details.issues ?? [];
    throw error;
  }
  return [];
}
const create = (body: unknown) => issuesOf(CreateUserDto, typeof body === 'string' ? body : JSON.stringify(body));
const update = (body: unknown) => issuesOf(UpdateUserDto, JSON.stringify(body));
const one = (field: string, message: string) => [{ field, message }];

describe('rest-v1 create body', () => {
  const valid = { email: 'jane@example.com', name: 'Jane Smith' };

  it('accepts the document example and a minimal body', () => {
    expect(create(valid)).toEqual([]);
    const full = { ...valid, role: 'publisher', password: 'securePassword123', settings: { theme: 'dark', notifications: true } };
    expect(create(full)).toEqual([]);
    expect(create({ ...valid, settings: {} })).toEqual([]);
  });

  it('trims e-mail and name and keeps the DTO values', () => {
    const dto = validateBody(
      request(JSON.stringify({ email: ' Jane@Example.com ', name: '  Jane ' })),
      CreateUserDto,
      DEFAULT_ROLE_CATALOG,
    );
    expect(dto).toMatchObject({ email: 'Jane@Example.com', name: 'Jane' });
    expect(dto).toBeInstanceOf(CreateUserDto);
  });

  it.each([
    [{ name: 'Jane' }, one('email', 'is required')],
    [{ email: 'jane@example.com' }, one('name', 'is required')],
    [{ ...valid, email: 'not-an-email' }, one('email', 'must be a valid e-mail address')],
    [{ ...valid, email: 42 }, one('email', 'must be a valid e-mail address')],
    [{ ...valid, email: null }, one('email', 'is required')],
    [{ ...valid, name: '' }, one('name', 'must be 1 to 255 characters')],
    [{ ...valid, name: '   ' }, one('name', 'must be 1 to 255 characters')],
    [{ ...valid, name: 'x'.repeat(256) }, one('name', 'must be 1 to 255 characters')],
    [{ ...valid, name: 7 }, one('name', 'must be a string')],
    [{ ...valid, password: 'short' }, one('password', 'must be 8 to 255 characters')],
    [{ ...valid, password: 'p'.repeat(256) }, one('password', 'must be 8 to 255 characters')],
    [{ ...valid, password: 12345678 }, one('password', 'must be a string')],
    [{ ...valid, password: null }, one('password', 'must be a string')],
    [{ ...valid, role: 5 }, one('role', 'must be a string')],
    [{ ...valid, role: 'Owner' }, one('role', 'must be one of: owner, administrator, organizationAdministrator, publisher, user')],
    [{ ...valid, status: 'active' }, one('status', 'is not allowed')],
    [{ ...valid, first_name: 'Jane' }, one('first_name', 'is not allowed')],
    [{ ...valid, settings: 'dark' }, one('settings', 'must be an object')],
    [{ ...valid, settings: null }, one('settings', 'must be an object')],
    [{ ...valid, settings: ['dark'] }, one('settings', 'must be an object')],
    [{ ...valid, settings: { theme: 'blue' } }, one('settings.theme', 'must be one of: light, dark, system')],
    [{ ...valid, settings: { notifications: 'yes' } }, one('settings.notifications', 'must be true or false')],
    [{ ...valid, settings: { language: 'en' } }, one('settings.language', 'is not allowed')],
  ])('%j → %j', (body, expected) => {
    expect(create(body)).toEqual(expected);
  });

  it('refuses the keys class-transformer would drop silently, at the top and in settings', () => {
    expect(create('{"email":"jane@example.com","name":"Jane","__proto__":{"role":"owner"}}')).toEqual(one('__proto__', 'is not allowed'));
    expect(create('{"email":"jane@example.com","name":"Jane","constructor":1}')).toEqual(one('constructor', 'is not allowed'));
    expect(create('{"email":"jane@example.com","name":"Jane","settings":{"__proto__":{}}}')).toEqual(
      one('settings.__proto__', 'is not allowed'),
    );
  });

  it('refuses those keys at any depth too, where class-transformer would throw', () => {
    expect(create('{"email":{"constructor":5e-324},"name":"Jane"}')).toEqual(one('email.constructor', 'is not allowed'));
    expect(create('{"email":"jane@example.com","name":[{"__proto__":{}}]}')).toEqual(one('name.0.__proto__', 'is not allowed'));
  });

  it('lists every wrong field at once', () => {
    const issues = create({ email: 'x', name: '', role: 'boss', extra: 1 });
    expect(new Set(issues.map((issue) => issue.field))).toEqual(new Set(['email', 'name', 'role', 'extra']));
  });

  it.each([
    ['', 'must be a JSON object'],
    ['[]', 'must be a JSON object'],
    ['"text"', 'must be a JSON object'],
    ['null', 'must be a JSON object'],
    ['{"email":', 'must be valid JSON'],
    [Buffer.from([0x7b, 0xff, 0x7d]), 'must be valid JSON'],
    ['['.repeat(65) + ']'.repeat(65), 'must not be nested deeper than 64 levels'],
  ])('refuses the body %j: %s', (body, message) => {
    expect(issuesOf(CreateUserDto, body)).toEqual(one('body', message));
  });
});

describe('rest-v1 update body', () => {
  it('accepts any subset of the five fields, the empty object included', () => {
    expect(update({})).toEqual([]);
    expect(update({ name: 'Jane Smith-Johnson', role: 'administrator', status: 'active', settings: { theme: 'system' } })).toEqual([]);
    expect(update({ email: 'new@example.com', status: 'inactive' })).toEqual([]);
  });

  it.each([
    [{ name: null }, one('name', 'must be a string')],
    [{ email: null }, one('email', 'must be a valid e-mail address')],
    [{ status: 'deleted' }, one('status', 'must be one of: active, inactive, pending')],
    [{ status: null }, one('status', 'must be one of: active, inactive, pending')],
    [{ role: null }, one('role', 'must be a string')],
    [{ role: 'boss' }, one('role', 'must be one of: owner, administrator, organizationAdministrator, publisher, user')],
    [{ password: 'newPassword1' }, one('password', 'is not allowed')],
    [{ settings: { theme: 'dark', extra: true } }, one('settings.extra', 'is not allowed')],
  ])('%j → %j', (body, expected) => {
    expect(update(body)).toEqual(expected);
  });
});
