import type { Server } from 'node:http';

/** A server made by one of the builders, not yet listening. Its process ends with it (no close). */
export interface BuiltServer {
  readonly server: Server;
}
