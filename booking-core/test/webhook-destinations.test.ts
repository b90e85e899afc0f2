/**
 * Where webhooks may go (service/webhook-destinations.ts): registration refuses loopback, private
 * and link-local hosts; every connection is checked after DNS, through the real undici client and
 * the machine's resolver (`localhost` resolves to a loopback address on every machine).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEndpointUrl, guardedDispatcher, refusedAddress } from '../src/service/webhook-destinations.ts';

const STRICT = { allowLoopbackHttp: false, allowPrivateNetworks: false };
const LOOPBACK_OK = { allowLoopbackHttp: true, allowPrivateNetworks: false };
const PRIVATE_OK = { allowLoopbackHttp: false, allowPrivateNetworks: true };

describe('webhook destinations', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and unspecified addresses', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '::1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.254',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      'fd00::1',
      'fe80::1',
      '::ffff:10.0.0.1',
      '0.0.0.0',
      '::',
      '224.0.0.1',
      'ff02::1',
    ])
      expect(refusedAddress(address, STRICT), address).not.toBeNull();
    for (const address of ['93.184.216.34', '172.32.0.1', '100.128.0.1', '2001:db8::1', '8.8.8.8'])
      expect(refusedAddress(address, STRICT), address).toBeNull();
  });

  it('judges an IPv6 address that reaches an IPv4 one (compatible, NAT64, 6to4, Teredo) by that address', () => {
    for (const address of [
      '::7f00:1', // ::127.0.0.1, as the URL parser writes it
      '::127.0.0.1',
      '::ffff:7f00:1', // ::ffff:127.0.0.1
      '64:ff9b::a00:1', // NAT64 of 10.0.0.1
      '64:ff9b::7f00:1',
      '64:ff9b:1::1', // NAT64 local use: the operator's own network
      '2002:a00:1::', // 6to4 of 10.0.0.1
      '2002:a9fe:a9fe::1', // 6to4 of 169.254.169.254
      '2001:0:4136:e378:8000:63bf:f5ff:fffe', // Teredo, client 10.0.0.1 (inverted)
    ])
      expect(refusedAddress(address, STRICT), address).not.toBeNull();
    expect(refusedAddress('64:ff9b::a00:1', PRIVATE_OK)).toBeNull();
    expect(refusedAddress('64:ff9b::7f00:1', PRIVATE_OK)).not.toBeNull();
    for (const address of ['64:ff9b::5db8:d822', '2002:5db8:d822::1', '::5db8:d822']) // 93.184.216.34
      expect(refusedAddress(address, STRICT), address).toBeNull();
  });

  it('lifts the private-network rule and the loopback rule only when told', () => {
    expect(refusedAddress('10.1.2.3', PRIVATE_OK)).toBeNull();
    expect(refusedAddress('127.0.0.1', PRIVATE_OK)).not.toBeNull();
    expect(refusedAddress('127.0.0.1', LOOPBACK_OK)).toBeNull();
    expect(refusedAddress('10.1.2.3', LOOPBACK_OK)).not.toBeNull();
    expect(refusedAddress('0.0.0.0', { allowLoopbackHttp: true, allowPrivateNetworks: true })).not.toBeNull();
  });

  it('checks the URL at registration', () => {
    const refused = (url: string) => {
      const r = checkEndpointUrl(url, STRICT);
      return r.ok ? null : r.error.code;
    };
    expect(refused('https://dms.example.com/hooks')).toBeNull();
    expect(refused('https://93.184.216.34/hooks')).toBeNull();
    for (const url of [
      'http://dms.example.com/hooks',
      'ftp://dms.example.com/hooks',
      'https://10.0.0.5/hooks',
      'https://[::1]:8443/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost/hooks',
      'https://localhost./hooks',
      'https://[::127.0.0.1]/hooks',
      'https://[64:ff9b::a00:1]/hooks',
      'https://[2002:a00:1::]/hooks',
      'https://api.localhost/hooks',
      'https://user:pw@dms.example.com/hooks',
      'not a url',
    ])
      expect(refused(url), url).toBe('WEBHOOK_URL_NOT_ALLOWED');
    expect(checkEndpointUrl('http://127.0.0.1:9/hook', LOOPBACK_OK).ok).toBe(true);
    expect(checkEndpointUrl('http://10.0.0.5/hook', PRIVATE_OK).ok).toBe(false);
    expect(checkEndpointUrl('https://10.0.0.5/hook', PRIVATE_OK).ok).toBe(true);
  });

  describe('at delivery', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      server = createServer((_request, response) => response.writeHead(204).end());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('refuses a name that resolves to a refused address, whatever the URL looked like', async () => {
      const dispatcher = guardedDispatcher(STRICT);
      try {
        const error = await fetch(`http://localhost:${port}/hook`, { dispatcher, method: 'POST' }).then(
          () => null,
          (e: unknown) => e as Error & { cause?: { code?: string; message?: string } },
        );
        expect(error?.cause?.code).toBe('EDESTINATIONREFUSED');
        expect(error?.cause?.message).toMatch(/loopback/);
      } finally {
        await dispatcher.close();
      }
    });

    it('connects when the address is allowed', async () => {
      const dispatcher = guardedDispatcher(LOOPBACK_OK);
      try {
        const response = await fetch(`http://localhost:${port}/hook`, { dispatcher, method: 'POST' });
        expect(response.status).toBe(204);
      } finally {
        await dispatcher.close();
      }
    });
  });
});
