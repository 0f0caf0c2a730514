import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { BootstrapReport, Roster } from '@roster/core';
import { InjectRoster } from '@roster/nestjs';

export const BOOTSTRAP_FILE = Symbol('BOOTSTRAP_FILE');

/**
 * Loads the bootstrap file's content into Roster when the application initialises, before it
 * listens (loading is idempotent: a restart on the same database changes nothing).
 */
@Injectable()
export class RosterBootstrapLoader implements OnModuleInit {
  report: BootstrapReport | null = null;

  constructor(
    @InjectRoster() private readonly roster: Roster,
    @Inject(BOOTSTRAP_FILE) private readonly file: unknown,
  ) {}

  async onModuleInit(): Promise<void> {
    this.report = await this.roster.bootstrap.load(this.file);
  }
}
