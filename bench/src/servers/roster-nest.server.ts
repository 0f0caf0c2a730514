import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { RosterModule } from '@roster/nestjs';
import type { BuiltServer } from './built-server';
import { ALL_DIALECTS } from './roster-dialects';
import type { RosterEnvironment } from './roster-environment';

/** Roster on NestJS 11 (Express platform): `RosterModule.forRoot` with the four dialects. */
export async function rosterNestServer(env: RosterEnvironment): Promise<BuiltServer> {
  @Module({ imports: [RosterModule.forRoot({ roster: env.roster, dialects: ALL_DIALECTS })] })
  class BenchRosterAppModule {}

  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- Nest declares NestApplicationOptions as a class and takes a plain object
  const app = await NestFactory.create<NestExpressApplication>(BenchRosterAppModule, { logger: ['error'] });
  app.disable('x-powered-by');
  await app.init();
  return { server: app.getHttpServer() };
}
