import { describe, expect, it } from 'vitest';
import { createGatewayMetrics } from '../src/metrics.ts';
import { buildOpsApp } from '../src/ops-http.ts';

describe('ops HTTP', () => {
  it('reports readiness and serves this gateway own metrics', async () => {
    let ready = false;
    const metrics = createGatewayMetrics({
      connectedCars: () => 3,
      downlinkCounts: async () => ({ queued: 2 }),
    });
    metrics.rejections.inc({ code: 'UNDECODABLE' });
    const app = buildOpsApp({ registry: metrics.registry, isReady: () => ready });
    try {
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
      ready = true;
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      const scrape = await app.inject({ url: '/metrics' });
      expect(scrape.headers['content-type']).toContain('text/plain');
      expect(scrape.body).toContain('csb_gateway_uplink_rejections_total{code="UNDECODABLE"} 1');
      expect(scrape.body).toContain('csb_gateway_connected_cars 3');
      // A second gateway in the same process has its own counters (no global registry).
      expect(
        await createGatewayMetrics({
          connectedCars: () => 0,
          downlinkCounts: async () => ({}),
        }).registry.metrics(),
      ).not.toContain('UNDECODABLE');
    } finally {
      await app.close();
    }
  });
});
