/**
 * The hosts, as a host author would write them: plain CommonJS, no TypeScript, no decorators,
 * importing only the packed packages and the peers the README names.
 */

/** Both hosts load this bootstrap object (one tenant, one key, one user who signs in with a password). */
export const BOOTSTRAP = {
  tenants: [
    {
      name: 'packed',
      accountUrl: 'https://packed.example.com',
      seatLimit: 100,
      apiKeys: [{ name: 'packed-integration', key: 'rk_packed_admin_0a1b2c3d4e5f6a7b', role: 'administrator' }],
      users: [
        {
          email: 'owner@packed.example.com',
          login: 'owner',
          password: 'packed owner password',
          role: 'owner',
          firstName: 'Pat',
          lastName: 'Owner',
        },
      ],
    },
  ],
};

/** A host's own PasswordHasher (scrypt from node:crypto), so that it can leave argon2 out. */
const OWN_HASHER = `
const { randomBytes, scrypt, timingSafeEqual } = require('node:crypto');
const { promisify } = require('node:util');
const scryptAsync = promisify(scrypt);
const ownHasher = {
  async hash(password) {
    const salt = randomBytes(16);
    return 'scrypt$' + salt.toString('hex') + '$' + (await scryptAsync(password, salt, 32)).toString('hex');
  },
  async verify(hash, password) {
    const [scheme, salt, digest] = String(hash).split('$');
    if (scheme !== 'scrypt' || !salt || !digest) return false;
    const actual = await scryptAsync(password, Buffer.from(salt, 'hex'), 32);
    return timingSafeEqual(actual, Buffer.from(digest, 'hex'));
  },
};
`;

/** Stops the process with the error's name, code and message on stdout, where the test reads them. */
const FAIL = `
function fail(error) {
  console.log('START-FAILED ' + JSON.stringify({ name: error.name, code: error.code, message: error.message }));
  process.exit(3);
}
`;

/**
 * Express 5 on the memory store, or with HOST_STORE=sqlite on @roster/mikro-orm over a SQLite
 * file (each store package is required only where used: a host installs the one it needs);
 * HOST_HASHER=own passes the host's own hasher to createRoster.
 */
export const EXPRESS_HOST = `'use strict';
const express = require('express');
const { createRoster } = require('@roster/core');
const { courselitDialect, ispringDialect, objectiveDialect, restV1Dialect } = require('@roster/core/http');
const { createRosterRouter } = require('@roster/express');
const bootstrap = require('./bootstrap.json');
${OWN_HASHER}${FAIL}
async function createStores() {
  if (process.env.HOST_STORE !== 'sqlite') return require('@roster/memory').createMemoryStores();
  return require('@roster/mikro-orm').createMikroOrmStores({ url: 'sqlite:' + require('node:path').join(__dirname, 'roster.sqlite') });
}

async function main() {
  const options = { stores: await createStores() };
  if (process.env.HOST_HASHER === 'own') options.passwordHasher = ownHasher;
  let roster;
  try {
    roster = createRoster(options);
  } catch (error) {
    fail(error);
  }
  await roster.bootstrap.load(bootstrap);
  const app = express();
  app.use(createRosterRouter({ roster, dialects: [courselitDialect, ispringDialect, objectiveDialect, restV1Dialect] }));
  app.use(express.json());
  app.get('/health', (req, res) => res.json({ ok: true }));
  const server = app.listen(0, '127.0.0.1', () => console.log('LISTENING ' + server.address().port));
  process.on('SIGTERM', () => server.close(() => roster.close().then(() => process.exit(0))));
}
main().catch(fail);
`;

/** NestJS 11 on the memory store, with the default (argon2) hasher; no decorators, as plain JS has none. */
export const NEST_HOST = `'use strict';
require('reflect-metadata');
const { Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { courselitDialect, ispringDialect, objectiveDialect, restV1Dialect } = require('@roster/core/http');
const { createMemoryStores } = require('@roster/memory');
const { RosterModule, ROSTER } = require('@roster/nestjs');
const bootstrap = require('./bootstrap.json');
${FAIL}
class AppModule {}
Module({
  imports: [
    RosterModule.forRoot({
      roster: { stores: createMemoryStores() },
      dialects: [courselitDialect, ispringDialect, objectiveDialect, restV1Dialect],
    }),
  ],
})(AppModule);

async function main() {
  const app = await NestFactory.create(AppModule, { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  await app.init();
  await app.get(ROSTER, { strict: false }).bootstrap.load(bootstrap);
  await app.listen(0, '127.0.0.1');
  console.log('LISTENING ' + app.getHttpServer().address().port);
}
main().catch(fail);
`;
