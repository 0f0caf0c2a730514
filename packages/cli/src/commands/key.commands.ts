import { Command, InvalidArgumentError } from 'commander';
import { operatorActor, type ApiKeyView, type Permission } from '@roster/core';
import { collect, findTenant, integerAtLeast, type CliContext } from '../cli-context';
import { isoOrDash, textTable } from '../text-table';

interface CreateOptions {
  readonly tenant: string;
  readonly role: string;
  readonly name: string;
  readonly permission?: readonly string[];
  readonly organization?: number;
  readonly expiresAt?: Date;
  readonly json?: boolean;
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** A commander parser for an RFC 3339 date-time (a misuse, exit 2, otherwise; the future is the service's rule). */
function dateTime(value: string): Date {
  const parsed = new Date(value);
  if (!RFC_3339.test(value) || Number.isNaN(parsed.getTime())) {
    throw new InvalidArgumentError('must be an RFC 3339 date-time, e.g. 2027-01-31T00:00:00Z');
  }
  return parsed;
}

/** A key as `--json` prints it: never its secret or hash (ApiKeyView has neither). */
function keyJson(key: ApiKeyView): Record<string, unknown> {
  return {
    id: key.id,
    tenantId: key.tenantId,
    name: key.name,
    prefix: key.prefix,
    role: key.role,
    permissions: key.permissions,
    organizationId: key.organizationId,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    expiresAt: key.expiresAt?.toISOString() ?? null,
  };
}

function keyRows(keys: readonly ApiKeyView[]): string[] {
  return textTable(
    ['ID', 'NAME', 'PREFIX', 'ROLE', 'PERMISSIONS', 'ORGANIZATION', 'CREATED', 'LAST USED', 'EXPIRES'],
    keys.map((k) => [
      k.id,
      k.name,
      k.prefix,
      k.role,
      k.permissions.join(',') || '-',
      k.organizationId === null ? '-' : String(k.organizationId),
      isoOrDash(k.createdAt),
      isoOrDash(k.lastUsedAt),
      isoOrDash(k.expiresAt),
    ]),
  );
}

/**
 * `roster key create|list|revoke|rotate`: a tenant's API keys through roster.apiKeys, acting as the
 * host's operator inside the tenant (operatorActor): the CLI holds the database itself.
 */
export function keyCommands(context: CliContext, parent: Command): void {
  const key = parent.command('key').description("create, list, revoke and rotate a tenant's API keys");

  key
    .command('create')
    .description('create an API key; its secret is printed once, on stdout, and never again')
    .requiredOption('--tenant <id|name>', 'the tenant')
    .requiredOption('--role <role>', "the key's role (owner, administrator, organizationAdministrator, publisher, user)")
    .option('--name <name>', 'a name for people', 'cli')
    .option('--permission <permission>', 'a permission on top of the role (repeatable)', collect)
    .option('--organization <id>', "bind the key to this organization's subtree", integerAtLeast(1))
    .option('--expires-at <date-time>', 'the key stops working then (RFC 3339, in the future)', dateTime)
    .option('--json', 'print {"key": …, "secret": …} as JSON')
    .action(async (options: CreateOptions) => {
      const {
        key: created,
        secret,
        tenantName,
      } = await context.withRoster(async (roster) => {
        const tenant = await findTenant(roster, options.tenant);
        const result = await roster.apiKeys.create(operatorActor(roster.roleCatalog, tenant.id), {
          name: options.name,
          role: options.role,
          permissions: (options.permission ?? []) as Permission[],
          ...(options.organization !== undefined ? { organizationId: options.organization } : {}),
          ...(options.expiresAt !== undefined ? { expiresAt: options.expiresAt } : {}),
        });
        return { ...result, tenantName: tenant.name };
      });
      if (options.json) {
        context.json({ key: keyJson(created), secret });
        return;
      }
      context.output.out(
        `created key ${created.id} (${created.name}, role ${created.role}, prefix ${created.prefix}) in tenant ${tenantName}`,
      );
      context.output.out('secret (shown only now; Roster keeps its hash alone):');
      context.output.out(secret);
    });

  key
    .command('list')
    .description("list a tenant's API keys (prefix, role, permissions, organization, created, last used; never a secret)")
    .requiredOption('--tenant <id|name>', 'the tenant')
    .option('--json', 'print a JSON array')
    .action(async (options: { readonly tenant: string; readonly json?: boolean }) => {
      const keys = await context.withRoster(async (roster) => {
        const tenant = await findTenant(roster, options.tenant);
        return roster.apiKeys.list(operatorActor(roster.roleCatalog, tenant.id));
      });
      if (options.json) context.json(keys.map(keyJson));
      else for (const line of keyRows(keys)) context.output.out(line);
    });

  key
    .command('revoke')
    .description('delete an API key: its secret stops working (a running host may still accept it for its cache time, 5 s by default)')
    .argument('<key-id>', 'the id `roster key list` shows')
    .requiredOption('--tenant <id|name>', 'the tenant')
    .option('--json', 'print {"revoked": <key-id>} as JSON')
    .action(async (keyId: string, options: { readonly tenant: string; readonly json?: boolean }) => {
      await context.withRoster(async (roster) => {
        const tenant = await findTenant(roster, options.tenant);
        await roster.apiKeys.revoke(operatorActor(roster.roleCatalog, tenant.id), keyId);
      });
      if (options.json) context.json({ revoked: keyId });
      else context.output.out(`revoked key ${keyId}`);
    });

  key
    .command('rotate')
    .description(
      'replace an API key by a new one (new id and secret, printed once; same name, role, permissions, organization, expiry); ' +
        'the old secret works for --grace seconds more (default 0: revoked at once)',
    )
    .argument('<key-id>', 'the id `roster key list` shows')
    .requiredOption('--tenant <id|name>', 'the tenant')
    .option('--grace <seconds>', 'how long the old secret keeps working (at most 2592000, 30 days)', integerAtLeast(0))
    .option('--json', 'print {"key": …, "secret": …, "replaced": {"id": …, "expiresAt": …}} as JSON')
    .action(async (keyId: string, options: { readonly tenant: string; readonly grace?: number; readonly json?: boolean }) => {
      const rotated = await context.withRoster(async (roster) => {
        const tenant = await findTenant(roster, options.tenant);
        const input = options.grace === undefined ? {} : { graceSeconds: options.grace };
        return roster.apiKeys.rotate(operatorActor(roster.roleCatalog, tenant.id), keyId, input);
      });
      const replacedUntil = rotated.replaced.expiresAt?.toISOString() ?? null;
      if (options.json) {
        context.json({ key: keyJson(rotated.key), secret: rotated.secret, replaced: { id: keyId, expiresAt: replacedUntil } });
        return;
      }
      context.output.out(`rotated key ${keyId} into ${rotated.key.id} (prefix ${rotated.key.prefix})`);
      context.output.out(replacedUntil === null ? `old key ${keyId} revoked` : `old key ${keyId} works until ${replacedUntil}`);
      context.output.out('secret (shown only now; Roster keeps its hash alone):');
      context.output.out(rotated.secret);
    });
}
