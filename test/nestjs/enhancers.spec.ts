import {
  Injectable,
  Module,
  SetMetadata,
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import { ApiOperation, ApiTags, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { tap, type Observable } from 'rxjs';
import type { Roster } from '@roster/core';
import { RosterModule } from '@roster/nestjs';
import { sendRequest } from '@roster/testing';
import { createProbeRoster, startNestApp, type RunningNestApp } from './nest-app';
import { probeDialect } from './probe-dialect';

const IS_PUBLIC = 'host:isPublic';
const seen: { guard: string[]; interceptor: string[] } = { guard: [], interceptor: [] };

/** A host's global guard: records what it guards, and lets only @Public() routes through without a token. */
@Injectable()
class RecordingGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    seen.guard.push(`${context.getClass().name}.${context.getHandler().name}`);
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic === true;
  }
}

/** A host's global interceptor: records the route and stamps a header before the handler runs. */
@Injectable()
class StampingInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    context.switchToHttp().getResponse<ServerResponse>().setHeader('X-Host-Trace', 'stamped');
    return next.handle().pipe(tap(() => seen.interceptor.push(`${context.getClass().name}.${context.getHandler().name}`)));
  }
}

function appModule(roster: Roster): Type<unknown> {
  @Module({
    imports: [
      RosterModule.forRoot({
        roster,
        dialects: [probeDialect],
        controllerDecorators: [SetMetadata(IS_PUBLIC, true), ApiTags('roster')],
        routeDecorators: (route) => [ApiOperation({ operationId: `${route.dialect}.${route.name}`, summary: route.name })],
      }),
    ],
    providers: [
      { provide: APP_GUARD, useClass: RecordingGuard },
      { provide: APP_INTERCEPTOR, useClass: StampingInterceptor },
    ],
  })
  class AppModule {}
  return AppModule;
}

describe('RosterModule and the host-wide enhancers', () => {
  let nest: RunningNestApp;

  beforeAll(async () => {
    nest = await startNestApp(appModule(await createProbeRoster()), { configure: (app) => void app.setGlobalPrefix('v2') });
  });
  afterAll(() => nest.close());
  beforeEach(() => {
    seen.guard.length = 0;
    seen.interceptor.length = 0;
  });

  it("runs the host's global guard and interceptor on the generated routes, with their class and handler", async () => {
    const response = await sendRequest(nest.baseUrl, { method: 'GET', path: '/v2/api/things/1' });
    expect(response.status).toBe(200);
    expect(response.headers['x-host-trace']).toBe('stamped');
    expect(seen.guard).toEqual(['RosterProbeController.getThing']);
    expect(seen.interceptor).toEqual(['RosterProbeController.getThing']);
  });

  it('names the `*` fallback handlers apart', async () => {
    await sendRequest(nest.baseUrl, { method: 'PUT', path: '/v2/api/things' });
    expect(seen.guard).toEqual(['RosterProbeController.thingsMethodNotAllowedAnyMethod']);
  });

  it('applies controllerDecorators: the guard reads the metadata they set', async () => {
    const reflector = nest.app.get(Reflector);
    const guard = new RecordingGuard(reflector);
    const context = {
      getClass: () => Object,
      getHandler: () => function hostHandler() {},
    } as unknown as ExecutionContext;
    expect(guard.canActivate(context)).toBe(false); // a host route without @Public() is refused…
    const response = await sendRequest(nest.baseUrl, { method: 'GET', path: '/v2/bytes' });
    expect(response.status).toBe(200); // …the Roster routes carry it
  });

  it('lists every route in the Swagger document, under the global prefix, with routeDecorators applied', () => {
    const document = SwaggerModule.createDocument(nest.app, new DocumentBuilder().setTitle('host').build());
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { operationId?: string; tags?: string[] }>).map(
        ([method, operation]) => `${method.toUpperCase()} ${path} ${operation.operationId} ${operation.tags?.join(',')}`,
      ),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /v2/api/things probe.createThing roster',
        'GET /v2/api/things/{thing_id} probe.getThing roster',
        'GET /v2/bytes probe.bytes roster',
        'GET /v2/whoami probe.whoami roster',
      ]),
    );
  });
});
