import { describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { expectText, expectXml, ispringActors, ispringClient, type IspringCredentials } from './ispring-wire';
import { keys, objectiveClient, TAKEN } from './objective-wire';
import { createRestUser, restClient, restIdOf, USERS } from './rest-v1-client';
import { useConformanceHost } from './use-conformance-host';

/**
 * docs/dialects/common.md over HTTP: the rules no single dialect's document states, seen through one host
 * that mounts the ispring, objective and rest-v1 dialects on one store.
 */
export function describeCommonConformance(startHost: StartConformanceHost): void {
  describe('common rules across dialects', () => {
    const baseUrl = useConformanceHost(startHost);
    const rest = restClient(baseUrl);
    const objective = objectiveClient(baseUrl);
    const { send: ispring } = ispringClient(baseUrl);
    const profile = async (id: number): Promise<string> => expectXml(await ispring('GET', `/user/${id}`, { as: ispringActors.owner }));
    const ispringCreate = async (email: string, password: string, role = 'user'): Promise<number> => {
      const answer = await ispring('POST', '/user', {
        headers: { 'X-Email': email, 'X-Password': password, 'X-Role': role, 'X-Send-Login-Email': '0' },
      });
      expect(answer.status).toBe(201);
      return Number(answer.text);
    };

    it('a user created without an organization joins the root organization; rest-v1 gives the lowest role by default', async () => {
      await createRestUser(rest, { email: 'root.rest@example.com', name: 'Rooted Rest' });
      const id = await objective.idOf('root.rest@example.com');
      expect(await profile(id)).toContain('<role>user</role><organizationId>1</organizationId>');
    });

    it('objective gives the lowest role whatever is sent, in the root organization; its id is the ispring id', async () => {
      const id = await objective.create({ email: 'root.objective@example.com', role: 'administrator', first_name: 'Obi' });
      const xml = await profile(id);
      expect(xml).toContain(`<userId>${id}</userId>`);
      expect(xml).toContain('<role>user</role><organizationId>1</organizationId>');
      expect(xml).toContain('<first_name>Obi</first_name>');
    });

    it('writing name sets first_name to the part before the first space and last_name to the rest', async () => {
      const restId = await createRestUser(rest, { email: 'split@example.com', name: 'Mary Ann Jones' });
      const id = await objective.idOf('split@example.com');
      expect(await objective.read(id)).toMatchObject({ first_name: 'Mary', last_name: 'Ann Jones' });
      expect((await rest('PUT', `${USERS}/${restId}`, { body: { name: 'Cher' } })).status).toBe(200);
      expect(await objective.read(id)).toMatchObject({ first_name: 'Cher', last_name: '' });
    });

    it('name is first_name + " " + last_name, trimmed', async () => {
      const id = await ispringCreate('names@example.com', 'names password 1');
      const update = (xml: string) => ispring('POST', `/user/${id}`, { headers: { 'X-Fields-Xml': `<fields>${xml}</fields>` } });
      const restName = async (): Promise<string> => {
        const answer = await rest('GET', `${USERS}/${await restIdOf(rest, 'names@example.com')}`);
        return answer.json.data.name as string;
      };
      expect((await update('<first_name>Ada</first_name><last_name>Lovelace</last_name>')).status).toBe(200);
      expect(await restName()).toBe('Ada Lovelace');
      expect((await update('<first_name>Ada</first_name><last_name></last_name>')).status).toBe(200);
      expect(await restName()).toBe('Ada');
    });

    it('e-mails are stored trimmed and lower-cased, and are unique per tenant whatever the dialect and case', async () => {
      await createRestUser(rest, { email: '  Mixed.Case@Example.COM ', name: 'Mixed Case' });
      const id = await objective.idOf('mixed.case@example.com');
      expect((await objective.read(id))['email']).toBe('mixed.case@example.com');
      const again = await ispring('POST', '/user', { headers: { 'X-Email': 'MIXED.case@example.com', 'X-Send-Login-Email': '0' } });
      expectText(again, 409, 'User with the same email is already registered.');
      const viaObjective = await objective.send('POST', '/api/users', { key: keys.admin, body: { email: 'Mixed.Case@example.com' } });
      expect([viaObjective.status, viaObjective.text]).toEqual([422, TAKEN]);
    });

    it('only active users can authenticate with a password: pending and inactive ones cannot', async () => {
      const password = 'status password 1';
      await createRestUser(rest, { email: 'pending.admin@example.com', name: 'Pending Admin', role: 'administrator', password });
      const as: IspringCredentials = { ...ispringActors.admin, email: 'pending.admin@example.com', password };
      expectText(await ispring('GET', '/user', { as }), 401, 'Unauthorized');
      const restId = await restIdOf(rest, 'pending.admin@example.com');
      expect((await rest('PUT', `${USERS}/${restId}`, { body: { status: 'active' } })).status).toBe(200);
      expectXml(await ispring('GET', '/user', { as }));
      expect((await rest('PUT', `${USERS}/${restId}`, { body: { status: 'inactive' } })).status).toBe(200);
      expectText(await ispring('GET', '/user', { as }), 401, 'Unauthorized');
    });
  });
}
