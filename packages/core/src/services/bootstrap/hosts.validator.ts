import { normalizeHostName } from '../../rules';
import { invalid, listOf, type Entry } from './bootstrap-reader';

const MAX_HOSTS = 100;

/**
 * A tenant's optional `hosts`: host names without port (docs/bootstrap.md), normalised
 * (`normalizeHostName`: lower case, no trailing dot, IPv6 in brackets). Two entries of one tenant
 * that normalise alike are a duplicate; uniqueness across tenants is checked by the caller.
 */
export function validateHosts(entry: Entry): readonly string[] {
  const items = listOf(entry, 'hosts');
  if (items.length > MAX_HOSTS) throw invalid(`${entry.path}.hosts`, `at most ${MAX_HOSTS} host names`);
  const seen = new Map<string, string>();
  return items.map(({ value, path }) => {
    const host = typeof value === 'string' ? normalizeHostName(value) : null;
    if (host === null) throw invalid(path, 'must be a host name without port (e.g. "school.example.com", "localhost", "[::1]")');
    const earlier = seen.get(host);
    if (earlier !== undefined) throw invalid(path, `duplicate host name "${host}" (also at ${earlier})`);
    seen.set(host, path);
    return host;
  });
}
