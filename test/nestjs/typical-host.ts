import {
  Body,
  Catch,
  Controller,
  ForbiddenException,
  HttpException,
  Post,
  ValidationPipe,
  type ArgumentsHost,
  type CanActivate,
  type ExceptionFilter,
  type ExecutionContext,
  type INestApplication,
} from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RosterRoutePath } from '@roster/nestjs';

/** A host's catch-all filter, answering every error in the host's own format. */
@Catch()
export class HostExceptionFilter implements ExceptionFilter {
  readonly seen: unknown[] = [];

  catch(exception: unknown, host: ArgumentsHost): void {
    this.seen.push(exception);
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const body = JSON.stringify({ host: 'typical', status });
    host
      .switchToHttp()
      .getResponse<ServerResponse>()
      .writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) })
      .end(body);
  }
}

/** A host guard that refuses requests carrying `X-Host-Deny` (on every route, Roster's included). */
export class DenyingGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.switchToHttp().getRequest<IncomingMessage>().headers['x-host-deny']) throw new ForbiddenException();
    return true;
  }
}

/** No class-validator decorators: with forbidNonWhitelisted, any property is refused (the pipe is on). */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- the empty DTO class a typical host declares
export class CreateNoteDto {}

@Controller('notes')
export class NotesController {
  @Post()
  create(@Body() dto: CreateNoteDto) {
    return { created: dto instanceof CreateNoteDto };
  }
}

export interface TypicalHostOptions {
  /** The global prefix (default `api`). */
  readonly prefix?: string;
  /** Routes kept out of the global prefix, e.g. `rosterRoutes(dialects)`. */
  readonly exclude?: readonly RosterRoutePath[];
}

/**
 * What a typical NestJS host's main.ts does: a strict global ValidationPipe, its own global
 * exception filter, a global guard, and a global prefix.
 */
export function applyTypicalHost(app: INestApplication, options: TypicalHostOptions = {}): HostExceptionFilter {
  const filter = new HostExceptionFilter();
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(filter);
  app.useGlobalGuards(new DenyingGuard());
  app.setGlobalPrefix(options.prefix ?? 'api', options.exclude ? { exclude: [...options.exclude] } : undefined);
  return filter;
}
