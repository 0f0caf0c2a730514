import { RosterError, type Roster, type Tenant } from '@roster/core';
import { InvalidArgumentError } from 'commander';
import type { CliOutput } from './cli-output';
import { databaseUrlOf, openRoster } from './open-roster';

/** What every command runs with: the environment, the output, and a Roster opened on demand. */
export class CliContext {
  constructor(
    readonly env: NodeJS.ProcessEnv,
    readonly output: CliOutput,
  ) {}

  /** Opens a Roster on DATABASE_URL, runs `work` and closes it, whatever happens. */
  async withRoster<T>(work: (roster: Roster) => Promise<T>): Promise<T> {
    const roster = await openRoster(databaseUrlOf(this.env), this.output);
    try {
      return await work(roster);
    } finally {
      await roster.close();
    }
  }

  /** Prints a value as one line of JSON (`--json`). */
  json(value: unknown): void {
    this.output.out(JSON.stringify(value));
  }
}

/** The tenant a `--tenant` names: by id first, else by name; TENANT_NOT_FOUND for neither. */
export async function findTenant(roster: Roster, idOrName: string): Promise<Tenant> {
  const tenant = (await roster.tenants.findById(idOrName)) ?? (await roster.tenants.findByName(idOrName));
  if (tenant === null) throw new RosterError('TENANT_NOT_FOUND', `no tenant has the id or name "${idOrName}"`);
  return tenant;
}

/** A commander parser for an integer option of at least `min` (a misuse, exit 2, otherwise). */
export function integerAtLeast(min: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < min) {
      throw new InvalidArgumentError(`must be an integer of at least ${min}`);
    }
    return parsed;
  };
}

/** A commander parser for a repeatable option: each use adds a value. */
export function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}
