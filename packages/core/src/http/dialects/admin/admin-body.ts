import type { RoleCatalog } from '../../../domain';
import { validationError } from '../../../errors';
import type { RosterRequest } from '../../http.types';
import { readJsonObject } from '../../validation/read-json-object';
import { roleIssues } from '../../validation/role-check';
import { validateDto } from '../../validation/validate-dto';

/** A write body: a JSON object fitting the DTO, no unknown field, a role the catalog knows. */
export function validateAdminBody<T extends object>(request: RosterRequest, dto: new () => T, catalog: RoleCatalog): T {
  const body = readJsonObject(request);
  const { value, issues } = validateDto(dto, body, { forbidUnknown: true });
  const role = (value as { role?: unknown }).role;
  const all = [...issues, ...roleIssues(catalog, role, issues)];
  if (all.length > 0) throw validationError(all);
  return value;
}

/** A query: unknown parameters refused too. */
export function validateAdminQuery<T extends object>(request: RosterRequest, dto: new () => T): T {
  const { value, issues } = validateDto(dto, { ...request.query }, { forbidUnknown: true });
  if (issues.length > 0) throw validationError(issues);
  return value;
}
