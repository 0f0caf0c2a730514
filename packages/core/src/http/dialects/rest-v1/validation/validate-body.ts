import type { RoleCatalog } from '../../../../domain';
import { validationError } from '../../../../errors';
import type { RosterRequest } from '../../../http.types';
import { readJsonObject } from '../../../validation/read-json-object';
import { roleIssues } from '../../../validation/role-check';
import { validateDto } from '../../../validation/validate-dto';

/**
 * A write body: a JSON object that fits the DTO, with no unknown field (in `settings` neither)
 * and a role the catalog knows. Throws VALIDATION_FAILED listing every wrong field.
 */
export function validateBody<T extends { role?: string }>(request: RosterRequest, dto: new () => T, catalog: RoleCatalog): T {
  const body = readJsonObject(request);
  const { value, issues } = validateDto(dto, body, { forbidUnknown: true, nested: ['settings'] });
  const all = [...issues, ...roleIssues(catalog, value.role, issues)];
  if (all.length > 0) throw validationError(all);
  return value;
}
