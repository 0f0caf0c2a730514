import { bracketDepth, isJsonObject, own, parseJsonBody, parseJsonObject } from './json-body';
import { MAX_JSON_DEPTH } from './limits';

const body = (text: string) => Buffer.from(text, 'utf8');

describe('parseJsonBody', () => {
  it('parses JSON whatever it is', () => {
    expect(parseJsonBody(body('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonBody(body('[1]'))).toEqual({ ok: true, value: [1] });
    expect(parseJsonBody(body('null'))).toEqual({ ok: true, value: null });
  });

  it('tells empty, invalid and too deep apart', () => {
    expect(parseJsonBody(Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty' });
    expect(parseJsonBody(body('  \n'))).toEqual({ ok: false, reason: 'empty' });
    expect(parseJsonBody(body('{"a":'))).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJsonBody(Buffer.from([0x7b, 0xff, 0x7d]))).toEqual({ ok: false, reason: 'invalid' });
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(parseJsonBody(body(deep))).toEqual({ ok: false, reason: 'too_deep' });
    const limit = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJsonBody(body(limit)).ok).toBe(true);
  });

  it('survives a million open brackets without recursion', () => {
    expect(parseJsonBody(body('['.repeat(1_000_000)))).toEqual({ ok: false, reason: 'too_deep' });
  });
});

describe('parseJsonObject', () => {
  it('takes a JSON object only, and keeps the reasons of parseJsonBody', () => {
    expect(parseJsonObject(body('{"a":[1]}'))).toEqual({ ok: true, value: { a: [1] } });
    for (const text of ['[]', 'null', '"text"', '42', 'true']) {
      expect(parseJsonObject(body(text))).toEqual({ ok: false, reason: 'not_object' });
    }
    expect(parseJsonObject(Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty' });
    expect(parseJsonObject(body('{"a":'))).toEqual({ ok: false, reason: 'invalid' });
    const deep = `{"a":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
    expect(parseJsonObject(body(deep))).toEqual({ ok: false, reason: 'too_deep' });
  });
});

describe('bracketDepth', () => {
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(bracketDepth('{"a":"[[[{{{"}')).toBe(1);
    expect(bracketDepth('{"a":"\\"[[["}')).toBe(1);
    expect(bracketDepth('{"a":[{"b":[]}]}')).toBe(4);
  });
});

describe('own', () => {
  it('reads own properties only', () => {
    const parsed = JSON.parse('{"__proto__":{"x":1},"a":2}') as Record<string, unknown>;
    expect(own(parsed, 'a')).toBe(2);
    expect(own(parsed, 'constructor')).toBeUndefined();
    expect(own(parsed, '__proto__')).toEqual({ x: 1 });
    expect(isJsonObject(parsed)).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(null)).toBe(false);
  });
});
