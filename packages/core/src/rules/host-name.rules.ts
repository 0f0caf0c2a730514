/**
 * Host names as tenants list them and as the courselit dialect compares them with the `Host`
 * header: lower-cased and punycoded (by the URL parser, as DNS names are case-insensitive), one
 * trailing dot dropped (`Example.com.` is the same host as `example.com`), IPv6 literals in
 * brackets and compressed (`[0:0::1]` → `[::1]`), IPv4 in dotted decimal. Anything that is not a
 * bare host (a path, credentials, a space, an empty label) gives null.
 */
const MAX_HOST_LENGTH = 253;

/** `[::1]:3000` → `{ host: '[::1]', port: '3000' }`; `example.com` → `{ host: 'example.com', port: null }`. */
function splitPort(text: string): { readonly host: string; readonly port: string | null } {
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close === -1) return { host: text, port: null };
    const rest = text.slice(close + 1);
    return { host: text.slice(0, close + 1), port: rest.startsWith(':') ? rest.slice(1) : rest === '' ? null : rest };
  }
  const colons = text.split(':').length - 1;
  // A bare IPv6 address (`::1`, as a bootstrap file may write it) has no port.
  if (colons > 1) return { host: `[${text}]`, port: null };
  const at = text.indexOf(':');
  return at === -1 ? { host: text, port: null } : { host: text.slice(0, at), port: text.slice(at + 1) };
}

function canonicalHost(host: string): string | null {
  if (host === '' || host.length > MAX_HOST_LENGTH + 2 || /[\s/?#@\\%]/.test(host)) return null;
  let parsed: URL;
  try {
    parsed = new URL(`http://${host}/`);
  } catch {
    return null;
  }
  if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return null;
  const name = parsed.hostname.endsWith('.') ? parsed.hostname.slice(0, -1) : parsed.hostname;
  if (name === '' || name.length > MAX_HOST_LENGTH || name.startsWith('.') || name.endsWith('.') || name.includes('..')) return null;
  return name;
}

/** A host name of the bootstrap file (no port): its normalised form, or null when it is none. */
export function normalizeHostName(value: string): string | null {
  const { host, port } = splitPort(value.trim());
  return port === null ? canonicalHost(host) : null;
}

/**
 * The host of a `Host` request header, port stripped, normalised like `normalizeHostName`:
 * `Acme.Example.COM.:3000` → `acme.example.com`, `[::1]:3000` → `[::1]`. Null when absent or invalid.
 */
export function hostOfHostHeader(value: string | undefined): string | null {
  if (value === undefined) return null;
  const { host, port } = splitPort(value.trim());
  if (port !== null && !/^\d{0,5}$/.test(port)) return null;
  return canonicalHost(host);
}
