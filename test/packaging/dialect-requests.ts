import { expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { BOOTSTRAP } from './host-scripts';

const TENANT = BOOTSTRAP.tenants[0]!;
const KEY = TENANT.apiKeys[0]!.key;
const OWNER = TENANT.users[0]!;

/** One real request per dialect, sent as that platform's clients send it, and the answer checked. */
export async function expectFourDialects(baseUrl: string): Promise<void> {
  await expectCourselitCreate(baseUrl);
  await expectIspringList(baseUrl);
  await expectObjectiveShow(baseUrl);
  await expectRestV1Create(baseUrl, 'ann@packed.example.com');
}

async function expectCourselitCreate(baseUrl: string): Promise<void> {
  const email = 'jane@packed.example.com';
  const response = await fetch(`${baseUrl}/api/user`, {
    method: 'POST',
    headers: { domain: TENANT.name, 'Content-Type': 'application/json' },
    body: JSON.stringify({ apikey: KEY, email, name: 'Jane Doe' }),
  });
  expect({ status: response.status, body: await response.json() }).toEqual({
    status: 200,
    body: { email: createHash('md5').update(email).digest('hex') },
  });
}

/** Signs in as the bootstrap owner: the password hasher verified the hash it made at bootstrap. */
async function expectIspringList(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/user`, {
    headers: { 'X-Auth-Account-Url': TENANT.accountUrl, 'X-Auth-Email': OWNER.email, 'X-Auth-Password': OWNER.password },
  });
  const body = await response.text();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/xml/);
  expect(body).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<users><userProfile><userId>1<\/userId>/);
  expect(body).toContain(`<email>${OWNER.email}</email>`);
}

async function expectObjectiveShow(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/users/1`, { headers: { Authorization: `Bearer ${KEY}`, Accept: 'application/json' } });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ id: 1, email: OWNER.email, first_name: OWNER.firstName });
}

/** A create with a password: the host's hasher hashes it. */
export async function expectRestV1Create(baseUrl: string, email: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/users`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, name: 'Ann Lee', role: 'publisher', password: 'a password of hers' }),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { data: Record<string, unknown> };
  expect(body.data).toMatchObject({ email, name: 'Ann Lee', role: 'publisher' });
  expect(body.data['id']).toMatch(/^usr_/);
  expect(JSON.stringify(body)).not.toContain('password');
}
