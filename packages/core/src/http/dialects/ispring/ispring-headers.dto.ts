import { IsIn, IsNotEmpty, IsOptional, Matches } from 'class-validator';

/** A decimal integer of at most 15 digits (so it is a safe integer); the core checks the value. */
export const INTEGER = /^\d{1,15}$/;
/** Comma-separated integers (`1,2,3`, spaces allowed around the commas); empty means none. */
export const INTEGER_LIST = /^\s*(?:\d{1,15}(?:\s*,\s*\d{1,15})*)?\s*$/;

/**
 * The wire headers of the ispring routes as class-validator DTOs, one property per header
 * (values as sent, strings). Any violation is a 400 `Bad Request`: the dialect has a single
 * wording for bad input, so the messages here are for logs only.
 */
export class PlacementHeadersDto {
  @IsOptional() @Matches(INTEGER) organizationId?: string;
  @IsOptional() @IsNotEmpty() role?: string;
  @IsOptional() @Matches(INTEGER_LIST) groups?: string;
}

export class CreateUserHeadersDto extends PlacementHeadersDto {
  @IsOptional() @IsIn(['0', '1']) sendLoginEmail?: string;
}

export class ListUsersHeadersDto {
  @IsOptional() @Matches(INTEGER) organizationId?: string;
  @IsOptional() @Matches(INTEGER) groupId?: string;
  /** Not in iSpring's API: a 1-based page of the list (see README). */
  @IsOptional() @Matches(/^[1-9]\d{0,8}$/) page?: string;
}
