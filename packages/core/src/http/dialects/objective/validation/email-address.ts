import { isIPv4, isIPv6 } from 'node:net';
import { hasDomainExtension, isValidEmail } from '../../../../rules';

/**
 * Laravel's `email` rule (default `rfc`: egulias/email-validator's RFCValidation), approximated
 * by the core's shared syntax check (class-validator's `isEmail`: dot-atom or quoted local part,
 * UTF-8 allowed, host-name domain, at most 254 characters) so that every address this rule
 * accepts is also accepted by the core. One RFC form egulias accepts and that check does not
 * is added: an address literal domain (`user@[192.0.2.1]`, `user@[IPv6:2001:db8::1]`), which
 * then fails the extension rule alone, as in Laravel. Not accepted (egulias accepts them with
 * warnings): comments `(…)` and folding whitespace.
 */
export function isLaravelEmail(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (isCoreEmail(value)) return true;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const domain = value.slice(at + 1);
  return isAddressLiteral(domain) && isCoreEmail(`${value.slice(0, at)}@example.com`);
}

/** The core's check, as a plain predicate (its type guard would narrow a failing string to never). */
const isCoreEmail = (value: string): boolean => isValidEmail(value);

function isAddressLiteral(domain: string): boolean {
  const literal = /^\[(.*)\]$/s.exec(domain)?.[1];
  if (literal === undefined) return false;
  return literal.startsWith('IPv6:') ? isIPv6(literal.slice(5)) : isIPv4(literal);
}

/** The spec's "domain has an extension": an `@`, then a domain ending in a dot and 2+ letters. */
export function hasEmailExtension(value: unknown): boolean {
  return typeof value === 'string' && value.includes('@') && hasDomainExtension(value);
}
