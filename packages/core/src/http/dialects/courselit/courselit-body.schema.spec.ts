import Ajv2020 from 'ajv/dist/2020';
import { checkFields } from './courselit-fields.dto';
import { COURSELIT_BODY_SCHEMA } from './courselit.openapi';

/** The OpenAPI body schema accepts and refuses the optional fields as CourselitFieldsDto does. */
const ajv = new Ajv2020({ strict: true, validateFormats: false });
const base = { apikey: 'rk_key', email: 'jane@example.com' };

describe('courselit body schema agrees with the field checks', () => {
  const cases: readonly Record<string, unknown>[] = [
    {},
    { name: 'Jane' },
    { name: 'x'.repeat(255) },
    { name: 'x'.repeat(256) },
    { name: 5 },
    { name: null },
    { subscribedToUpdates: false },
    { subscribedToUpdates: 'yes' },
    { subscribedToUpdates: null },
    { permissions: ['community:post'] },
    { permissions: ['user:read'] },
    { permissions: ['nope'] },
    { permissions: 'community:post' },
    { permissions: [3] },
    { permissions: null },
    { unknown: 1 },
  ];
  it.each(cases.map((fields) => [JSON.stringify(fields), fields]))('%s', (_label, fields) => {
    expect(ajv.validate(COURSELIT_BODY_SCHEMA, { ...base, ...fields })).toBe(checkFields({ ...base, ...fields }).ok);
  });

  it('requires the e-mail, and a non-empty key when the body carries one (it may come in x-api-key instead)', () => {
    expect(ajv.validate(COURSELIT_BODY_SCHEMA, { email: 'a@b.example' })).toBe(true);
    expect(ajv.validate(COURSELIT_BODY_SCHEMA, { apikey: 'k' })).toBe(false);
    expect(ajv.validate(COURSELIT_BODY_SCHEMA, { apikey: '', email: 'a@b.example' })).toBe(false);
    expect(ajv.validate(COURSELIT_BODY_SCHEMA, { apikey: 'k', email: '' })).toBe(false);
  });
});
