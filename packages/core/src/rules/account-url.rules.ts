/**
 * The account URL as tenants are stored and compared by (ispring `X-Auth-Account-Url`):
 * `//host[:port]/path`. The scheme is dropped (http and https are the same account), and with
 * it ports 80 and 443; the host is lower-cased (and punycoded) by the URL parser; query,
 * fragment and credentials are dropped, and so are trailing slashes. Only http and https URLs
 * are accounts: anything else gives null.
 *
 * `normalizeAccountUrl('HTTPS://Acme.Example.com/')` → `'//acme.example.com'`.
 */
export function normalizeAccountUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  const port = parsed.port === '80' || parsed.port === '443' || parsed.port === '' ? '' : `:${parsed.port}`;
  const path = parsed.pathname.replace(/\/+$/, '');
  return `//${parsed.hostname}${port}${path}`;
}
