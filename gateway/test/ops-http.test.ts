import { describe, expect, it } from 'vitest';
import { createGatewayMetrics } from '../src/metrics.ts';
import { buildOpsApp } from '../src/ops-http.ts';

describe('ops HTTP', () => {
  it('reports readiness and serves this gateway own metrics', async () => {
    let ready = false;
    const metrics = createGatewayMetrics({
      connectedCars: () => 3,
      pendingUplinks: () => ({ running: 4, queued: 0, parked: 7 }),
      downlinkCounts: async () => ({ queued: 2 }),
    });
    metrics.rejections.inc({ code: 'UNDECODABLE' });
    const app = buildOpsApp({ registry: metrics.registry, isReady: () => ready });
    try {
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      const notReady = await app.inject({ url: '/readyz' });
      expect(notReady.statusCode).toBe(503);
      expect(notReady.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(notReady.json()).toMatchObject({ code: 'SERVICE_NOT_READY', status: 503 });
      ready = true;
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      const scrape = await app.inject({ url: '/metrics' });
      expect(scrape.headers['content-type']).toContain('text/plain');
      expect(scrape.body).toContain('csb_gateway_uplink_rejections_total{code="UNDECODABLE"} 1');
      expect(scrape.body).toContain('csb_gateway_connected_cars 3');
      expect(scrape.body).toContain('csb_gateway_uplinks_pending{stage="parked"} 7');
      // A second gateway in the same process has its own counters (no global registry).
      expect(
        await createGatewayMetrics({
          connectedCars: () => 0,
          pendingUplinks: () => ({ running: 0, queued: 0, parked: 0 }),
          downlinkCounts: async () => ({}),
        }).registry.metrics(),
      ).not.toContain('UNDECODABLE');
    } finally {
      await app.close();
    }
  });

  it('answers unknown paths, wrong methods and bad URLs with problems', async () => {
    const metrics = createGatewayMetrics({
      connectedCars: () => 0,
      pendingUplinks: () => ({ running: 0, queued: 0, parked: 0 }),
      downlinkCounts: async () => ({}),
    });
    const app = buildOpsApp({ registry: metrics.registry, isReady: () => true });
    try {
      const cases = [
        { method: 'GET', url: '/nope', status: 404, code: 'ROUTE_NOT_FOUND' },
        { method: 'POST', url: '/metrics', status: 405, code: 'METHOD_NOT_ALLOWED' },
        { method: 'GET', url: '/%C0%AF', status: 400, code: 'REQUEST_INVALID' },
      ] as const;
      for (const c of cases) {
        const response = await app.inject({ method: c.method, url: c.url });
        expect(response.statusCode).toBe(c.status);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.json()).toMatchObject({ code: c.code, status: c.status });
      }
      expect((await app.inject({ method: 'POST', url: '/metrics' })).headers.allow).toBe('GET, HEAD');
    } finally {
      await app.close();
    }
  });
});
