import { actors, idOf, setupIspring, type IspringHarness } from './ispring.fixture';

const TEXT = 'text/plain; charset=utf-8';

describe('ispring DELETE /user/{id}', () => {
  let harness: IspringHarness;
  beforeEach(async () => {
    harness = await setupIspring();
  });

  const remove = (id: number | string, as = actors.admin) => harness.send('DELETE', `/user/${id}`, { as });
  const expectAnswer = (answer: { status: number; text: string; headers: Record<string, string> }, status: number, text: string) =>
    expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([status, text, TEXT]);

  it('answers 204 with no body, and the user is gone', async () => {
    const east = await idOf(harness, actors.eastUser.email);
    const answer = await remove(east);
    expect([answer.status, answer.text, answer.headers]).toEqual([204, '', {}]);
    expectAnswer(await harness.send('GET', `/user/${east}`), 404, 'Unknown User');
    expectAnswer(await remove(east), 404, 'Unknown user');
  });

  it('answers 404 Unknown user for an unknown id or a user outside the scope', async () => {
    const support = await idOf(harness, actors.supportUser.email);
    expectAnswer(await remove(999), 404, 'Unknown user');
    expectAnswer(await remove('x1'), 404, 'Unknown user');
    expectAnswer(await remove(support, actors.salesAdmin), 404, 'Unknown user');
    expectAnswer(await remove(support, actors.globex), 404, 'Unknown user');
    expect((await harness.send('GET', `/user/${support}`)).status).toBe(200);
  });

  it('answers 403 Permission Denied for a user ranked above the actor', async () => {
    const owner = await idOf(harness, actors.owner.email);
    const admin = await idOf(harness, actors.admin.email);
    expectAnswer(await remove(owner), 403, 'Permission Denied');
    expectAnswer(await remove(admin, actors.salesAdmin), 404, 'Unknown user');
    expect((await harness.send('GET', `/user/${owner}`)).status).toBe(200);
  });

  it('lets an organization administrator delete inside its subtree, and gives the seat back', async () => {
    expect((await remove(await idOf(harness, actors.eastUser.email), actors.salesAdmin)).status).toBe(204);
    const create = (email: string) => harness.send('POST', '/user', { as: actors.tiny, headers: { 'X-Email': email } });
    const created = await create('one@tiny.example.net');
    expect((await create('two@tiny.example.net')).status).toBe(403);
    expect((await harness.send('DELETE', `/user/${created.text}`, { as: actors.tiny })).status).toBe(204);
    expect((await create('two@tiny.example.net')).status).toBe(201);
  });
});
