import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { rosterSecuritySchemes, type DialectMount } from '@roster/nestjs';

/** Where the host serves Swagger UI; the JSON document is at `/api-docs-json`. */
export const API_DOCS_PATH = 'api-docs';

/**
 * The host's OpenAPI 3.1 document, made by @nestjs/swagger from every controller: the health
 * route and every route of every mounted dialect (RosterModule decorates them from the
 * dialects' route tables). Served with Swagger UI from swagger-ui-dist, offline.
 */
export function serveApiDocs(app: INestApplication, dialects: readonly DialectMount[]): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Roster example host')
    .setDescription('Roster’s four dialects and its admin API at their default paths, and the host’s health route')
    .setVersion('0.1.0');
  for (const [name, scheme] of Object.entries(rosterSecuritySchemes(dialects))) builder.addSecurity(name, { ...scheme });
  const document = SwaggerModule.createDocument(app, builder.build());
  SwaggerModule.setup(API_DOCS_PATH, app, document);
  return document;
}
