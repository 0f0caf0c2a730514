import { lookup } from 'node:dns/promises';
import { parseWebhookUrl, webhookAddressProblem, type WebhookAddressPolicy, type WebhookUrlProblem } from '../rules/webhook-url.rules';

/** Every address a host name resolves to (A and AAAA). Injectable so tests need no DNS. */
export type WebhookHostResolver = (host: string) => Promise<readonly string[]>;

export const systemWebhookHostResolver: WebhookHostResolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export type WebhookUrlCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly problem: WebhookUrlProblem };

/**
 * Checks a webhook URL against server-side request forgery: the URL rules, then every address
 * its host resolves to (a literal address is checked as it is). A host that does not resolve is
 * refused. The delivery worker checks again before each attempt, as DNS answers change.
 */
export async function checkWebhookUrl(
  text: string,
  policy: WebhookAddressPolicy = {},
  resolve: WebhookHostResolver = systemWebhookHostResolver,
): Promise<WebhookUrlCheck> {
  const parts = parseWebhookUrl(text);
  if ('problem' in parts) return { ok: false, problem: parts.problem };
  let addresses: readonly string[];
  if (parts.literal) addresses = [parts.host];
  else {
    try {
      addresses = await resolve(parts.host);
    } catch {
      return { ok: false, problem: 'unresolved' };
    }
  }
  const problem = webhookAddressProblem(addresses, policy);
  return problem === null ? { ok: true, url: parts.url } : { ok: false, problem };
}
