import { validateSync } from 'class-validator';
import { validationError } from '../../../errors';
import { positiveIntegerParam } from '../../path-params';
import type { CreateUserHeadersDto, ListUsersHeadersDto, PlacementHeadersDto } from './ispring-headers.dto';

type Headers = Readonly<Record<string, string>>;

/** Fills a DTO from the named headers (absent headers stay undefined) and validates it. */
export function readHeaders<Dto extends object>(
  Dto: new () => Dto,
  headers: Headers,
  names: Readonly<Record<keyof Dto & string, string>>,
): Dto {
  const dto = new Dto();
  for (const [property, header] of Object.entries(names) as [keyof Dto & string, string][]) {
    const value = headers[header];
    if (value !== undefined) (dto as Record<string, unknown>)[property] = value;
  }
  const issues = validateSync(dto).map((error) => ({
    field: (names as Readonly<Record<string, string>>)[error.property] ?? error.property,
    message: 'is invalid',
  }));
  if (issues.length > 0) throw validationError(issues);
  return dto;
}

export const PLACEMENT_HEADERS: Readonly<Record<keyof PlacementHeadersDto, string>> = {
  organizationId: 'x-organization-id',
  role: 'x-role',
  groups: 'x-groups',
};

export const CREATE_HEADERS: Readonly<Record<keyof CreateUserHeadersDto, string>> = {
  ...PLACEMENT_HEADERS,
  sendLoginEmail: 'x-send-login-email',
};

export const LIST_HEADERS: Readonly<Record<keyof ListUsersHeadersDto, string>> = {
  organizationId: 'x-organization-id',
  groupId: 'x-group-id',
  page: 'x-page',
};

/** `organizationId`, `role` and `groupIds` of a create or update input, for the headers sent. */
export function placementInput(dto: PlacementHeadersDto): { organizationId?: number; role?: string; groupIds?: number[] } {
  return {
    ...(dto.organizationId === undefined ? {} : { organizationId: Number(dto.organizationId) }),
    ...(dto.role === undefined ? {} : { role: dto.role }),
    ...(dto.groups === undefined ? {} : { groupIds: integerList(dto.groups) }),
  };
}

export function integerList(value: string): number[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map(Number);
}

/** `X-Exceeded-Groups: 3,7` when some groups could not take the user. */
export function exceededGroupsHeader(ids: readonly number[]): Record<string, string> {
  return ids.length === 0 ? {} : { 'X-Exceeded-Groups': ids.join(',') };
}

/** A path id; anything but a positive integer is NaN, which the core answers as an unknown user. */
export function pathUserId(value: string | undefined): number {
  return positiveIntegerParam(value) ?? Number.NaN;
}
