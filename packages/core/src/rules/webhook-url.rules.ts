import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Server-side request forgery rules for webhook endpoint URLs: pure, no DNS here (the caller
 * resolves the host and passes every address it got; see `checkWebhookUrl`).
 *
 * A URL is acceptable when it is http or https, has a host and no credentials, and every
 * address its host resolves to is public: not loopback, link-local, private (RFC 1918, the
 * shared 100.64.0.0/10, IPv6 unique-local fc00::/7), unspecified, a cloud metadata address,
 * multicast or otherwise reserved. Loopback alone can be allowed, explicitly, by the host.
 */
export type WebhookAddressKind = 'public' | 'loopback' | 'linkLocal' | 'private' | 'unspecified' | 'metadata' | 'reserved' | 'invalid';

export type WebhookUrlProblem = 'invalidUrl' | 'scheme' | 'credentials' | 'unresolved' | Exclude<WebhookAddressKind, 'public' | 'invalid'>;

export interface WebhookUrlParts {
  readonly url: string;
  /** The host name as the URL parser gives it, IPv6 without brackets. */
  readonly host: string;
  /** True when the host is an IP address literal (nothing to resolve). */
  readonly literal: boolean;
}

export interface WebhookAddressPolicy {
  /** Accept loopback addresses (127.0.0.0/8, ::1): for tests and local development only. */
  readonly allowLoopback?: boolean;
}

function list(entries: readonly (readonly [string, number, 'ipv4' | 'ipv6'])[]): BlockList {
  const blocks = new BlockList();
  for (const [network, prefix, family] of entries) blocks.addSubnet(network, prefix, family);
  return blocks;
}

const METADATA = list([
  ['169.254.169.254', 32, 'ipv4'], // AWS, GCP, Azure, OpenStack
  ['100.100.100.200', 32, 'ipv4'], // Alibaba Cloud
  ['fd00:ec2::254', 128, 'ipv6'], // AWS over IPv6
]);
const UNSPECIFIED = list([
  ['0.0.0.0', 8, 'ipv4'],
  ['::', 128, 'ipv6'],
]);
const LOOPBACK = list([
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
]);
const LINK_LOCAL = list([
  ['169.254.0.0', 16, 'ipv4'],
  ['fe80::', 10, 'ipv6'],
]);
const PRIVATE = list([
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['fc00::', 7, 'ipv6'],
]);
const RESERVED = list([
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['64:ff9b::', 96, 'ipv6'],
  ['100::', 64, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
]);

/** `::ffff:a.b.c.d` and `::ffff:7f00:1` (as the URL parser writes the former) → `a.b.c.d`. */
function mappedIPv4(address: string): string | null {
  const match = /^(?:(?:0{1,4}:){5}|::(?:0{1,4}:){0,4})ffff:(.+)$/i.exec(address);
  const tail = match?.[1];
  if (tail === undefined) return null;
  if (isIPv4(tail)) return tail;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (hex === null) return null;
  const [, highText = '0', lowText = '0'] = hex;
  const high = parseInt(highText, 16);
  const low = parseInt(lowText, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** What kind of address this is (IPv4 or IPv6 text, IPv6 without brackets). */
export function classifyWebhookAddress(address: string): WebhookAddressKind {
  const text = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  let family: 'ipv4' | 'ipv6';
  let ip = text;
  if (isIPv4(text)) family = 'ipv4';
  else if (isIPv6(text)) {
    const mapped = mappedIPv4(text);
    if (mapped !== null) {
      family = 'ipv4';
      ip = mapped;
    } else family = 'ipv6';
  } else return 'invalid';
  if (METADATA.check(ip, family)) return 'metadata';
  if (UNSPECIFIED.check(ip, family)) return 'unspecified';
  if (LOOPBACK.check(ip, family)) return 'loopback';
  if (LINK_LOCAL.check(ip, family)) return 'linkLocal';
  if (PRIVATE.check(ip, family)) return 'private';
  if (RESERVED.check(ip, family) || ip === '255.255.255.255') return 'reserved';
  return 'public';
}

/** The parts of a webhook URL to check, or the problem with it. */
export function parseWebhookUrl(text: string): WebhookUrlParts | { readonly problem: WebhookUrlProblem } {
  let parsed: URL;
  try {
    parsed = new URL(text.trim());
  } catch {
    return { problem: 'invalidUrl' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { problem: 'scheme' };
  if (parsed.username !== '' || parsed.password !== '') return { problem: 'credentials' };
  const bracketed = parsed.hostname.startsWith('[');
  const host = bracketed ? parsed.hostname.slice(1, -1) : parsed.hostname.replace(/\.$/, '');
  if (host === '') return { problem: 'invalidUrl' };
  return { url: parsed.href, host, literal: bracketed || isIPv4(host) };
}

/** The first problem among the addresses a host resolved to (every one is checked), or null. */
export function webhookAddressProblem(addresses: readonly string[], policy: WebhookAddressPolicy = {}): WebhookUrlProblem | null {
  if (addresses.length === 0) return 'unresolved';
  for (const address of addresses) {
    const kind = classifyWebhookAddress(address);
    if (kind === 'public') continue;
    if (kind === 'loopback' && policy.allowLoopback === true) continue;
    return kind === 'invalid' ? 'unresolved' : kind;
  }
  return null;
}
