import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { openApiDocument, openApiPath, type DialectPlugin } from '@roster/core/http';
import { conformanceBootstrap, fastFakeHasher } from '@roster/testing';
import { hostDialects } from '../../examples/nestjs-host/src/host-dialects';
import { startNestHost, type RunningNestHost } from '../../examples/nestjs-host/src/nest-host';
import { loadedNestVersion } from './nest-version';

interface Operation {
  operationId?: string;
  tags?: string[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: object }>;
  security?: object[];
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { securitySchemes?: object };
}

const plugins: DialectPlugin[] = hostDialects(1000).map((mount) => ('dialect' in mount ? mount.dialect : mount));
/** What the route tables say: every route but the `*` fallbacks, at each plugin's default prefix (the root but scim's). */
const tableOperations = plugins.flatMap((plugin) =>
  plugin.routes
    .filter((route) => route.method !== '*')
    .map((route) => `${route.method} ${openApiPath(`${plugin.defaultPrefix ?? ''}${route.path}`)}`),
);

/** The NestJS example host's Swagger document, over real HTTP. */
describe(`the NestJS ${loadedNestVersion()} example host's /api-docs`, () => {
  let host: RunningNestHost;
  let document: Document;
  beforeAll(async () => {
    host = await startNestHost({ port: 0, bootstrap: conformanceBootstrap, databaseUrl: 'memory', passwordHasher: fastFakeHasher() });
    const answer = await fetch(`${host.baseUrl}/api-docs-json`);
    expect(answer.status).toBe(200);
    document = (await answer.json()) as Document;
  }, 60_000);
  afterAll(() => host?.close(), 30_000);

  it('lists every route of every mounted dialect, exactly the route tables, beside the host’s own', () => {
    const listed = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed.filter((operation) => operation !== 'GET /health').sort()).toEqual([...tableOperations].sort());
    expect(listed).toContain('GET /health');
  }, 30_000);

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as unknown as OpenAPI.Document)).resolves.toBeDefined();
  }, 30_000);

  it('gives each route the parameters, answers, content types and security of core’s document', () => {
    const core = openApiDocument(plugins, { title: 'core', version: '1' }) as unknown as Document;
    for (const [path, item] of Object.entries(core.paths)) {
      for (const [method, expected] of Object.entries(item)) {
        const actual = document.paths[path]![method]!;
        const where = `${method.toUpperCase()} ${path}`;
        expect({ where, id: actual.operationId, tags: actual.tags }).toEqual({ where, id: expected.operationId, tags: expected.tags });
        const names = (operation: Operation) => (operation.parameters ?? []).map((parameter) => `${parameter.in}:${parameter.name}`).sort();
        expect({ where, parameters: names(actual) }).toEqual({ where, parameters: names(expected) });
        const answers = (operation: Operation) =>
          Object.fromEntries(Object.entries(operation.responses).map(([status, answer]) => [status, Object.keys(answer.content ?? {})]));
        expect({ where, answers: answers(actual) }).toEqual({ where, answers: answers(expected) });
        expect({ where, security: actual.security }).toEqual({ where, security: expected.security });
      }
    }
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual([
      'admin-bearer',
      'objective-bearer',
      'rest-v1-bearer',
      'scim-bearer',
    ]);
  }, 30_000);

  it('serves Swagger UI with its assets from the host itself (no CDN)', async () => {
    const page = await fetch(`${host.baseUrl}/api-docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('swagger-ui');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      const url = new URL(asset, page.url);
      expect({ asset, status: (await fetch(url)).status }).toEqual({ asset, status: 200 });
    }
  }, 60_000);
});
