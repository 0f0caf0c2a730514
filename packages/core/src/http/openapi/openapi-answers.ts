import type { AnswerDescription, HeaderDescription, JsonSchema, ParameterDescription, SecuritySchemeDescription } from './openapi.types';

type Headers = Readonly<Record<string, HeaderDescription>>;

/** A JSON answer with its schema and the body a client sees. */
export function jsonAnswer(description: string, schema: JsonSchema, example: unknown, headers?: Headers): AnswerDescription {
  return { description, content: { type: 'application/json', schema, example }, ...(headers === undefined ? {} : { headers }) };
}

/** A plain-text answer whose body is one of `texts` (the first is the example). */
export function textAnswer(description: string, texts: readonly [string, ...string[]], headers?: Headers): AnswerDescription {
  const schema = texts.length === 1 ? { type: 'string', const: texts[0] } : { type: 'string', enum: texts };
  return { description, content: { type: 'text/plain', schema, example: texts[0] }, ...(headers === undefined ? {} : { headers }) };
}

/** An answer without a body. */
export function emptyAnswer(description: string, headers?: Headers): AnswerDescription {
  return { description, ...(headers === undefined ? {} : { headers }) };
}

/** A request or answer header. */
export function header(name: string, description: string, schema: JsonSchema = { type: 'string' }, required = false): ParameterDescription {
  return { name, in: 'header', description, schema, required };
}

/** `Retry-After`: whole seconds to wait. */
export const RETRY_AFTER: Headers = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } },
};

/** A JSON object schema closed to other keys. */
export function closedObject(properties: Readonly<Record<string, JsonSchema>>, required: readonly string[] = []): JsonSchema {
  return { type: 'object', properties, ...(required.length === 0 ? {} : { required }), additionalProperties: false };
}

/** A Roster API key sent as a Bearer token (objective, rest-v1). */
export const BEARER_API_KEY: SecuritySchemeDescription = { type: 'http', scheme: 'bearer', description: 'A Roster API key' };
