import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { RosterError, type ErrorCode } from '@roster/core';
import {
  COURSELIT_ERRORS,
  courselitDialect,
  ispringDialect,
  OBJECTIVE_ERRORS,
  objectiveDialect,
  REST_V1_ERRORS,
  restV1Dialect,
  type AnswerDescription,
  type DialectPlugin,
  type ErrorTable,
} from '@roster/core/http';
import { ispringErrors } from '../../packages/core/src/http/dialects/ispring/ispring.errors';
import { documentedStatuses } from './docs-statuses';

const ROOT = join(__dirname, '..', '..');

/** Each dialect with the answers it can send: its page's status tables and its error table. */
const DIALECTS: readonly [DialectPlugin, ErrorTable][] = [
  [courselitDialect, COURSELIT_ERRORS],
  [ispringDialect, ispringErrors],
  [objectiveDialect, OBJECTIVE_ERRORS],
  [restV1Dialect, REST_V1_ERRORS],
];

interface Known {
  readonly status: number;
  readonly body: string;
}

function errorTableAnswers(table: ErrorTable): Known[] {
  return Object.entries(table).map(([code, answer]) => {
    const response = answer(new RosterError(code as ErrorCode, code, { issues: [], retryAfterSeconds: 1 }));
    return { status: response.status, body: Buffer.from(response.body ?? '').toString('utf8') };
  });
}

/** A documented body with `…` matches any text in its place. */
const matches = (pattern: string, body: string): boolean =>
  new RegExp(
    `^${pattern
      .split('…')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  ).test(body);

/** The bodies an answer's description promises: its example, and for plain text every listed text. */
function bodiesOf(answer: AnswerDescription): string[] {
  const content = answer.content;
  if (content === undefined) return [''];
  if (content.type === 'application/json') return content.example === undefined ? [] : [JSON.stringify(content.example)];
  const schema = content.schema as { const?: string; enum?: string[] };
  return content.type === 'text/plain' ? (schema.enum ?? (schema.const === undefined ? [] : [schema.const])) : [];
}

describe('each status an OpenAPI description documents is an answer the dialect sends', () => {
  describe.each(DIALECTS.map(([plugin, table]) => [plugin.name, plugin, table] as const))('%s', (name, plugin, table) => {
    const page = readFileSync(join(ROOT, 'docs', 'dialects', `${name}.md`), 'utf8');
    const known: Known[] = [...documentedStatuses(page), ...errorTableAnswers(table)];
    const routes = Object.entries(plugin.api!.routes);

    const methodOf = (route: string) => plugin.routes.find((entry) => entry.name === route)!.method;

    it.each(routes)('%s', (route, description) => {
      for (const [code, answer] of Object.entries(description.responses)) {
        const status = Number(code);
        if (status < 400) {
          // Successes stand in the pages' route tables and sections (`200 {…}`, `| created | 201 |`).
          expect({ status, documented: new RegExp(`\\b${status}\\b`).test(page) }).toEqual({ status, documented: true });
          continue;
        }
        const sameStatus = known.filter((entry) => entry.status === status);
        expect({ status, known: sameStatus.length > 0 }).toEqual({ status, known: true });
        // A HEAD answer is GET's without the body: only its status is on the wire.
        for (const body of methodOf(route) === 'HEAD' ? [] : bodiesOf(answer)) {
          expect({ status, body, sent: sameStatus.some((entry) => matches(entry.body, body)) }).toEqual({ status, body, sent: true });
        }
      }
    });
  });
});
