import { inject, injectable } from 'tsyringe';
import type { Tenant, User } from '../../domain';
import { TOKENS, type EventSink, type Logger, type Mailer } from '../../ports';
import { loginMail } from './login-mail';

/**
 * What the user services tell the outside world once a write has been committed: events and
 * the login e-mail. Neither can undo the write, so their failures are logged, not thrown.
 */
@injectable()
export class UserNotifier {
  constructor(
    @inject(TOKENS.Mailer) private readonly mailer: Mailer,
    @inject(TOKENS.EventSink) private readonly events: EventSink,
    @inject(TOKENS.Logger) private readonly logger: Logger,
  ) {}

  emit(type: 'user.created' | 'user.updated' | 'user.deleted', user: Pick<User, 'tenantId' | 'id'>): void {
    try {
      this.events.emit({ type, tenantId: user.tenantId, userId: user.id });
    } catch (error) {
      this.logger.error('the event sink failed', { type, userId: user.id, error: describe(error) });
    }
  }

  async sendLoginMail(
    tenant: Tenant,
    user: User,
    options: { readonly passwordGenerated: boolean; readonly invitationMessage?: string },
  ): Promise<void> {
    const message = loginMail(tenant, user, options);
    if (message === null) return;
    try {
      await this.mailer.send(message);
    } catch (error) {
      const context = { tenantId: tenant.id, userId: user.id, error: describe(error) };
      this.logger.error('the login e-mail could not be sent', context);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
