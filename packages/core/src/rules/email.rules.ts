import { isEmail } from 'class-validator';

const MAX_EMAIL_LENGTH = 254;
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A syntax check of an e-mail address, the one every dialect shares:
 * - a string of at most 254 characters with no surrounding whitespace;
 * - `local@domain` as RFC 5321 allows it (dot-atoms or a quoted local part, UTF-8 local parts
 *   allowed), validated by class-validator's `isEmail`;
 * - the domain is a host name; it need not have a dot (`user@localhost` is valid: whether the
 *   domain has an extension is a separate rule, see `hasDomainExtension`);
 * - no display name (`Joe <joe@example.com>`) and no IP-literal domains.
 */
export function isValidEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH || value.trim() !== value) return false;
  // A lone surrogate (a JSON body may carry "\ud800") is no address, and makes isEmail throw (encodeURI).
  if (LONE_SURROGATE.test(value)) return false;
  return isEmail(value, {
    require_tld: false,
    allow_display_name: false,
    allow_ip_domain: false,
    allow_utf8_local_part: true,
  });
}

/** The domain ends in a dot and a top-level domain of two or more letters (`example.com`). */
export function hasDomainExtension(email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return /\.\p{L}{2,}$/u.test(domain);
}
