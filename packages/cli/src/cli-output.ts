/** Where the CLI writes; replaced in tests. */
export interface CliOutput {
  /** One line of results (stdout). */
  out(line: string): void;
  /** One line of diagnostics (stderr): never a secret. */
  err(line: string): void;
  /** The stream progress bars draw on when it is a terminal (stderr); absent: plain progress lines. */
  readonly progressTerminal?: NodeJS.WriteStream;
}

export const consoleOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY ? { progressTerminal: process.stderr } : {}),
};
