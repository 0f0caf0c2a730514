import { XMLParser } from 'fast-xml-parser';
import { validationError } from '../../../errors';
import type { UpdateUserInput } from '../../../services';
import { decodeXmlText, isXmlText } from './xml-text';

/** What `X-Fields-Xml` may change. */
export type FieldsXml = Pick<UpdateUserInput, 'login' | 'email' | 'firstName' | 'lastName' | 'password'>;

const FIELD_NAMES: Readonly<Record<string, keyof FieldsXml>> = {
  login: 'login',
  email: 'email',
  first_name: 'firstName',
  last_name: 'lastName',
  password: 'password',
};

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
 * Reads `X-Fields-Xml`: one `<fields>` root with at most one each of `login`, `email`,
 * `first_name`, `last_name`, `password`, each holding text only. A DOCTYPE or any other markup
 * declaration is refused before the parser sees the document, so no entity is ever defined,
 * let alone expanded. Anything else unexpected → VALIDATION_FAILED (400 `Bad Request`).
 */
export function parseFieldsXml(xml: string | undefined): FieldsXml {
  if (xml === undefined || xml.length > MAX_XML_LENGTH || DECLARATION.test(xml) || !isXmlText(xml)) throw malformed();
  let document: unknown;
  try {
    document = parser.parse(xml, true);
  } catch {
    throw malformed();
  }
  const fields: Record<string, string | null> = {};
  const [root] = elementsOf(childNodes(document), 'fields');
  for (const field of elementsOf(childNodes(entry(root!)[1]))) {
    const [tag, children] = entry(field);
    const name = Object.hasOwn(FIELD_NAMES, tag) ? FIELD_NAMES[tag]! : undefined;
    if (name === undefined || Object.hasOwn(fields, name)) throw malformed();
    fields[name] = fieldValue(name, textOf(children));
  }
  return fields as FieldsXml;
}

function fieldValue(name: keyof FieldsXml, text: string): string | null {
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
  if (only !== undefined && (elements.length !== 1 || entry(elements[0]!)[0] !== only)) throw malformed();
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
