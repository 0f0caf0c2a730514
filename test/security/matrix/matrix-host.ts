import { createHash } from 'node:crypto';
import type { Actor, Logger, PasswordHasher, UserView } from '@roster/core';
import { sendRequest, type WireRequest, type WireResponse } from '@roster/testing';
import { startHost, type RunningHost } from '../../../examples/express-host/src/host';
import { matrixBootstrap, SETUP_KEYS } from './matrix-bootstrap';
import type { TargetSpec, TenantName } from './matrix-world';

/** A fast stand-in for argon2 (the matrix tries authorization, not hashing): salted SHA-256. */
export class FastTestHasher implements PasswordHasher {
  async hash(password: string): Promise<string> {
    return `fast$${createHash('sha256').update(`matrix:${password}`).digest('hex')}`;
  }
  async verify(hash: string, password: string): Promise<boolean> {
    return hash === (await this.hash(password));
  }
}

/** Keeps every log line, so the run can be checked for leaked secrets. */
export class CapturingLogger implements Logger {
  readonly lines: string[] = [];
  info(message: string, context?: Record<string, unknown>): void {
    this.lines.push(JSON.stringify({ level: 'info', message, context }));
  }
  warn(message: string, context?: Record<string, unknown>): void {
    this.lines.push(JSON.stringify({ level: 'warn', message, context }));
  }
  error(message: string, context?: Record<string, unknown>): void {
    this.lines.push(JSON.stringify({ level: 'error', message, context }));
  }
}

/** A created target: its spec, its ids and the e-mail it was made with. */
export interface Target {
  readonly spec: TargetSpec;
  readonly id: number;
  readonly publicId: string;
  readonly email: string;
}

/**
 * The example Express host on a memory store, loaded with the matrix bootstrap, and the setup
 * side door: targets are created, read back and removed through the Roster service API as the
 * tenant's owner key, never through the wire under test.
 */
export class MatrixHost {
  private sequence = 0;
  readonly logger = new CapturingLogger();
  private host!: RunningHost;
  private owners!: Record<TenantName, Actor>;

  async start(): Promise<void> {
    this.host = await startHost({
      port: 0,
      bootstrap: matrixBootstrap(),
      restRateLimit: false,
      passwordHasher: new FastTestHasher(),
      logger: this.logger,
    });
    const auth = this.host.roster.auth;
    this.owners = {
      alpha: await auth.authenticateApiKey({ secret: SETUP_KEYS.alpha }),
      beta: await auth.authenticateApiKey({ secret: SETUP_KEYS.beta }),
    };
  }

  close(): Promise<void> {
    return this.host.close();
  }

  send(wire: WireRequest): Promise<WireResponse> {
    return sendRequest(this.host.baseUrl, wire);
  }

  uniqueEmail(prefix: string): string {
    this.sequence += 1;
    return `${prefix}.${this.sequence}@matrix.example.com`;
  }

  async createTarget(spec: TargetSpec): Promise<Target> {
    const email = this.uniqueEmail('target');
    const { user } = await this.host.roster.users.create(this.owners[spec.tenant], {
      email,
      firstName: 'Target',
      lastName: 'User',
      password: 'target password 1',
      role: spec.role,
      permissions: spec.permissions,
      organizationId: spec.organizationId,
      backendAccess: spec.backendAccess,
      status: 'active',
      loginEmail: false,
    });
    return { spec, id: user.id, publicId: user.publicId, email };
  }

  /** The user as stored, or null when there is none. */
  async read(tenant: TenantName, ref: { id: number } | { email: string }): Promise<UserView | null> {
    try {
      return await this.host.roster.users.get(this.owners[tenant], ref);
    } catch {
      return null;
    }
  }

  async remove(tenant: TenantName, id: number): Promise<void> {
    await this.host.roster.users.delete(this.owners[tenant], { id }).catch(() => undefined);
  }

  /** Creates and deletes throwaway users in `tenant` until its next id is above `id`. */
  async advanceIds(tenant: TenantName, above: number): Promise<void> {
    for (;;) {
      const filler = await this.createTarget({
        role: 'user',
        permissions: [],
        tenant,
        organizationId: 1,
        backendAccess: false,
        placement: 'inside',
      });
      await this.remove(tenant, filler.id);
      if (filler.id >= above) return;
    }
  }
}

/** The fields an escalation could change, to compare before and after a refused request. */
export function fingerprint(user: UserView | null): string {
  if (user === null) return 'absent';
  const { role, organizationId, groupIds, permissions, status, firstName, lastName, email } = user;
  return JSON.stringify({ role, organizationId, groupIds, permissions: [...permissions].sort(), status, firstName, lastName, email });
}
