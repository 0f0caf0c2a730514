import type { Logger } from '@roster/core';
import type { Dialect } from '@roster/core/http';
import type { RosterPaths } from './roster-paths';

/** What the generated controllers need at request time, made once per module. */
export interface RosterHttp {
  /** The mounted dialects, by mount index. */
  readonly dialects: readonly Dialect[];
  readonly paths: RosterPaths;
  readonly bodyLimit: number;
  /** Tells the host, once, that a body parser consumed a request before Roster could. */
  parsedBodyUsed(): void;
}

export function parsedBodyWarning(logger: Logger): () => void {
  let warned = false;
  return () => {
    if (warned) return;
    warned = true;
    logger.warn(
      'roster: a body parser consumed a request before RosterModule could read it; its bytes were re-serialised. ' +
        'Add body parsers to the Express instance after NestFactory.create(), not before.',
    );
  };
}
