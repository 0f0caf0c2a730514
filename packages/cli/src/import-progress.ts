import { SingleBar } from 'cli-progress';
import type { CliOutput } from './cli-output';

export interface ImportProgress {
  tick(done: number): void;
  stop(): void;
}

const PLAIN_EVERY = 100;

/** A progress bar on a terminal (stderr); plain `n/total` lines every 100 rows otherwise. */
export function importProgress(output: CliOutput, total: number): ImportProgress {
  const terminal = output.progressTerminal;
  if (terminal !== undefined) {
    const bar = new SingleBar({ stream: terminal, format: 'roster: import [{bar}] {value}/{total} rows', hideCursor: true });
    bar.start(total, 0);
    return {
      tick: (done) => {
        bar.update(done);
      },
      stop: () => {
        bar.stop();
      },
    };
  }
  return {
    tick: (done) => {
      if (done > 0 && done % PLAIN_EVERY === 0 && done < total) output.err(`roster: import ${done}/${total} rows`);
    },
    stop: () => {
      output.err(`roster: import ${total}/${total} rows`);
    },
  };
}
