import type { MikroOrmStores } from '@roster/mikro-orm';
import { REQUESTED_GROUPS } from './outage-dialects';

/** What the tables say after the fault, read with plain SQL rather than through the stores. */
export interface Consistency {
  /** Tenants whose seat counter differs from their number of users, or whose next id is not past every id. */
  readonly counterMismatches: readonly string[];
  /** (tenant, role, status) cells whose count in `roster_user_counts` differs from the users stored. */
  readonly userCountMismatches: readonly string[];
  /** Membership rows whose user does not exist. */
  readonly orphanMemberships: number;
  /** Users whose `group_ids` copy differs from their membership rows. */
  readonly membershipMismatches: readonly string[];
  /** Users created through ispring (which asked for REQUESTED_GROUPS) without exactly those memberships. */
  readonly partialGroupUsers: readonly string[];
  /** E-mails of the users the load created (lower case). */
  readonly loadEmails: ReadonlySet<string>;
}

interface CounterRow {
  tenant_id: string;
  user_count: number;
  next_user_id: number;
  users: string | number;
  max_id: string | number;
}

interface UserRow {
  email: string | null;
  group_ids: unknown;
  memberships: number[] | null;
}

const sorted = (ids: readonly number[]) =>
  [...ids]
    .map(Number)
    .sort((a, b) => a - b)
    .join(',');

export async function readConsistency(stores: MikroOrmStores): Promise<Consistency> {
  const connection = stores.orm!.em.getConnection();
  const all = async <T>(sql: string) => (await connection.execute(sql, [], 'all')) as T[];

  const counters = await all<CounterRow>(`
    select c.tenant_id, c.user_count, c.next_user_id,
           (select count(*) from roster_users u where u.tenant_id = c.tenant_id) as users,
           (select coalesce(max(u.id), 0) from roster_users u where u.tenant_id = c.tenant_id) as max_id
    from roster_tenant_counters c`);
  const counterMismatches = counters
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- pg answers bigint counts as strings, whatever the row type says
    .filter((row) => Number(row.user_count) !== Number(row.users) || Number(row.max_id) >= Number(row.next_user_id))
    .map((row) => `${row.tenant_id}: ${row.user_count} seats for ${row.users} users, next id ${row.next_user_id}, highest ${row.max_id}`);

  const cells = await all<{ cell: string; counted: string | number | null; stored: string | number | null }>(`
    select coalesce(c.tenant_id, u.tenant_id) || '/' || coalesce(c.role, u.role) || '/' || coalesce(c.status, u.status) as cell,
           c.users as counted, u.users as stored
    from (select * from roster_user_counts where users > 0) c
    full join (select tenant_id, role, status, count(*) as users from roster_users group by tenant_id, role, status) u
      on u.tenant_id = c.tenant_id and u.role = c.role and u.status = c.status`);
  const userCountMismatches = cells
    .filter((row) => Number(row.counted ?? 0) !== Number(row.stored ?? 0))
    .map((row) => `${row.cell}: counted ${row.counted ?? 0}, stored ${row.stored ?? 0}`);

  const [orphans] = await all<{ n: string | number }>(`
    select count(*) as n from roster_user_groups g
    left join roster_users u on u.tenant_id = g.tenant_id and u.id = g.user_id
    where u.id is null`);

  const users = await all<UserRow>(`
    select u.email, u.group_ids, array_remove(array_agg(g.group_id), null) as memberships
    from roster_users u
    left join roster_user_groups g on g.tenant_id = u.tenant_id and g.user_id = u.id
    group by u.tenant_id, u.id, u.email, u.group_ids`);
  const groupIds = (value: unknown): number[] => (typeof value === 'string' ? JSON.parse(value) : ((value as number[] | null) ?? []));
  const membershipMismatches = users
    .filter((user) => sorted(groupIds(user.group_ids)) !== sorted(user.memberships ?? []))
    .map((user) => `${user.email}: group_ids [${sorted(groupIds(user.group_ids))}], memberships [${sorted(user.memberships ?? [])}]`);
  const partialGroupUsers = users
    .filter((user) => user.email?.endsWith('.ispring@example.com') && sorted(user.memberships ?? []) !== sorted(REQUESTED_GROUPS))
    .map((user) => `${user.email}: memberships [${sorted(user.memberships ?? [])}]`);
  const loadEmails = new Set(users.map((user) => user.email ?? '').filter((email) => email.startsWith('load')));

  return {
    counterMismatches,
    userCountMismatches,
    orphanMemberships: Number(orphans?.n ?? 0),
    membershipMismatches,
    partialGroupUsers,
    loadEmails,
  };
}
