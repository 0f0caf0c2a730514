import fc from 'fast-check';
import { hostileString } from './hostile-text';

/**
 * Hostile XML documents for a header that carries XML (ispring's `X-Fields-Xml`): entity bombs,
 * external entities and DTDs, and malformed or oversized documents around plausible fields.
 */

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE fields [<!ENTITY a "aaaaaaaaaa">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join(
    '',
  ) +
  ']><fields><first_name>&j;</first_name></fields>';

/** Documents no safe parser may expand or fetch from. */
export const XML_ATTACKS: readonly string[] = [
  BILLION_LAUGHS,
  '<?xml version="1.0"?><!DOCTYPE fields [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><fields><first_name>&xxe;</first_name></fields>',
  '<!DOCTYPE fields [<!ENTITY xxe SYSTEM "http://127.0.0.1:1/x">]><fields><email>&xxe;</email></fields>',
  '<!DOCTYPE fields [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]><fields/>',
  '<!DOCTYPE fields SYSTEM "file:///dev/random"><fields/>',
  '<!DOCTYPE fields PUBLIC "-//X//Y" "http://127.0.0.1:1/y.dtd"><fields/>',
  '<fields><!ENTITY x "y"><first_name>&x;</first_name></fields>',
  '<!DOCTYPE fields [<!ENTITY q "<first_name>injected</first_name>">]><fields>&q;</fields>',
  '<!DOCTYPE fields [<!ELEMENT fields ANY>]><fields/>',
  '<?xml version="1.0" encoding="UTF-7"?><fields>+ADw-first_name+AD4-x+ADw-/first_name+AD4-</fields>',
  '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd"/>',
  '<fields><first_name>&amp;&lt;&#0;&#xD800;&#x110000;&unknown;</first_name></fields>',
  '<fields><first_name><![CDATA[<b>&]]></first_name></fields>',
  '<fields><first_name>a</first_name><first_name>b</first_name></fields>',
  '<fields><first_name><b>nested</b></first_name></fields>',
  '<fields><password/></fields>',
  '<fields><email>a@example.com</email',
  '<fields>',
  '</fields>',
  '<fields/><fields/>',
  '<?xml-stylesheet href="file:///etc/passwd"?><fields/>',
  '<!-- <fields><first_name>x</first_name></fields> -->',
  '<fields xmlns="http://example.com/evil"><first_name>x</first_name></fields>',
  '<fields><__proto__>x</__proto__><constructor>y</constructor></fields>',
  '',
  ' ',
  'not xml',
  '\u0000<fields/>',
];

const FIELDS = ['login', 'email', 'first_name', 'last_name', 'password', 'unknown', 'userId', 'role'];

/** `<fields>` with any of the allowed children (and some that are not), holding hostile text, escaped or not. */
function fieldsDocument(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const child = fc.tuple(fc.constantFrom(...FIELDS), value, fc.boolean()).map(([name, text, escape]) => {
    const body = escape ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
    return `<${name}>${body}</${name}>`;
  });
  return fc
    .tuple(fc.boolean(), fc.array(child, { maxLength: 5 }))
    .map(
      ([declaration, children]) => `${declaration ? '<?xml version="1.0" encoding="UTF-8"?>' : ''}<fields>${children.join('')}</fields>`,
    );
}

/** Deep or wide documents: the parser must not recurse or allocate without bound. */
function oversized(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: 50, max: 5000 }).map((n) => `<fields>${'<a>'.repeat(n)}x${'</a>'.repeat(n)}</fields>`),
    fc.integer({ min: 100, max: 5000 }).map((n) => `<fields>${'<first_name>x</first_name>'.repeat(n)}</fields>`),
    fc.integer({ min: 1000, max: 60_000 }).map((n) => `<fields><first_name>${'x'.repeat(n)}</first_name></fields>`),
    fc
      .integer({ min: 10, max: 2000 })
      .map((n) => `<fields><first_name ${Array.from({ length: n }, (_, i) => `a${i}="v"`).join(' ')}>x</first_name></fields>`),
  );
}

/** A value for an XML-carrying header: attacks, oversized, or plausible `<fields>` with hostile text. */
export function hostileXml(plausibleText: fc.Arbitrary<string> = hostileString()): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...XML_ATTACKS) },
    { weight: 1, arbitrary: oversized() },
    { weight: 4, arbitrary: fieldsDocument(fc.oneof(plausibleText, hostileString())) },
  );
}
