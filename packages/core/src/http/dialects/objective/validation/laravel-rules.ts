import { hasEmailExtension, isLaravelEmail } from './email-address';
import { isPhpNumeric, laravelSize } from './php-values';

/**
 * The Laravel rules the objective API uses, with Laravel 10+'s English messages. Hand-written
 * rather than class-validator decorators because the spec asks for Laravel's exact semantics,
 * which class-validator does not express: PHP's `is_numeric`, the strict `boolean` list,
 * `max`/`min` measured as Laravel measures (code points for strings, element counts for arrays,
 * PHP string casts for numbers, whatever the value's type), and every failing rule reported.
 */

/** What a rule may ask of the request: only `unique` needs the store. */
export interface RuleContext {
  /** Whether another user of the tenant already has this e-mail (case-insensitively). */
  readonly emailTaken: (email: string) => Promise<boolean>;
}

/** A failed rule's message, or null when the value passes. */
export type Rule = (value: unknown, attribute: string, context: RuleContext) => string | null | Promise<string | null>;

/** `:attribute`: the field name with `_` turned into spaces (`phone_number` → `phone number`). */
export function attributeName(field: string): string {
  return field.replace(/_/g, ' ');
}

export const requiredMessage = (attribute: string): string => `The ${attribute} field is required.`;

export const isString: Rule = (value, attribute) => (typeof value === 'string' ? null : `The ${attribute} field must be a string.`);

/** `max:n` on an attribute without a numeric rule: the message is always the "characters" one. */
export const max =
  (limit: number): Rule =>
  (value, attribute) =>
    laravelSize(value) <= limit ? null : `The ${attribute} field must not be greater than ${limit} characters.`;

export const min =
  (limit: number): Rule =>
  (value, attribute) =>
    laravelSize(value) >= limit ? null : `The ${attribute} field must be at least ${limit} characters.`;

export const numeric: Rule = (value, attribute) =>
  isPhpNumeric(value) && Number.isFinite(Number(value)) ? null : `The ${attribute} field must be a number.`;

/** Laravel's `boolean`: `in_array($value, [true, false, 0, 1, '0', '1'], true)`. */
const BOOLEANS: readonly unknown[] = [true, false, 0, 1, '0', '1'];
export const isBoolean: Rule = (value, attribute) => (BOOLEANS.includes(value) ? null : `The ${attribute} field must be true or false.`);

export const email: Rule = (value, attribute) => (isLaravelEmail(value) ? null : `The ${attribute} field must be a valid email address.`);

/** The application's own rule (its message has no "field"). */
export const domainExtension: Rule = (value, attribute) =>
  hasEmailExtension(value) ? null : `The ${attribute} must have a valid domain with an extension.`;

/**
 * `unique`. Only a valid address is looked up: the store holds nothing else, so an invalid one
 * cannot be taken and costs no query.
 */
export const uniqueEmail: Rule = async (value, attribute, context) =>
  isLaravelEmail(value) && (await context.emailTaken(value)) ? `The ${attribute} has already been taken.` : null;
