import { describeDatabase } from './database-url';
import type { HostConfig } from './host-config';
import { describeLimits } from './shared-limits';

interface DemoKey {
  readonly name?: unknown;
  readonly key?: unknown;
  readonly role?: unknown;
}
interface DemoUser {
  readonly email?: unknown;
  readonly login?: unknown;
  readonly password?: unknown;
  readonly role?: unknown;
}
interface DemoTenant {
  readonly name?: unknown;
  readonly accountUrl?: unknown;
  readonly hosts?: readonly unknown[];
  readonly apiKeys?: readonly DemoKey[];
  readonly users?: readonly DemoUser[];
}

const ADMIN_ROLES: readonly unknown[] = ['owner', 'administrator'];

/**
 * What the host prints at start. The demo file's API keys and admin login are printed (they
 * are the demo's published secrets, and trying them is the point); for any other bootstrap
 * file, only tenant and key names: never a secret. The database is named without its credentials.
 */
export function startBanner(config: HostConfig, baseUrl: string, bootstrap: unknown): string[] {
  const tenants = (bootstrap as { tenants?: readonly DemoTenant[] }).tenants ?? [];
  const lines = [
    `Roster example host (Express) listening on ${baseUrl}`,
    `database: ${describeDatabase(config.databaseUrl)}`,
    `bootstrap: ${config.bootstrapPath}`,
    `rest-v1 rate limit: ${config.restRateLimit === false ? 'off' : `${config.restRateLimit} requests per minute per key`}`,
    `courselit upsert (a repeated create updates the user): ${config.courselitUpsert ? 'on' : 'off'}`,
    // Whether the token is set, never the token.
    `admin API /roster/v1: operator access ${config.operatorToken === null ? 'off (set ROSTER_OPERATOR_TOKEN to manage tenants)' : 'on'}`,
    `limits: ${describeLimits(config.limitsUrl)}`,
    `health: ${baseUrl}/roster/health/live and ${baseUrl}/roster/health/ready`,
  ];
  for (const tenant of tenants) {
    const hosts = Array.isArray(tenant.hosts) && tenant.hosts.length > 0 ? ` or Host ${tenant.hosts.map(String).join(', ')}` : '';
    lines.push(
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- bootstrap JSON: values are printed as they were given
      `tenant "${String(tenant.name)}" (courselit domain header: ${String(tenant.name)}${hosts}; ispring X-Auth-Account-Url: ${String(tenant.accountUrl ?? '-')})`,
    );
    for (const key of tenant.apiKeys ?? []) {
      lines.push(`  API key ${String(key.name)} (${String(key.role)})${config.demo ? `: ${String(key.key)}` : ''}`);
    }
    if (!config.demo) continue;
    for (const user of (tenant.users ?? []).filter((u) => ADMIN_ROLES.includes(u.role))) {
      lines.push(`  admin login (${String(user.role)}): ${String(user.email ?? user.login)} / ${String(user.password)}`);
    }
  }
  if (!config.demo) lines.push('(secrets of a bootstrap file other than the demo one are not printed)');
  return lines;
}
