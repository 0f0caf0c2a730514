#!/usr/bin/env node
import { CommanderError } from 'commander';
import { CliContext } from './cli-context';
import { consoleOutput, type CliOutput } from './cli-output';
import { describeFailure, UsageError } from './cli-error';
import { rosterProgram } from './program';

export type { CliOutput } from './cli-output';

/**
 * `roster <command>`: runs one command and returns the exit code (0 done, 1 failed, 2 misuse),
 * as `roster-migrate` does. Failures are reported by code and message only (never the database
 * URL's password, a secret or a stack).
 */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  output: CliOutput = consoleOutput,
): Promise<number> {
  const program = rosterProgram(new CliContext(env, output));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    // Help and version exit 0; every other commander error (unknown command or option, missing
    // argument, invalid value) has already been printed and is a misuse.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      output.err(`roster: ${error.message} (add --help for usage)`);
      return 2;
    }
    output.err(`roster: ${describeFailure(error)}`);
    return 1;
  }
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
