import { expect } from '@jest/globals';
import { fixture } from './conformance-fixture';
import { USER_SCHEMA, type ScimAnswer, type ScimSend } from './scim-client';

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export const groupFilter = (filter: string): string => `/Groups?filter=${encodeURIComponent(filter)}`;
export const resources = (answer: ScimAnswer) => answer.json.Resources as Record<string, unknown>[];
export const memberIds = (answer: ScimAnswer) => ((answer.json.members ?? []) as { value: string }[]).map((member) => member.value).sort();

/** Creates an active acme user `<local>@acme.example.com` through SCIM (as `key`) and answers its id. */
export function scimUserCreator(send: ScimSend): (local: string, given: string, key?: string) => Promise<string> {
  return async (local, given, key = fixture.acme.keys.admin) => {
    const answer = await send('POST', '/Users', {
      key,
      body: {
        schemas: [USER_SCHEMA],
        userName: `${local}@acme.example.com`,
        name: { givenName: given, familyName: 'Member' },
        active: true,
      },
    });
    expect(answer.status).toBe(201);
    return answer.json.id as string;
  };
}
