import { describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { describeIspringAuth } from './ispring-auth.conformance';
import { describeIspringCreate } from './ispring-create.conformance';
import { describeIspringRead } from './ispring-read.conformance';
import { describeIspringWrite } from './ispring-write.conformance';
import { expectNoSecrets, expectText, expectXml, ispringActors as actors, useIspringHost } from './ispring-wire';

/** The ispring dialect over HTTP (docs/dialects/ispring.md), against any host that mounts it at the root. */
export function describeIspringConformance(startHost: StartConformanceHost): void {
  describe('ispring', () => {
    describeIspringAuth(startHost);
    describeIspringCreate(startHost);
    describeIspringRead(startHost);
    describeIspringWrite(startHost);
    describeIspringTransport(startHost);
  });
}

function describeIspringTransport(startHost: StartConformanceHost): void {
  describe('ispring transport', () => {
    const { send, answers } = useIspringHost(startHost);

    it('a request body over 1 MiB → 413 Bad Request', async () => {
      const answer = await send('POST', '/user', { headers: { 'X-Email': 'big@acme.example.com' }, body: 'x'.repeat(1024 * 1024 + 1) });
      expectText(answer, 413, 'Bad Request');
    });

    it('request bodies are ignored', async () => {
      const answer = await send('POST', '/user', {
        headers: { 'X-Email': 'bodied@acme.example.com', 'Content-Type': 'application/json' },
        body: '{"email":"other@acme.example.com"',
      });
      expect({ status: answer.status, body: /^[1-9]\d*$/.test(answer.text) }).toEqual({ status: 201, body: true });
    });

    it('header names are case-insensitive', async () => {
      const answer = await send('GET', '/user', {
        as: null,
        headers: {
          'x-auth-account-url': actors.admin.accountUrl,
          'X-AUTH-EMAIL': actors.admin.email,
          'x-Auth-Password': actors.admin.password,
        },
      });
      expect(expectXml(answer)).toContain('<users><userProfile>');
    });

    it('no answer carries a password or a hash', () => expectNoSecrets(answers));
  });
}
