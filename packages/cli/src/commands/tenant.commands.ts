import { Command, Option } from 'commander';
import type { Tenant } from '@roster/core';
import { collect, integerAtLeast, type CliContext } from '../cli-context';
import { textTable } from '../text-table';

interface CreateOptions {
  readonly accountUrl?: string;
  readonly host?: readonly string[];
  readonly seatLimit?: number;
  readonly identifyBy?: 'email' | 'login';
  readonly json?: boolean;
}

/** A tenant as `--json` prints it (the domain object: nothing secret in it). */
function tenantJson(tenant: Tenant): Record<string, unknown> {
  const { id, name, accountUrl, hosts, identifyBy, seatLimit, rootOrganizationId } = tenant;
  return { id, name, accountUrl, hosts, identifyBy, seatLimit, rootOrganizationId };
}

function tenantRows(tenants: readonly Tenant[]): string[] {
  return textTable(
    ['ID', 'NAME', 'ACCOUNT URL', 'HOSTS', 'IDENTIFY BY', 'SEAT LIMIT'],
    tenants.map((t) => [
      t.id,
      t.name,
      t.accountUrl ?? '-',
      t.hosts.join(',') || '-',
      t.identifyBy,
      t.seatLimit === null ? '-' : String(t.seatLimit),
    ]),
  );
}

/** `roster tenant create|list`: the host operator's tenant management (roster.tenantAdmin). */
export function tenantCommands(context: CliContext, parent: Command): void {
  const tenant = parent.command('tenant').description("create and list tenants (the host operator's)");

  tenant
    .command('create')
    .description('create a tenant, with its root organization')
    .argument('<name>', 'unique name (the courselit domain header)')
    .option('--account-url <url>', 'its ispring X-Auth-Account-Url (http or https)')
    .option('--host <host>', 'a host name that reaches it (repeatable)', collect)
    .option('--seat-limit <n>', 'at most this many users (default: no limit)', integerAtLeast(0))
    .addOption(new Option('--identify-by <field>', 'what identifies its users').choices(['email', 'login']).default('email'))
    .option('--json', 'print the tenant as JSON')
    .action(async (name: string, options: CreateOptions) => {
      const created = await context.withRoster((roster) =>
        roster.tenantAdmin.create({
          name,
          ...(options.accountUrl !== undefined ? { accountUrl: options.accountUrl } : {}),
          ...(options.host !== undefined ? { hosts: options.host } : {}),
          ...(options.seatLimit !== undefined ? { seatLimit: options.seatLimit } : {}),
          ...(options.identifyBy !== undefined ? { identifyBy: options.identifyBy } : {}),
        }),
      );
      if (options.json) context.json(tenantJson(created));
      else context.output.out(`created tenant ${created.name} (id ${created.id})`);
    });

  tenant
    .command('list')
    .description('list every tenant, by name')
    .option('--json', 'print a JSON array')
    .action(async (options: { readonly json?: boolean }) => {
      const tenants = await context.withRoster((roster) => roster.tenantAdmin.list());
      if (options.json) context.json(tenants.map(tenantJson));
      else for (const line of tenantRows(tenants)) context.output.out(line);
    });
}
