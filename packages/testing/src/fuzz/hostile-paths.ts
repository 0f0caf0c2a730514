import fc from 'fast-check';
import { hostileString } from './hostile-text';

/**
 * Path parameters as they arrive at a route: still percent-encoded (the route matcher decodes
 * them), never containing a raw `/` (that would be another path).
 */

const ENCODED_TRICKS: readonly string[] = [
  '%2F',
  'a%2Fb',
  '%2e%2e',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '1%00',
  '%00%00',
  '%',
  '%2',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '%FF',
  '%F0%9F%98%80',
  '%20',
  '%201',
  '1%20',
  '%0A',
  '%0D%0A',
  '%3Cscript%3E',
  '%25',
  '%2525',
  '%u0041',
  '1;a=b',
  '1?x',
  '1#x',
  '1.0',
  '1e2',
  '0x1',
  '-1',
  '0',
  '00',
  '+1',
  '1,2',
  '9007199254740993',
  '99999999999999999999',
  'usr_',
  'usr_%00',
  'usr_x',
  'usr_..',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
];

/** `encodeURIComponent`, but a lone surrogate (which it refuses) passes through as it is. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/\//g, '%2F');
  }
}

/**
 * A path segment: mostly one of the preferred ids, else a known one (so routes are reached for
 * real), an integer, a percent-encoded trick, hostile text (encoded), or a very long segment.
 */
export function pathSegment(knownIds: readonly string[], preferredIds: readonly string[] = []): fc.Arbitrary<string> {
  const known = knownIds.length > 0 ? fc.constantFrom(...knownIds) : fc.constant('1');
  const preferred = preferredIds.length > 0 ? fc.constantFrom(...preferredIds) : known;
  return fc
    .oneof(
      { weight: 6, arbitrary: preferred },
      { weight: 2, arbitrary: known },
      { weight: 2, arbitrary: fc.integer({ min: -2, max: 40 }).map(String) },
      { weight: 2, arbitrary: fc.constantFrom(...ENCODED_TRICKS) },
      { weight: 2, arbitrary: hostileString().map(encode) },
      { weight: 1, arbitrary: fc.integer({ min: 256, max: 20_000 }).map((n) => '9'.repeat(n)) },
      { weight: 1, arbitrary: fc.integer({ min: 256, max: 20_000 }).map((n) => '%00'.repeat(Math.ceil(n / 3))) },
    )
    .map((segment) => (segment === '' ? '%20' : segment.replace(/\//g, '%2F')));
}

/** A concrete path for a route pattern (`/user/:id`): parameters filled, trailing slash sometimes. */
export function routePath(pattern: string, segment: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const names = pattern.split('/').filter((part) => part.startsWith(':'));
  return fc.tuple(fc.array(segment, { minLength: names.length, maxLength: names.length }), fc.boolean()).map(([values, slash]) => {
    let index = 0;
    const path = pattern
      .split('/')
      .map((part) => (part.startsWith(':') ? values[index++]! : part))
      .join('/');
    return slash ? `${path}/` : path;
  });
}
