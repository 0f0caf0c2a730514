import SwaggerParser from '@apidevtools/swagger-parser';
import express from 'express';
import type { OpenAPI } from 'openapi-types';
import { createRoster } from '@roster/core';
import {
  courselitDialect,
  createRestV1Dialect,
  ispringDialect,
  objectiveDialect,
  openApiPath,
  type RouteDescriptor,
} from '@roster/core/http';
import { createRosterRouter, type RosterRouter } from '@roster/express';
import { createMemoryStores } from '@roster/memory';
import { listen, type Listening } from './listen';

const MOUNT = '/roster';
const tableOf = (routes: readonly RouteDescriptor[], prefix: string) =>
  routes.filter((route) => route.method !== '*').map((route) => `${route.method} ${MOUNT}${prefix}${openApiPath(route.path)}`);

describe('router.openApi: the OpenAPI 3.1 document of each dialect a router serves', () => {
  const roster = createRoster({ stores: createMemoryStores() });
  // A made dialect with its own prefix, and plugins at their default paths.
  const restV1 = createRestV1Dialect(roster, { prefix: '/rest' });
  const router: RosterRouter = createRosterRouter({ roster, dialects: [courselitDialect, ispringDialect, objectiveDialect, restV1] });
  let server: Listening;
  beforeAll(async () => {
    server = await listen(express().use(MOUNT, router));
  }, 30_000);
  afterAll(() => server.close(), 30_000);

  const operations = (document: ReturnType<RosterRouter['openApi']>) =>
    Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));

  it.each([
    ['courselit', courselitDialect.routes, ''],
    ['ispring', ispringDialect.routes, ''],
    ['objective', objectiveDialect.routes, ''],
    ['rest-v1', restV1.routes, '/rest'],
  ] as const)(
    '%s: a valid document listing every route, with the dialect’s and the mount’s prefix',
    async (name, routes, prefix) => {
      const document = router.openApi(name, { prefix: MOUNT });
      await expect(SwaggerParser.validate(structuredClone(document) as unknown as OpenAPI.Document)).resolves.toBeDefined();
      expect(document.openapi).toBe('3.1.0');
      expect(document.info.title).toBe(`Roster ${name}`);
      expect(operations(document).sort()).toEqual(tableOf(routes, prefix).sort());
      expect(document.tags.map((tag) => tag.name)).toEqual([name]);
    },
    30_000,
  );

  it('lists all mounted dialects without a name, and refuses a dialect it does not serve', () => {
    expect(operations(router.openApi(undefined, { prefix: MOUNT })).length).toBe(
      [courselitDialect.routes, ispringDialect.routes, objectiveDialect.routes, restV1.routes]
        .flat()
        .filter((route) => route.method !== '*').length,
    );
    expect(() => router.openApi('nope')).toThrow(/no nope dialect is mounted/);
  }, 30_000);

  it('documents paths the router really serves: each documented operation reaches its dialect', async () => {
    for (const operation of operations(router.openApi(undefined, { prefix: MOUNT }))) {
      const [method, path] = operation.split(' ') as [string, string];
      const answer = await fetch(`${server.baseUrl}${path.replace(/\{[^}]+\}/g, '1')}`, { method });
      // Express's own fallthrough is an HTML "Cannot GET": any other answer is the dialect's.
      expect({ operation, fellThrough: (answer.headers.get('content-type') ?? '').startsWith('text/html') }).toEqual({
        operation,
        fellThrough: false,
      });
    }
  }, 60_000);
});
