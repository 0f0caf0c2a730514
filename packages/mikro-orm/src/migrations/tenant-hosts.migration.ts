import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';

/**
 * The tenants' host names (`Tenant.hosts`): one row per host, the host unique across tenants.
 * Written like the initial schema: fixed SQL per dialect, `if not exists` (re-runnable where DDL
 * commits by itself), and matching the entity schema so a host's schema diff finds nothing.
 */
const UP: Record<SqlDialect, readonly string[]> = {
  sqlite: [
    'create table if not exists `roster_tenant_hosts` (`tenant_id` text not null, `host` text not null, primary key (`tenant_id`, `host`))',
    'create unique index if not exists `roster_tenant_hosts_host_unique` on `roster_tenant_hosts` (`host`)',
  ],
  postgresql: [
    'create table if not exists "roster_tenant_hosts" ("tenant_id" varchar(128) not null, "host" varchar(255) not null, constraint "roster_tenant_hosts_pkey" primary key ("tenant_id", "host"), constraint "roster_tenant_hosts_host_unique" unique ("host"))',
  ],
  mysql: [
    'create table if not exists `roster_tenant_hosts` (`tenant_id` varchar(128) not null, `host` varchar(255) not null, primary key (`tenant_id`, `host`), unique key `roster_tenant_hosts_host_unique` (`host`)) default character set utf8mb4 collate utf8mb4_bin engine = InnoDB',
  ],
};

export class RosterTenantHostsMigration extends Migration {
  override up(): void {
    for (const statement of UP[this.dialect()]) this.addSql(statement);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`drop table if exists ${quote}roster_tenant_hosts${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
