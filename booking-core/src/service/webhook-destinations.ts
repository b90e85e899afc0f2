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

/** Why a connection to `address` is refused, or null when it is allowed. */
export function refusedAddress(address: string, rules: DestinationRules): string | null {
  const a = normalized(address);
  if (NEVER.check(a.address, a.family)) return `${address} is not a unicast address`;
  if (LOOPBACK.check(a.address, a.family))
    return rules.allowLoopbackHttp ? null : `${address} is a loopback address`;
  if (PRIVATE.check(a.address, a.family))
    return rules.allowPrivateNetworks ? null : `${address} is in a private or link-local network`;
  return null;
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
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
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
