import { MAX_BODY_BYTES } from '@roster/core/http';
import { RosterError } from '@roster/core';
import { normalizeMounts, type DialectMount, type NormalizedMount, type RosterModuleExtras } from './roster-module.options';

/** The static extras, checked and normalised once, shared by the controllers and the providers. */
export interface RosterStaticConfig {
  readonly mounts: readonly NormalizedMount[];
  readonly bodyLimit: number;
  /** The module class the controllers belong to (RouterModule paths are metadata on it). */
  readonly moduleClass: object;
}

export function staticConfig(extras: RosterModuleExtras, moduleClass: object): RosterStaticConfig {
  if (!Array.isArray(extras.dialects)) {
    throw new RosterError('CONFIGURATION_INVALID', 'RosterModule: `dialects` must be an array of dialect plugins (it may be empty)');
  }
  const bodyLimit = extras.bodyLimit ?? MAX_BODY_BYTES;
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit < 1) {
    throw new RosterError('CONFIGURATION_INVALID', 'RosterModule: `bodyLimit` must be a positive integer');
  }
  const dialects: readonly DialectMount[] = extras.dialects;
  const pages: NormalizedMount[] = extras.console
    ? normalizeMounts([extras.console]).map((mount) => ({ ...mount, undocumented: true }))
    : [];
  return { mounts: [...normalizeMounts(dialects), ...pages], bodyLimit, moduleClass };
}
