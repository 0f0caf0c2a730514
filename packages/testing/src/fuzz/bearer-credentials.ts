import fc from 'fast-check';
import { fixture } from '../conformance/conformance-fixture';
import { hostileString, longString } from './hostile-text';

/** Every API key of the bootstrap, of every role and tenant. */
export const BOOTSTRAP_KEYS: readonly string[] = [...Object.values(fixture.acme.keys), fixture.globex.keys.admin, fixture.tiny.keys.admin];

/**
 * `Authorization` headers: mostly a real key (of any role, so permission checks run), else
 * none, a malformed scheme, a near-miss key, or hostile text.
 */
export function bearerHeaders(): fc.Arbitrary<Record<string, string>> {
  const key = fc.constantFrom(...BOOTSTRAP_KEYS);
  const hostile = fc.oneof(
    hostileString().map((text) => `Bearer ${text}`),
    key.map((secret) => `Bearer ${secret.slice(0, -1)}`),
    key.map((secret) => `Bearer ${secret} ${secret}`),
    key.map((secret) => `Basic ${secret}`),
    key.map((secret) => `bearer\t${secret}`),
    key.map((secret) => `Bearer ${secret.toUpperCase()}`),
    longString(32 * 1024).map((text) => `Bearer ${text}`),
    fc.constantFrom('', 'Bearer', 'Bearer ', 'Bearer {"$ne":null}', 'Bearer null', 'Bearer \u0000'),
  );
  return fc.oneof(
    { weight: 12, arbitrary: key.map((secret) => ({ authorization: `Bearer ${secret}` })) },
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 2, arbitrary: hostile.map((value) => ({ authorization: value })) },
  );
}
