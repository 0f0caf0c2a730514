import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { FieldIssue } from '../../errors';
import { isJsonObject } from '../json-body';

export interface DtoCheck<T> {
  readonly value: T;
  readonly issues: readonly FieldIssue[];
}

export interface DtoOptions {
  /** Body: unknown fields are refused. Query: they are ignored. */
  readonly forbidUnknown: boolean;
  /** Fields holding nested objects whose unknown keys are refused too (`settings`). */
  readonly nested?: readonly string[];
}

const UNKNOWN = 'is not allowed';
/** class-transformer drops these keys silently; the spec wants every unknown field refused. */
const DROPPED_KEYS = ['__proto__', 'constructor'];

/** Turns a plain JSON object into a DTO and validates it; issues are named `field` or `field.key`. */
export function validateDto<T extends object>(dto: new () => T, plain: Record<string, unknown>, options: DtoOptions): DtoCheck<T> {
  // class-transformer throws on a nested object with its own `constructor` key: refuse such keys first.
  const deep = droppedKeysBelow(plain, '');
  if (deep.length > 0) return { value: new dto(), issues: deep };
  const value = plainToInstance(dto, plain);
  const errors = validateSync(value, {
    whitelist: true,
    forbidNonWhitelisted: options.forbidUnknown,
    forbidUnknownValues: true,
    stopAtFirstError: true,
  });
  const issues = options.forbidUnknown ? droppedKeyIssues(plain, options.nested ?? []) : [];
  return { value, issues: [...issues, ...flatten(errors, '')] };
}

function flatten(errors: readonly ValidationError[], parent: string): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      message: name === 'whitelistValidation' ? UNKNOWN : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function droppedKeyIssues(plain: Record<string, unknown>, nested: readonly string[]): FieldIssue[] {
  const issues = DROPPED_KEYS.filter((key) => Object.hasOwn(plain, key)).map((field) => ({ field, message: UNKNOWN }));
  for (const name of nested) {
    const inner = Object.hasOwn(plain, name) ? plain[name] : undefined;
    if (!isJsonObject(inner)) continue;
    for (const key of DROPPED_KEYS.filter((k) => Object.hasOwn(inner, k))) {
      issues.push({ field: `${name}.${key}`, message: UNKNOWN });
    }
  }
  return issues;
}

/** `__proto__` / `constructor` keys inside nested values (any depth; JSON is at most 64 deep). */
function droppedKeysBelow(value: Record<string, unknown>, parent: string): FieldIssue[] {
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = parent === '' ? key : `${parent}.${key}`;
    if (typeof inner !== 'object' || inner === null) return [];
    const object = inner as Record<string, unknown>;
    const own = Array.isArray(inner)
      ? []
      : DROPPED_KEYS.filter((k) => Object.hasOwn(object, k)).map((k) => ({ field: `${field}.${k}`, message: UNKNOWN }));
    return [...own, ...droppedKeysBelow(object, field)];
  });
}
