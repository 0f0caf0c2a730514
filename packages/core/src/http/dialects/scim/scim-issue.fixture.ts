import { RosterError } from '../../../errors';

/** The field of the first issue of the RosterError `run` throws; undefined when it throws none. */
export function issueOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof RosterError) return error.details.issues?.[0]?.field;
    throw error;
  }
  return undefined;
}
