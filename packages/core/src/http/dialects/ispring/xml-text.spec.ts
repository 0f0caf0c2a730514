import { decodeXmlText, escapeXmlText, isXmlText } from './xml-text';

describe('escapeXmlText', () => {
  it('escapes markup characters and carriage returns only', () => {
    expect(escapeXmlText(`<b>&'"]]>`)).toBe(`&lt;b&gt;&amp;'"]]&gt;`);
    expect(escapeXmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc');
    expect(escapeXmlText('&amp;')).toBe('&amp;amp;');
    expect(escapeXmlText('Zoë 😀')).toBe('Zoë 😀');
  });

  it('replaces what XML cannot carry with U+FFFD', () => {
    expect(escapeXmlText('a\u0000b\u0001c\uFFFEd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXmlText('x\uD800y')).toBe('x\uFFFDy');
  });
});

describe('decodeXmlText', () => {
  it('decodes the predefined entities and character references', () => {
    expect(decodeXmlText('&lt;b&gt;&amp;&quot;&apos;')).toBe(`<b>&"'`);
    expect(decodeXmlText('&#60;&#x3C;&#x1F600;')).toBe('<<😀');
    expect(decodeXmlText('&amp;lt;')).toBe('&lt;');
    expect(decodeXmlText('plain')).toBe('plain');
  });

  it('refuses unknown entities and references to characters XML forbids', () => {
    expect(decodeXmlText('&foo;')).toBeNull();
    expect(decodeXmlText('&constructor;')).toBeNull();
    expect(decodeXmlText('&#0;')).toBeNull();
    expect(decodeXmlText('&#xD800;')).toBeNull();
    expect(decodeXmlText('&#x110000;')).toBeNull();
    expect(decodeXmlText('a & b')).toBeNull();
  });
});

describe('isXmlText', () => {
  it('tells XML characters from the others', () => {
    expect(isXmlText('<fields>\t\n\r</fields>')).toBe(true);
    expect(isXmlText('a\u0008b')).toBe(false);
  });
});
