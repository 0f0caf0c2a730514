import fc from 'fast-check';
import { fixture } from '../conformance/conformance-fixture';

/** Values that fit the conformance bootstrap, so fuzzed requests authenticate and really write. */

const tenants = [fixture.acme, fixture.globex, fixture.tiny] as const;

/** Every password and API key secret of the bootstrap: no answer may ever contain one. */
export const FUZZ_SECRETS: readonly string[] = tenants.flatMap((tenant) => [
  ...Object.values(tenant.keys),
  ...Object.values(tenant.users).map((user) => user.password),
]);

export const KNOWN_EMAILS: readonly string[] = tenants.flatMap((tenant) => Object.values(tenant.users).map((user) => user.email));

export const ROLE_NAMES: readonly string[] = [
  'user',
  'publisher',
  'organizationAdministrator',
  'administrator',
  'owner',
  'Member',
  'root',
  'USER',
];

/** A new address (mostly), an existing one, or an existing one in another case or with spaces. */
export function emailAddress(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: 100_000 }).map((n) => `fuzz${n}@example.com`) },
    { weight: 1, arbitrary: fc.constantFrom(...KNOWN_EMAILS) },
    { weight: 1, arbitrary: fc.constantFrom(...KNOWN_EMAILS).map((email) => ` ${email.toUpperCase()} `) },
  );
}

/** A readable name, sometimes with the characters names really have. */
export function personName(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('Ada Lovelace', 'Jean-Luc Picard', "O'Brien", 'José Núñez', 'Zoë', '李 小龍', '<b>&', 'Mary  Ann', ' Trim '),
    fc.string({ minLength: 1, maxLength: 30 }),
  );
}

/** A JSON string literal of the given text. */
export const jsonText = (text: fc.Arbitrary<string>): fc.Arbitrary<string> => text.map((value) => JSON.stringify(value));
