import { Command } from 'commander';
import { operatorActor, type ApiKeyView, type Permission } from '@roster/core';
import { collect, findTenant, integerAtLeast, type CliContext } from '../cli-context';
import { isoOrDash, textTable } from '../text-table';

interface CreateOptions {
  readonly tenant: string;
  readonly role: string;
  readonly name: string;
  readonly permission?: readonly string[];
  readonly organization?: number;
  readonly json?: boolean;
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
  };
}

function keyRows(keys: readonly ApiKeyView[]): string[] {
  return textTable(
    ['ID', 'NAME', 'PREFIX', 'ROLE', 'PERMISSIONS', 'ORGANIZATION', 'CREATED', 'LAST USED'],
    keys.map((k) => [
      k.id,
      k.name,
      k.prefix,
      k.role,
      k.permissions.join(',') || '-',
      k.organizationId === null ? '-' : String(k.organizationId),
      isoOrDash(k.createdAt),
      isoOrDash(k.lastUsedAt),
    ]),
  );
}

/**
 * `roster key create|list|revoke`: a tenant's API keys through roster.apiKeys, acting as the
 * host's operator inside the tenant (operatorActor): the CLI holds the database itself.
 */
export function keyCommands(context: CliContext, parent: Command): void {
  const key = parent.command('key').description("create, list and revoke a tenant's API keys");

  key
    .command('create')
    .description('create an API key; its secret is printed once, on stdout, and never again')
    .requiredOption('--tenant <id|name>', 'the tenant')
    .requiredOption('--role <role>', "the key's role (owner, administrator, organizationAdministrator, publisher, user)")
    .option('--name <name>', 'a name for people', 'cli')
    .option('--permission <permission>', 'a permission on top of the role (repeatable)', collect)
    .option('--organization <id>', "bind the key to this organization's subtree", integerAtLeast(1))
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
}
