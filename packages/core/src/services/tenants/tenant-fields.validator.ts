import { validationError, type FieldIssue } from '../../errors';
import { MAX_DELETED_USER_RETENTION_DAYS } from '../../domain';
import { MAX_AUDIT_RETENTION_DAYS, normalizeAccountUrl, normalizeHostName } from '../../rules';
import type { TenantFields } from './tenant-admin.types';

const MAX_HOSTS = 100;

export interface NormalizedTenantFields {
  readonly name?: string;
  readonly accountUrl?: string | null;
  readonly hosts?: readonly string[];
  readonly seatLimit?: number | null;
  readonly requireIfMatch?: boolean;
  readonly deletedUserRetentionDays?: number;
  readonly auditRetentionDays?: number | null;
}

/** Checks and normalises the fields (account URL, host names); VALIDATION_FAILED lists every wrong one. */
export function normalizeTenantFields(input: TenantFields): NormalizedTenantFields {
  const issues: FieldIssue[] = [];
  const out: { -readonly [K in keyof NormalizedTenantFields]: NormalizedTenantFields[K] } = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 128) issues.push({ field: 'name', message: 'must be 1 to 128 characters' });
    else out.name = name;
  }
  if (input.accountUrl !== undefined) {
    const url = input.accountUrl === null ? null : normalizeAccountUrl(input.accountUrl);
    if (input.accountUrl !== null && url === null) issues.push({ field: 'accountUrl', message: 'must be an http or https URL' });
    else out.accountUrl = url;
  }
  if (input.hosts !== undefined) {
    const hosts = input.hosts.map((host) => normalizeHostName(host));
    if (input.hosts.length > MAX_HOSTS) issues.push({ field: 'hosts', message: `must hold at most ${MAX_HOSTS} host names` });
    else if (hosts.some((host) => host === null)) issues.push({ field: 'hosts', message: 'must be host names without port' });
    else if (new Set(hosts).size !== hosts.length) issues.push({ field: 'hosts', message: 'must not repeat a host name' });
    else out.hosts = [...(hosts as string[])].sort();
  }
  if (input.seatLimit !== undefined) {
    const limit = input.seatLimit;
    if (limit !== null && (!Number.isSafeInteger(limit) || limit < 0))
      issues.push({ field: 'seatLimit', message: 'must be an integer, 0 or more, or null' });
    else out.seatLimit = limit;
  }
  if (input.requireIfMatch !== undefined) {
    if (typeof input.requireIfMatch !== 'boolean') issues.push({ field: 'requireIfMatch', message: 'must be a boolean' });
    else out.requireIfMatch = input.requireIfMatch;
  }
  if (input.deletedUserRetentionDays !== undefined) {
    const days = input.deletedUserRetentionDays;
    if (!Number.isSafeInteger(days) || days < 1 || days > MAX_DELETED_USER_RETENTION_DAYS) {
      issues.push({ field: 'deletedUserRetentionDays', message: `must be an integer from 1 to ${MAX_DELETED_USER_RETENTION_DAYS}` });
    } else out.deletedUserRetentionDays = days;
  }
  if (input.auditRetentionDays !== undefined) {
    const days = input.auditRetentionDays;
    if (days !== null && (!Number.isSafeInteger(days) || days < 1 || days > MAX_AUDIT_RETENTION_DAYS)) {
      issues.push({ field: 'auditRetentionDays', message: `must be an integer from 1 to ${MAX_AUDIT_RETENTION_DAYS}, or null` });
    } else out.auditRetentionDays = days;
  }
  if (issues.length > 0) throw validationError(issues);
  return out;
}
