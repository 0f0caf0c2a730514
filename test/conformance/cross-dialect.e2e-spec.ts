import express from 'express';
import { fixture, sendRequest, type ConformanceHost, type WireRequest } from '@roster/testing';
import { startExpressHost } from './express-hosts';

/** docs/dialects/common.md: all four dialects serve one store, and none sees another tenant's users. */
describe('one store behind four dialects (Express 5 example host)', () => {
  let host: ConformanceHost;
  beforeAll(async () => {
    host = await startExpressHost('Express 5', { express, database: 'memory' })();
  });
  afterAll(async () => {
    await host.close();
  });

  const send = (wire: WireRequest) => sendRequest(host.baseUrl, wire);
  const courselitCreate = (tenant: 'acme' | 'globex', email: string) =>
    send({
      method: 'POST',
      path: '/api/user',
      headers: { domain: tenant },
      body: JSON.stringify({ apikey: fixture[tenant].keys.admin, email, name: 'Cross Dialect' }),
    });
  const restEmails = async (key: string): Promise<string[]> => {
    const answer = await send({ method: 'GET', path: '/api/v1/users?limit=100', headers: { Authorization: `Bearer ${key}` } });
    expect(answer.status).toBe(200);
    return (JSON.parse(answer.text) as { data: { email: string }[] }).data.map((user) => user.email);
  };
  /** ispring's list as `email → userId`. */
  const ispringUsers = async (accountUrl: string, login: string, password: string): Promise<Map<string, number>> => {
    const answer = await send({
      method: 'GET',
      path: '/user',
      headers: { 'X-Auth-Account-Url': accountUrl, 'X-Auth-Email': login, 'X-Auth-Password': password },
    });
    expect(answer.status).toBe(200);
    const users = new Map<string, number>();
    for (const [, profile] of answer.text.matchAll(/<userProfile>([\s\S]*?)<\/userProfile>/g)) {
      const email = /<email>([^<]*)<\/email>/.exec(profile!)?.[1];
      const id = /<userId>(\d+)<\/userId>/.exec(profile!)?.[1];
      if (email !== undefined && id !== undefined) users.set(email, Number(id));
    }
    return users;
  };
  const acmeIspring = () => ispringUsers(fixture.acme.accountUrl, fixture.acme.users.admin.email, fixture.acme.users.admin.password);
  const globexIspring = () => ispringUsers(fixture.globex.accountUrl, fixture.globex.users.boss.login, fixture.globex.users.boss.password);

  it('a user created through courselit is listed by rest-v1 and ispring, and read by objective', async () => {
    expect((await courselitCreate('acme', 'Crossing@Example.com')).status).toBe(200);
    expect(await restEmails(fixture.acme.keys.admin)).toContain('crossing@example.com');
    const id = (await acmeIspring()).get('crossing@example.com');
    expect(id).toEqual(expect.any(Number));
    const objective = await send({
      method: 'GET',
      path: `/api/users/${id}`,
      headers: { Authorization: `Bearer ${fixture.acme.keys.admin}` },
    });
    expect(objective.status).toBe(200);
    expect(JSON.parse(objective.text)).toMatchObject({
      id,
      email: 'crossing@example.com',
      first_name: 'Cross',
      last_name: 'Dialect',
      role: 'Member',
    });
  });

  it('profile values written through ispring are read by rest-v1 (`profile`) and objective (`phone_number`)', async () => {
    expect((await courselitCreate('acme', 'profiled@example.com')).status).toBe(200);
    const id = (await acmeIspring()).get('profiled@example.com');
    const update = await send({
      method: 'POST',
      path: `/user/${id}`,
      headers: {
        'X-Auth-Account-Url': fixture.acme.accountUrl,
        'X-Auth-Email': fixture.acme.users.admin.email,
        'X-Auth-Password': fixture.acme.users.admin.password,
        'X-Fields-Xml': '<fields><phone>123-31-23</phone><city>Zürich</city><EMP_CODE>E-7</EMP_CODE></fields>',
      },
    });
    expect(update.status).toBe(200);
    const objective = await send({
      method: 'GET',
      path: `/api/users/${id}`,
      headers: { Authorization: `Bearer ${fixture.acme.keys.admin}` },
    });
    expect(JSON.parse(objective.text)).toMatchObject({ id, phone_number: '123-31-23' });
    const list = await send({
      method: 'GET',
      path: '/api/v1/users?limit=100',
      headers: { Authorization: `Bearer ${fixture.acme.keys.admin}` },
    });
    const publicId = (JSON.parse(list.text) as { data: { id: string; email: string }[] }).data.find(
      (user) => user.email === 'profiled@example.com',
    )?.id;
    const rest = await send({
      method: 'GET',
      path: `/api/v1/users/${publicId}`,
      headers: { Authorization: `Bearer ${fixture.acme.keys.admin}` },
    });
    expect(JSON.stringify((JSON.parse(rest.text) as { data: { profile: unknown } }).data.profile)).toBe(
      '{"phone":"123-31-23","city":"Zürich","EMP_CODE":"E-7"}',
    );
  });

  it("no dialect sees another tenant's users", async () => {
    expect((await courselitCreate('globex', 'only.globex@example.org')).status).toBe(200);
    expect((await courselitCreate('acme', 'only.acme@example.com')).status).toBe(200);

    expect(await restEmails(fixture.acme.keys.admin)).not.toContain('only.globex@example.org');
    expect(await restEmails(fixture.globex.keys.admin)).toEqual(expect.arrayContaining(['only.globex@example.org']));
    expect(await restEmails(fixture.globex.keys.admin)).not.toContain('only.acme@example.com');

    const acme = await acmeIspring();
    const globex = await globexIspring();
    expect(acme.has('only.globex@example.org')).toBe(false);
    expect(globex.has('only.acme@example.com')).toBe(false);
    const globexId = globex.get('only.globex@example.org');
    expect(globexId).toEqual(expect.any(Number));

    // The same integer id in acme is, at most, another acme user.
    const objective = await send({
      method: 'GET',
      path: `/api/users/${globexId}`,
      headers: { Authorization: `Bearer ${fixture.acme.keys.admin}` },
    });
    expect(objective.text).not.toContain('only.globex@example.org');
    const ispring = await send({
      method: 'GET',
      path: `/user/${globexId}`,
      headers: {
        'X-Auth-Account-Url': fixture.acme.accountUrl,
        'X-Auth-Email': fixture.acme.users.admin.email,
        'X-Auth-Password': fixture.acme.users.admin.password,
      },
    });
    expect(ispring.text).not.toContain('only.globex@example.org');

    const patch = await send({
      method: 'PATCH',
      path: '/api/user',
      headers: { domain: 'acme' },
      body: JSON.stringify({ apikey: fixture.acme.keys.admin, email: 'only.globex@example.org', name: 'Intruder' }),
    });
    expect([patch.status, patch.text]).toEqual([404, '{"error":"User not found"}']);
    // Another tenant's key is no key here, whatever the domain says.
    const foreignKey = await send({
      method: 'POST',
      path: '/api/user',
      headers: { domain: 'acme' },
      body: JSON.stringify({ apikey: fixture.globex.keys.admin, email: 'sneaky@example.com' }),
    });
    expect(foreignKey.status).toBe(401);
  });
});
