import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { openApiDocument } from '../../openapi/openapi-document';
import { adminDialect } from './index';
import { ADMIN_ROUTES } from './admin.routes';

describe('admin OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document of every operation route, from the route table', async () => {
    const document = openApiDocument([adminDialect], { title: 'Roster admin API', version: '1' });
    await expect(SwaggerParser.validate(structuredClone(document) as unknown as OpenAPI.Document)).resolves.toBeDefined();
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = ADMIN_ROUTES.filter((route) => route.method !== '*').map(
      (route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`,
    );
    expect(operations.sort()).toEqual(expected.sort());
  }, 30_000);

  it('describes every error answer as application/problem+json and every answer with X-Request-Id', () => {
    const document = openApiDocument([adminDialect], { title: 'Roster admin API', version: '1' });
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item)) {
        const responses = operation.responses as Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
        for (const [status, answer] of Object.entries(responses)) {
          if (Number(status) >= 400) expect(Object.keys(answer.content ?? {})).toEqual(['application/problem+json']);
          expect(Object.keys(answer.headers ?? {})).toContain('X-Request-Id');
        }
      }
    }
  });
});
