import { RosterError } from '../../../errors';
import { parseFieldsXml } from './fields-xml.parser';

const refused = (xml: string | undefined): void => {
  let caught: unknown;
  try {
    parseFieldsXml(xml);
  } catch (error) {
    caught = error;
  }
  expect(RosterError.is(caught, 'VALIDATION_FAILED')).toBe(true);
};

describe('parseFieldsXml', () => {
  it('reads the five fields', () => {
    const xml =
      '<fields><login>jdoe</login><email>John@Example.com</email><first_name>John</first_name>' +
      '<last_name>Doe</last_name><password>s3cret</password></fields>';
    expect(parseFieldsXml(xml)).toEqual({
      login: 'jdoe',
      email: 'John@Example.com',
      firstName: 'John',
      lastName: 'Doe',
      password: 's3cret',
    });
  });

  it('accepts a declaration, comments, whitespace and an empty document', () => {
    expect(
      parseFieldsXml('<?xml version="1.0" encoding="UTF-8"?>\n<fields>\n  <!-- hi -->\n  <first_name>A</first_name>\n</fields>\n'),
    ).toEqual({ firstName: 'A' });
    expect(parseFieldsXml('<fields/>')).toEqual({});
    expect(parseFieldsXml('<fields></fields>')).toEqual({});
  });

  it('decodes entities and keeps CDATA as it is', () => {
    expect(parseFieldsXml('<fields><first_name>&lt;b&gt;&amp;</first_name></fields>')).toEqual({ firstName: '<b>&' });
    expect(parseFieldsXml('<fields><first_name><![CDATA[<b>&amp;]]></first_name></fields>')).toEqual({ firstName: '<b>&amp;' });
    expect(parseFieldsXml('<fields><last_name>a<![CDATA[&]]>&#98;</last_name></fields>')).toEqual({ lastName: 'a&b' });
  });

  it('trims names, login and e-mail but never the password', () => {
    expect(parseFieldsXml('<fields><first_name>  Zoë </first_name><password> p w </password></fields>')).toEqual({
      firstName: 'Zoë',
      password: ' p w ',
    });
  });

  it('keeps numbers as text', () => {
    expect(parseFieldsXml('<fields><login>007</login><first_name>1e3</first_name></fields>')).toEqual({ login: '007', firstName: '1e3' });
  });

  it('turns an empty login or e-mail into null (clearing it)', () => {
    expect(parseFieldsXml('<fields><login></login><email> </email><last_name/></fields>')).toEqual({
      login: null,
      email: null,
      lastName: '',
    });
  });

  it('refuses a missing, empty or non-XML value', () => {
    refused(undefined);
    refused('');
    refused('first_name=John');
    refused('<fields><first_name>John</fields>');
    refused('<fields><first_name>a & b</first_name></fields>');
  });

  it('refuses any DOCTYPE or entity declaration, before parsing', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      '<fields><first_name>&lol3;</first_name></fields>';
    refused(laughs);
    refused('<!DOCTYPE fields [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><fields><first_name>&xxe;</first_name></fields>');
    refused('<!doctype fields><fields/>');
    refused('<fields><!ENTITY x "y"><first_name>a</first_name></fields>');
    refused('<!DOCTYPE fields SYSTEM "http://example.com/fields.dtd"><fields/>');
  });

  it('refuses undeclared entities', () => {
    refused('<fields><first_name>&xxe;</first_name></fields>');
    refused('<fields><first_name>&nbsp;</first_name></fields>');
  });

  it('refuses another root, a second root, stray text and nested elements', () => {
    refused('<user><first_name>A</first_name></user>');
    refused('<fields/><fields/>');
    refused('<fields/><other/>');
    refused('<fields>text<first_name>A</first_name></fields>');
    refused('<fields><first_name><b>A</b></first_name></fields>');
    refused('<fields><![CDATA[x]]></fields>');
  });

  it('refuses unknown and repeated fields', () => {
    refused('<fields><role>owner</role></fields>');
    refused('<fields><__proto__>x</__proto__></fields>');
    refused('<fields><toString>x</toString></fields>');
    refused('<fields><first_name>A</first_name><first_name>B</first_name></fields>');
  });

  it('refuses characters XML forbids and oversized documents', () => {
    refused('<fields><first_name>a\u0001b</first_name></fields>');
    refused(`<fields><first_name>${'a'.repeat(70 * 1024)}</first_name></fields>`);
    refused(`${'<fields>'.repeat(20)}${'</fields>'.repeat(20)}`);
  });
});
