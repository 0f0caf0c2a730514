import { XMLParser } from 'fast-xml-parser';
import { validationError } from '../../../errors';
import type { SchemaField } from '../../../domain';
import type { UpdateUserInput } from '../../../services';
import { decodeXmlText, isXmlText } from './xml-text';

/**
 * What `X-Fields-Xml` may change: the fields with an input of their own, and every other field of
 * the tenant's schema as a profile value by its name (the core checks the name and the value).
 */
export type FieldsXml = Pick<UpdateUserInput, 'login' | 'email' | 'firstName' | 'lastName' | 'password'> & {
  /** Present when the document has any other field. */
  readonly profile?: Readonly<Record<string, string>>;
};

type OwnField = 'login' | 'email' | 'firstName' | 'lastName' | 'password';
const OWN_FIELDS: ReadonlyMap<string, OwnField> = new Map([
  ['login', 'login'],
  ['email', 'email'],
  ['first_name', 'firstName'],
  ['last_name', 'lastName'],
  ['password', 'password'],
]);

/** Far above any real `<fields>` (Node caps all headers at 16 KiB by default). */
const MAX_XML_LENGTH = 64 * 1024;
/** Markup declarations (`<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT`…): anything `<!` but comments and CDATA. */
const DECLARATION = /<!(?!--|\[CDATA\[)/;
const CDATA = '#cdata';
const TEXT = '#text';

// Entity expansion off, values kept as strings exactly as sent (whitespace included), node order kept.
const parser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still honoured by fast-xml-parser 5; moving to entityDecoder is its own change
  htmlEntities: false,
  parseTagValue: false,
  trimValues: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
  maxNestedTags: 8,
});

type XmlNode = Record<string, unknown>;
const malformed = () => validationError([{ field: 'x-fields-xml', message: 'is not a valid <fields> document' }]);

/**
 * Reads `X-Fields-Xml`: one `<fields>` root whose children each appear at most once and hold
 * text only: `login`, `email`, `first_name`, `last_name`, `password`, and any other name as a
 * profile value when `schema` (the tenant's profile-field schema) has a field of that name (names
 * are case-sensitive; without a schema only the five above are known). A DOCTYPE or any other markup
 * declaration is refused before the parser sees the document, so no entity is ever defined,
 * let alone expanded. Anything else unexpected → VALIDATION_FAILED (400 `Bad Request`).
 */
export function parseFieldsXml(xml: string | undefined, schema: readonly SchemaField[] = []): FieldsXml {
  const known = new Set(schema.map((field) => field.name));
  if (xml === undefined || xml.length > MAX_XML_LENGTH || DECLARATION.test(xml) || !isXmlText(xml)) throw malformed();
  let document: unknown;
  try {
    document = parser.parse(xml, true);
  } catch {
    throw malformed();
  }
  const fields: Record<string, string | null> = {};
  const profile = new Map<string, string>();
  const seen = new Set<string>();
  const [root] = elementsOf(childNodes(document), 'fields');
  if (root === undefined) throw malformed();
  for (const field of elementsOf(childNodes(entry(root)[1]))) {
    const [tag, children] = entry(field);
    if (seen.has(tag)) throw malformed();
    seen.add(tag);
    const own = OWN_FIELDS.get(tag);
    if (own === undefined && !known.has(tag)) throw malformed();
    if (own === undefined) profile.set(tag, textOf(children));
    else fields[own] = fieldValue(own, textOf(children));
  }
  const own = fields as Omit<FieldsXml, 'profile'>;
  return profile.size === 0 ? own : { ...own, profile: Object.fromEntries(profile) };
}

/**
 * The value `X-Fields-Xml` holds for `login` or `email`, as the update reads it, whatever other
 * fields the document has; undefined when the document is unreadable or lacks the field. For
 * answers that echo what the client sent (the document was already checked by then).
 */
export function sentFieldValue(xml: string | undefined, name: 'login' | 'email'): string | null | undefined {
  try {
    const [root] = elementsOf(childNodes(parser.parse(xml ?? '', true)), 'fields');
    if (root === undefined) return undefined;
    const field = elementsOf(childNodes(entry(root)[1])).find((node) => entry(node)[0] === name);
    return field === undefined ? undefined : fieldValue(name, textOf(entry(field)[1]));
  } catch {
    return undefined;
  }
}

function fieldValue(name: OwnField, text: string): string | null {
  if (name === 'password') return text;
  const trimmed = text.trim();
  // An empty login or e-mail clears it (the core refuses that for the tenant's identifying field).
  return trimmed === '' && (name === 'login' || name === 'email') ? null : trimmed;
}

function childNodes(value: unknown): XmlNode[] {
  if (!Array.isArray(value)) throw malformed();
  return value as XmlNode[];
}

function entry(node: XmlNode): [string, unknown] {
  const key = Object.keys(node).find((name) => name !== ':@');
  if (key === undefined) throw malformed();
  return [key, node[key]];
}

/** The element nodes among `nodes` (whitespace text between them is allowed); `only` requires exactly one, of that name. */
function elementsOf(nodes: XmlNode[], only?: string): XmlNode[] {
  const elements: XmlNode[] = [];
  for (const node of nodes) {
    const [name, value] = entry(node);
    if (name === TEXT && typeof value === 'string' && value.trim() === '') continue;
    if (name === TEXT || name === CDATA) throw malformed();
    elements.push(node);
  }
  if (only !== undefined && (elements.length !== 1 || elements[0] === undefined || entry(elements[0])[0] !== only)) throw malformed();
  return elements;
}

/** The text of a field: text (entities decoded) and CDATA sections (as they are), no elements. */
function textOf(children: unknown): string {
  let text = '';
  for (const child of childNodes(children)) {
    const [name, value] = entry(child);
    if (name === TEXT && typeof value === 'string') {
      const decoded = decodeXmlText(value);
      if (decoded === null) throw malformed();
      text += decoded;
    } else if (name === CDATA) {
      const [inner] = childNodes(value);
      const raw = inner === undefined ? '' : inner[TEXT];
      text += typeof raw === 'string' ? raw : '';
    } else throw malformed();
  }
  return text;
}
