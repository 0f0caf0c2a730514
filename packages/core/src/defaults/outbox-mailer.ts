import type { Logger, MailMessage, Mailer } from '../ports';
import { ConsoleLogger } from './console-logger';

export interface OutboxMailerOptions {
  /** Where the one-line notice of each message goes (createRoster passes its own logger). */
  readonly logger?: Logger;
  /** How many of the latest messages `outbox` keeps; older ones are dropped. */
  readonly capacity?: number;
}

export const DEFAULT_OUTBOX_CAPACITY = 1000;

/**
 * A mailer that delivers nothing: it keeps the latest messages in `outbox` (for tests and quick
 * starts) and logs one line per message with its recipient and subject. The body is never logged:
 * it may carry a login link or an invitation the recipient alone should read.
 */
export class OutboxMailer implements Mailer {
  private readonly messages: MailMessage[] = [];
  private readonly logger: Logger;
  private readonly capacity: number;

  constructor(options: OutboxMailerOptions = {}) {
    this.logger = options.logger ?? new ConsoleLogger();
    this.capacity = Math.max(1, Math.floor(options.capacity ?? DEFAULT_OUTBOX_CAPACITY));
  }

  /** The kept messages, oldest first (a copy: changing it changes nothing here). */
  get outbox(): readonly MailMessage[] {
    return [...this.messages];
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- a port method: a failure rejects, as a real mailer's would, rather than throws
  async send(message: MailMessage): Promise<void> {
    const kept: MailMessage = Object.freeze({ to: message.to, subject: message.subject, text: message.text });
    this.messages.push(kept);
    if (this.messages.length > this.capacity) {
      this.messages.splice(0, this.messages.length - this.capacity);
    }
    this.logger.info('mail sent to outbox', { to: kept.to, subject: kept.subject });
  }

  /** Empties the outbox (between tests). */
  clear(): void {
    this.messages.length = 0;
  }
}
