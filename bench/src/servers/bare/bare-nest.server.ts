import { Body, Controller, Get, Headers, Inject, Module, Param, Post, Query, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ServerResponse } from 'node:http';
import type { BuiltServer } from '../built-server';
import type { BareContext } from './bare-context';
import { courselitCreateUser } from './bare-courselit.handlers';
import { ispringCreateUser, ispringGetUser, ispringListUsers } from './bare-ispring.handlers';
import { objectiveCreateUser, objectiveGetUser } from './bare-objective.handlers';
import { restV1CreateUser, restV1GetUser, restV1ListUsers, type ListQuery } from './bare-rest-v1.handlers';
import { sendAnswer } from './send-answer';

const BARE_CONTEXT = Symbol('BARE_CONTEXT');
type Hs = Record<string, string>;

/** The baseline on NestJS 11: one hand-written controller, Nest's own JSON body parser. */
@Controller()
class BareController {
  constructor(@Inject(BARE_CONTEXT) private readonly context: BareContext) {}

  @Get('api/v1/users')
  async restList(@Headers('authorization') auth: string, @Query() query: ListQuery, @Res() res: ServerResponse) {
    sendAnswer(res, await restV1ListUsers(this.context, auth, query));
  }

  @Post('api/v1/users')
  async restCreate(@Headers('authorization') auth: string, @Body() body: unknown, @Res() res: ServerResponse) {
    sendAnswer(res, await restV1CreateUser(this.context, auth, body));
  }

  @Get('api/v1/users/:id')
  async restGet(@Headers('authorization') auth: string, @Param('id') id: string, @Res() res: ServerResponse) {
    sendAnswer(res, await restV1GetUser(this.context, auth, id));
  }

  @Get('user')
  async ispringList(@Headers() headers: Hs, @Res() res: ServerResponse) {
    sendAnswer(res, await ispringListUsers(this.context, headers));
  }

  @Post('user')
  async ispringCreate(@Headers() headers: Hs, @Res() res: ServerResponse) {
    sendAnswer(res, await ispringCreateUser(this.context, headers));
  }

  @Get('user/:id')
  async ispringGet(@Headers() headers: Hs, @Param('id') id: string, @Res() res: ServerResponse) {
    sendAnswer(res, await ispringGetUser(this.context, headers, id));
  }

  @Post('api/users')
  async objectiveCreate(@Headers('authorization') auth: string, @Body() body: unknown, @Res() res: ServerResponse) {
    sendAnswer(res, await objectiveCreateUser(this.context, auth, body));
  }

  @Get('api/users/:id')
  async objectiveGet(@Headers('authorization') auth: string, @Param('id') id: string, @Res() res: ServerResponse) {
    sendAnswer(res, await objectiveGetUser(this.context, auth, id));
  }

  @Post('api/user')
  async courselitCreate(@Headers('domain') domain: string, @Body() body: unknown, @Res() res: ServerResponse) {
    sendAnswer(res, await courselitCreateUser(this.context, domain, body));
  }
}

export async function bareNestServer(context: BareContext): Promise<BuiltServer> {
  @Module({ controllers: [BareController], providers: [{ provide: BARE_CONTEXT, useValue: context }] })
  class BareAppModule {}

  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- Nest declares NestApplicationOptions as a class and takes a plain object
  const app = await NestFactory.create<NestExpressApplication>(BareAppModule, { logger: ['error'] });
  app.disable('x-powered-by');
  await app.init();
  return { server: app.getHttpServer() };
}
