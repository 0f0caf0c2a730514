import { laravelInput } from './laravel-input';
import {
  attributeName,
  domainExtension,
  email,
  isBoolean,
  isString,
  max,
  min,
  numeric,
  requiredMessage,
  uniqueEmail,
  type Rule,
  type RuleContext,
} from './laravel-rules';

/** The fields of a create or update, validated and converted (absent: not sent). */
export interface ObjectiveUserFields {
  readonly email?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly externalId?: number;
  readonly source?: string;
  readonly password?: string;
  readonly phoneNumber?: string;
  readonly liveScanner?: boolean;
}

interface FieldRules {
  readonly field: string;
  readonly key: keyof ObjectiveUserFields;
  /** Only `email`, and only on create. */
  readonly requiredOnCreate?: true;
  readonly rules: readonly Rule[];
  /** The validated value as the core takes it. */
  readonly convert: (value: unknown) => string | number | boolean;
}

const asString = (value: unknown): string => value as string;

/** docs/dialects/objective.md, "Fields and their messages": the fields in table order, each with its rules in rule order. */
const USER_FIELDS: readonly FieldRules[] = [
  { field: 'email', key: 'email', requiredOnCreate: true, rules: [email, domainExtension, uniqueEmail], convert: asString },
  { field: 'first_name', key: 'firstName', rules: [isString, max(255)], convert: asString },
  { field: 'last_name', key: 'lastName', rules: [isString, max(255)], convert: asString },
  { field: 'external_id', key: 'externalId', rules: [numeric], convert: Number },
  { field: 'source', key: 'source', rules: [isString, max(255)], convert: asString },
  { field: 'password', key: 'password', rules: [isString, min(8), max(255)], convert: asString },
  { field: 'phone_number', key: 'phoneNumber', rules: [isString, max(30)], convert: asString },
  { field: 'live_scanner', key: 'liveScanner', rules: [isBoolean], convert: (v) => v === true || v === 1 || v === '1' },
];

/** Field name → messages, in the spec's field order. */
export type ValidationErrors = Readonly<Record<string, readonly string[]>>;

export type ValidationResult =
  { readonly ok: true; readonly fields: ObjectiveUserFields } | { readonly ok: false; readonly errors: ValidationErrors };

export interface ValidationOptions extends RuleContext {
  readonly mode: 'create' | 'update';
}

/**
 * Laravel's validator over the request body: every field, every failing rule of a field (an
 * absent field is only checked for `required`), unknown fields ignored.
 */
export async function validateUserInput(body: Readonly<Record<string, unknown>>, options: ValidationOptions): Promise<ValidationResult> {
  const input = laravelInput(body);
  const errors: Record<string, string[]> = {};
  const fields: Record<string, unknown> = {};
  for (const spec of USER_FIELDS) {
    const attribute = attributeName(spec.field);
    const value = input.get(spec.field);
    if (value === undefined) {
      if (spec.requiredOnCreate && options.mode === 'create') errors[spec.field] = [requiredMessage(attribute)];
      continue;
    }
    const messages: string[] = [];
    for (const rule of spec.rules) {
      const message = await rule(value, attribute, options);
      if (message !== null) messages.push(message);
    }
    if (messages.length > 0) errors[spec.field] = messages;
    else fields[spec.key] = spec.convert(value);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: fields };
}
