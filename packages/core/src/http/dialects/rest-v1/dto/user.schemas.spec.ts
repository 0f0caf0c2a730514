import Ajv2020 from 'ajv/dist/2020';
import { DEFAULT_ROLE_CATALOG } from '../../../../domain';
import { RosterError } from '../../../../errors';
import type { RosterRequest } from '../../../http.types';
import { validateBody } from '../validation/validate-body';
import { validateDto } from '../../../validation/validate-dto';
import { CreateUserDto } from './create-user.dto';
import { ListUsersQuery } from './list-users.query';
import { UpdateUserDto } from './update-user.dto';
import { CREATE_USER_SCHEMA, LIST_USERS_QUERY_SCHEMAS, UPDATE_USER_SCHEMA } from './user.schemas';

/** The hand-written schemas of the OpenAPI document accept and refuse what the DTOs do. */
const ajv = new Ajv2020({ strict: true, validateFormats: false });
const request = (body: unknown): RosterRequest => ({
  method: 'POST',
  path: '/',
  query: {},
  headers: {},
  body: Buffer.from(JSON.stringify(body)),
});

function dtoAccepts(dto: new () => { role?: string }, body: unknown): boolean {
  try {
    validateBody(request(body), dto, DEFAULT_ROLE_CATALOG);
    return true;
  } catch (error) {
    if (RosterError.is(error, 'VALIDATION_FAILED')) return false;
    throw error;
  }
}

const valid = { email: 'jane@example.com', name: 'Jane' };
const sharedCases: readonly unknown[] = [
  { ...valid, role: 'user' },
  { ...valid, role: 7 },
  { ...valid, name: '' },
  { ...valid, name: 'x'.repeat(255) },
  { ...valid, name: 'x'.repeat(256) },
  { ...valid, name: 12 },
  { ...valid, name: null },
  { ...valid, settings: { theme: 'dark', notifications: false } },
  { ...valid, settings: { theme: 'blue' } },
  { ...valid, settings: { notifications: 'yes' } },
  { ...valid, settings: { theme: 'light', font: 'serif' } },
  { ...valid, settings: [] },
  { ...valid, settings: null },
  { ...valid, nickname: 'J' },
  { ...valid, email: 42 },
  [],
];

describe('rest-v1 body schemas agree with the DTOs', () => {
  const createCases = [
    valid,
    { email: 'jane@example.com' },
    { name: 'Jane' },
    {},
    { ...valid, password: 'a long password' },
    { ...valid, password: 'short' },
    { ...valid, password: 'p'.repeat(256) },
    { ...valid, status: 'active' },
    ...sharedCases,
  ];
  it.each(createCases.map((body) => [JSON.stringify(body), body]))('create %s', (_label, body) => {
    expect(ajv.validate(CREATE_USER_SCHEMA, body)).toBe(dtoAccepts(CreateUserDto, body));
  });

  const updateCases = [{}, { status: 'active' }, { status: 'gone' }, { password: 'a long password' }, { email: null }, ...sharedCases];
  it.each(updateCases.map((body) => [JSON.stringify(body), body]))('update %s', (_label, body) => {
    expect(ajv.validate(UPDATE_USER_SCHEMA, body)).toBe(dtoAccepts(UpdateUserDto, body));
  });
});

describe('rest-v1 list query schemas agree with ListUsersQuery', () => {
  const cases: readonly [keyof typeof LIST_USERS_QUERY_SCHEMAS, string, unknown][] = [
    ['page', '1', 1],
    ['page', '0', 0],
    ['page', '2147483647', 2147483647],
    ['page', '2147483648', 2147483648],
    ['limit', '100', 100],
    ['limit', '101', 101],
    ['limit', '0', 0],
    ['status', 'pending', 'pending'],
    ['status', 'gone', 'gone'],
    ['role', 'user', 'user'],
  ];
  it.each(cases)('%s=%s', (name, wire, typed) => {
    const { issues } = validateDto(ListUsersQuery, { [name]: wire }, { forbidUnknown: false });
    expect(ajv.validate(LIST_USERS_QUERY_SCHEMAS[name], typed)).toBe(issues.length === 0);
  });
});
