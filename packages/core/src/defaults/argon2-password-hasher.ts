import type * as Argon2 from 'argon2';
import type { PasswordHasher } from '../ports';
import { loadArgon2 } from './load-argon2';

export interface Argon2Options {
  /** KiB of memory per hash. */
  readonly memoryCost?: number;
  /** Passes over that memory. */
  readonly timeCost?: number;
  /** Lanes (threads) per hash. */
  readonly parallelism?: number;
}

/**
 * OWASP Password Storage Cheat Sheet, first of its equivalent argon2id settings: m = 19 MiB,
 * t = 2, p = 1. It resists GPU cracking through memory hardness while one hash costs ~40 ms of
 * one core on our machines, so a login stays fast and a server can run several at once. The other OWASP rows
 * trade memory for passes (e.g. m = 12 MiB, t = 3); a host with more memory can raise these.
 */
export const OWASP_ARGON2ID: Required<Argon2Options> = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/**
 * Argon2id password hashing, with PHC-format output (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`),
 * so a stored hash carries its own parameters and old hashes keep verifying after they change.
 *
 * Off the event loop: the `argon2` binding runs each hash in a `Napi::AsyncWorker` (see its
 * argon2.cpp), whose `Execute` runs on libuv's threadpool, and draws its salt with the async
 * `crypto.randomBytes` (threadpool too); only the PHC encoding happens on the main thread. That
 * pool is shared with fs, dns.lookup, zlib and async crypto and has 4 threads by default, so
 * `UV_THREADPOOL_SIZE` (set before Node starts; at most 1024) bounds how many hashes run at once:
 * more wait in libuv's queue, each holding `memoryCost` KiB once it runs.
 *
 * `argon2` is an optional peer of @roster/core: it is loaded here, when this default hasher is
 * built, so a host that passes its own `passwordHasher` need not install it. Without it, the
 * constructor throws a CONFIGURATION_INVALID RosterError that says what to do.
 */
export class Argon2PasswordHasher implements PasswordHasher {
  private readonly options: Required<Argon2Options>;
  private readonly argon2: typeof Argon2;

  constructor(options: Argon2Options = {}) {
    this.options = { ...OWASP_ARGON2ID, ...options };
    this.argon2 = loadArgon2();
  }

  hash(password: string): Promise<string> {
    return this.argon2.hash(password, { type: this.argon2.argon2id, ...this.options });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    if (typeof hash !== 'string' || !hash.startsWith('$argon2')) return false;
    try {
      // argon2.verify compares in constant time; it throws on a hash it cannot parse.
      return await this.argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
