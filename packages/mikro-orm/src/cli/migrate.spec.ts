import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliOutput } from './migrate';
import { rosterMigrations } from '../migrations';

function capture(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

describe('roster-migrate', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'roster-cli-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the migrations, then finds the database up to date', async () => {
    const url = `sqlite:${join(dir, 'roster.db')}`;
    const first = capture();
    expect(await main([url], {}, first)).toBe(0);
    expect(first.lines).toEqual([`roster-migrate: applied ${rosterMigrations.map((migration) => migration.name).join(', ')}`]);
    expect(first.lines[0]).toMatch(
      /^roster-migrate: applied Migration\d+_roster_initial_schema, Migration\d+_roster_tenant_hosts, Migration\d+_roster_profile_fields, Migration\d+_roster_user_counts, Migration\d+_roster_scim_external_id, Migration\d+_roster_idempotency_keys, Migration\d+_roster_tenant_if_match, Migration\d+_roster_audit_events, Migration\d+_roster_key_expiry, Migration\d+_roster_webhooks, Migration\d+_roster_deleted_users, Migration\d+_roster_import_jobs, Migration\d+_roster_audit_retention, Migration\d+_roster_group_scim, Migration\d+_roster_group_counter, Migration\d+_roster_group_timestamps$/,
    );

    const second = capture();
    expect(await main([], { ROSTER_DATABASE_URL: url }, second)).toBe(0);
    expect(second.lines).toEqual(['roster-migrate: up to date']);

    const third = capture();
    expect(await main([], { DATABASE_URL: url }, third)).toBe(0);
    expect(third.lines).toEqual(['roster-migrate: up to date']);
  });

  it('prefers ROSTER_DATABASE_URL to DATABASE_URL (a host may keep its own database there)', async () => {
    const url = `sqlite:${join(dir, 'roster.db')}`;
    const output = capture();
    expect(await main([], { ROSTER_DATABASE_URL: url, DATABASE_URL: 'mssql://u:s3cret@db/app' }, output)).toBe(0);
    expect(output.lines).toEqual([expect.stringMatching(/^roster-migrate: applied /)]);
  });

  it('prints the usage and exits 2 without a URL', async () => {
    const output = capture();
    expect(await main([], {}, output)).toBe(2);
    expect(output.errors.join('\n')).toMatch(/usage: roster-migrate/);
  });

  it('exits 1 with the error code when the database cannot be reached, without the password', async () => {
    const output = capture();
    expect(await main(['postgres://roster:s3cret@127.0.0.1:1/none'], {}, output)).toBe(1);
    expect(output.errors).toEqual(['roster-migrate: STORE_UNAVAILABLE: the database cannot be reached']);
  });
});
