import { jsonAnswer } from '../../openapi/openapi-answers';
import type { DialectApiDescription, JsonSchema } from '../../openapi/openapi.types';
import type { healthRoutes } from './health.routes';

const status: JsonSchema = { type: 'string', enum: ['up', 'down'] };
const report: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'components'],
  properties: {
    status,
    components: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'durationMs'],
        properties: { status, durationMs: { type: 'integer', minimum: 0 } },
      },
    },
  },
};
const up = { status: 'up', components: { database: { status: 'up', durationMs: 1 } } };
const down = { status: 'down', components: { database: { status: 'down', durationMs: 3 } } };

/** The health routes for OpenAPI documents (docs/health.md): no credentials, JSON answers. */
export const HEALTH_API: DialectApiDescription<ReturnType<typeof healthRoutes>> = {
  description: 'Liveness and readiness of this Roster instance (database, shared limits store)',
  routes: {
    live: {
      summary: 'Liveness: the process answers (no I/O)',
      responses: { 200: jsonAnswer('Up', report, { status: 'up', components: {} }) },
    },
    ready: {
      summary: 'Readiness: the database and, when configured, the shared limits store answer',
      responses: { 200: jsonAnswer('Every component up', report, up), 503: jsonAnswer('A component down', report, down) },
    },
  },
};
