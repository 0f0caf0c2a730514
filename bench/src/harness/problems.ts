import { log } from './log';

/** Where a suite reports a figure it could not measure, and goes on with the next one. */
export type ProblemSink = (message: string) => void;

/** Runs one figure; a failure is reported (first line of its message) and gives null. */
export async function measured<T>(what: string, problems: ProblemSink, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems(`${what}: ${message.split('\n')[0]!.slice(0, 300)}`);
    log(`${what} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
    return null;
  }
}
