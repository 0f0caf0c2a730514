import { displayName, type Tenant, type User } from '../../domain';
import type { MailMessage } from '../../ports';

/**
 * The e-mail that tells a new user about its account. It never carries a password: one chosen
 * by the creator is theirs to pass on, and a generated one is known to nobody, so the user is
 * told to set one through the host's password reset.
 */
export function loginMail(
  tenant: Tenant,
  user: User,
  options: { readonly passwordGenerated: boolean; readonly invitationMessage?: string },
): MailMessage | null {
  if (user.email === null) return null;
  const name = displayName(user);
  const signIn = user.login === null ? `your e-mail address (${user.email})` : `the login "${user.login}"`;
  const password = options.passwordGenerated
    ? 'No password has been chosen for you: set one with the "forgot password" link of the sign-in page.'
    : 'Use the password your administrator gave you, or set a new one with the "forgot password" link.';
  const lines = [
    `Hello${name === '' ? '' : ` ${name}`},`,
    '',
    `An account has been created for you at ${tenant.name}. Sign in with ${signIn}.`,
    password,
  ];
  const invitation = options.invitationMessage?.trim();
  if (invitation) lines.push('', invitation);
  return { to: user.email, subject: `Your ${tenant.name} account`, text: `${lines.join('\n')}\n` };
}
