/** The signals that stop an example host: Ctrl-C and what a process manager sends. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * On SIGINT or SIGTERM: `close()` (stop listening, close Roster and its stores), then exit 0, or
 * 1 with a message when closing failed. A second signal while closing changes nothing (Ctrl-C
 * under pnpm delivers SIGINT twice: from the terminal and forwarded by pnpm). Returns what
 * removes the handlers (a host closed by its owner, e.g. a test).
 */
export function closeOnSignals(close: () => Promise<void>, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    close().then(
      () => {
        release();
        exit(0);
      },
      (error: unknown) => {
        console.error(`roster: could not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
        exit(1);
      },
    );
  };
  const release = (): void => {
    for (const signal of STOP_SIGNALS) process.off(signal, stop);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  return release;
}

/** `host`, closed on SIGINT or SIGTERM as `closeOnSignals` says; its own `close()` also removes the handlers. */
export function closingOnSignals<Host extends { close(): Promise<void> }>(host: Host): Host {
  const release = closeOnSignals(() => host.close());
  return {
    ...host,
    close: async () => {
      release();
      await host.close();
    },
  };
}
