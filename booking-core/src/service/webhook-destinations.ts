/**
 * Where webhooks may go (docs/api.md "Events and webhooks", "Endpoint URLs"). A dealer names the
 * URL, and csb makes the request from inside the operator's network: without a guard a dealer
 * could make csb call the operator's own services (server-side request forgery). So:
 * - the URL must be https (http only to loopback, and only with `allowLoopbackHttp`, for tests);
 * - its host may not be an address of a loopback, private, link-local, carrier-grade NAT,
 *   multicast or unspecified network, nor `localhost` — refused when the endpoint is registered;
 * - and at every delivery the name is resolved and the connection is made only to an allowed
 *   address (the check sits in the socket's own DNS lookup, so a name that resolved to a public
 *   address at registration and to a private one later — DNS rebinding — is refused too).
 * `allowPrivateNetworks` lifts the address rule for operators whose dealer systems sit on their
 * own network; `allowLoopbackHttp` allows loopback (tests on one machine).
 */
import { type LookupAddress, lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent } from 'undici';
import { fail, ok, type Result } from '../errors.ts';

export interface DestinationRules {
  /** http:// to 127.0.0.1, ::1 or localhost is allowed, and loopback addresses (tests). */
  allowLoopbackHttp: boolean;
  /** Private, link-local and carrier-grade NAT addresses are allowed (dealer systems on the operator's network). */
  allowPrivateNetworks: boolean;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16], // link-local, cloud metadata services among them
  ['100.64.0.0', 10], // carrier-grade NAT
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4');
PRIVATE.addSubnet('fc00::', 7, 'ipv6'); // unique local
PRIVATE.addSubnet('fe80::', 10, 'ipv6'); // link-local

const PRIVATE_NAT64 = new BlockList();
PRIVATE_NAT64.addSubnet('64:ff9b:1::', 48, 'ipv6');

const NEVER = new BlockList();
NEVER.addSubnet('0.0.0.0', 8, 'ipv4');
NEVER.addSubnet('224.0.0.0', 4, 'ipv4'); // multicast
NEVER.addSubnet('240.0.0.0', 4, 'ipv4'); // reserved, broadcast
NEVER.addAddress('::', 'ipv6');
NEVER.addSubnet('ff00::', 8, 'ipv6'); // multicast

/** An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address. */
function normalized(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return { address: mapped[1], family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/** The eight 16-bit groups of an IPv6 address (isIP(address) === 6), a dotted IPv4 tail included. */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.toLowerCase().split('%')[0]?.split('::') ?? [];
  const part = (text: string | undefined): number[] =>
    (text ? text.split(':') : []).flatMap((group) => {
      if (!group.includes('.')) return [Number.parseInt(group, 16)];
      const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  const left = part(head);
  const right = part(tail);
  return tail === undefined
    ? left
    : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
}

const dotted = (high: number, low: number): string =>
  [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');

/**
 * The IPv4 address an IPv6 address reaches through a standard translation or tunnel: IPv4-
 * compatible (::a.b.c.d), NAT64 (64:ff9b::/96, RFC 6052), 6to4 (2002::/16, RFC 3056) and Teredo
 * (2001::/32, its client address inverted, RFC 4380). A host written so would otherwise slip past
 * the IPv4 rules (`[::127.0.0.1]`, `[64:ff9b::a00:1]` for 10.0.0.1). Null for any other address.
 */
function embeddedIpv4(address: string): string | null {
  if (isIP(address) !== 6) return null;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = ipv6Groups(address);
  const zero = (...groups: number[]) => groups.every((x) => x === 0);
  // :: and ::1 are judged as themselves before this (unspecified, loopback).
  if (zero(g0, g1, g2, g3, g4, g5)) return dotted(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && zero(g2, g3, g4, g5)) return dotted(g6, g7);
  if (g0 === 0x2002) return dotted(g1, g2);
  if (g0 === 0x2001 && g1 === 0) return dotted(~g6 & 0xffff, ~g7 & 0xffff);
  return null;
}

/** Why a connection to `address` is refused, or null when it is allowed. */
export function refusedAddress(address: string, rules: DestinationRules): string | null {
  const a = normalized(address);
  if (NEVER.check(a.address, a.family)) return `${address} is not a unicast address`;
  if (LOOPBACK.check(a.address, a.family))
    return rules.allowLoopbackHttp ? null : `${address} is a loopback address`;
  if (PRIVATE.check(a.address, a.family))
    return rules.allowPrivateNetworks ? null : `${address} is in a private or link-local network`;
  // NAT64's local-use prefix (RFC 8215) translates into the operator's own network.
  if (a.family === 'ipv6' && PRIVATE_NAT64.check(a.address, 'ipv6'))
    return rules.allowPrivateNetworks ? null : `${address} is a local-use NAT64 address`;
  const ipv4 = embeddedIpv4(a.address);
  const refused = ipv4 === null ? null : refusedAddress(ipv4, rules);
  return refused === null ? null : `${address} reaches ${refused}`;
}

/** The endpoint URL as stored, or WEBHOOK_URL_NOT_ALLOWED naming why. */
export function checkEndpointUrl(url: string, rules: DestinationRules): Result<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('WEBHOOK_URL_NOT_ALLOWED', `not a URL: ${url}`);
  }
  if (parsed.username || parsed.password)
    return fail('WEBHOOK_URL_NOT_ALLOWED', 'the endpoint URL may not carry a user name or password');
  // `localhost.` is `localhost`: a name's trailing dot (the DNS root) changes nothing of where it goes.
  const host = parsed.hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  const loopbackName = host === 'localhost' || host.endsWith('.localhost');
  const loopback =
    loopbackName || (isIP(host) !== 0 && LOOPBACK.check(normalized(host).address, normalized(host).family));
  if (parsed.protocol === 'http:' && !(loopback && rules.allowLoopbackHttp))
    return fail('WEBHOOK_URL_NOT_ALLOWED', 'the endpoint URL must be https://');
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return fail('WEBHOOK_URL_NOT_ALLOWED', 'the endpoint URL must be https://');
  if (loopbackName && !rules.allowLoopbackHttp)
    return fail('WEBHOOK_URL_NOT_ALLOWED', `${host} is a loopback name`);
  if (isIP(host) !== 0) {
    const refused = refusedAddress(host, rules);
    if (refused) return fail('WEBHOOK_URL_NOT_ALLOWED', refused);
  }
  return ok(parsed.toString());
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A DNS lookup for sockets that resolves as usual and fails when any address of the name is
 * refused (all of them are checked: the socket may try each).
 */
export function guardedLookup(rules: DestinationRules) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: LookupCallback,
  ) => {
    lookup(
      hostname,
      { all: true, family: options.family === 6 ? 6 : options.family === 4 ? 4 : 0 },
      (error, addresses) => {
        if (error) return callback(error, []);
        for (const { address } of addresses) {
          const refused = refusedAddress(address, rules);
          if (refused) {
            const denied: NodeJS.ErrnoException = new Error(
              `webhook destination refused: ${hostname} resolves to ${refused}`,
            );
            denied.code = 'EDESTINATIONREFUSED';
            return callback(denied, []);
          }
        }
        if (options.all) return callback(null, addresses);
        const first = addresses[0];
        if (!first)
          return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
        callback(null, first.address, first.family);
      },
    );
  };
}

/** The HTTP client of webhook deliveries: every connection goes through guardedLookup. */
export function guardedDispatcher(rules: DestinationRules): Agent {
  // A literal IP in the URL skips DNS; undici still calls `lookup` only for names, so literal
  // addresses are checked at registration (checkEndpointUrl) and again before each attempt.
  return new Agent({ connect: { lookup: guardedLookup(rules) } });
}
