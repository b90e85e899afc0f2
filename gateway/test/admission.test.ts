import { describe, expect, it } from 'vitest';
import { createLogSampler } from '../src/limits.ts';
import { checkCarPacket, isMqtt311Connect } from '../src/packet-gate.ts';
import { createAdmission } from '../src/uplink/admission.ts';

describe('uplink admission', () => {
  it('runs up to maxRunning, queues up to maxQueued in order, refuses the rest', () => {
    const admission = createAdmission<number>({ maxRunning: 2, maxQueued: 2 });
    expect([1, 2, 3, 4, 5].map((job) => admission.offer(job))).toEqual([
      'run',
      'run',
      'queued',
      'queued',
      'full',
    ]);
    expect([admission.running(), admission.queued()]).toEqual([2, 2]);
    expect(admission.finished()).toBe(3);
    expect(admission.offer(6)).toBe('queued');
    expect(admission.finished()).toBe(4);
    expect(admission.takeQueued()).toEqual([6]);
    expect(admission.finished()).toBeUndefined();
    expect(admission.finished()).toBeUndefined();
    expect([admission.running(), admission.queued()]).toEqual([0, 0]);
  });

  it('stays a FIFO across many jobs (its array is compacted as it goes)', () => {
    const admission = createAdmission<number>({ maxRunning: 1, maxQueued: 10_000 });
    admission.offer(-1);
    for (let i = 0; i < 5_000; i++) admission.offer(i);
    const order: number[] = [];
    for (let next = admission.finished(); next !== undefined; next = admission.finished()) order.push(next);
    expect(order).toEqual(Array.from({ length: 5_000 }, (_, i) => i));
  });
});

describe('log sampler', () => {
  it('writes at most perWindow lines a window and says how many it left out', () => {
    let now = 0;
    const sampler = createLogSampler(2, 1_000, () => now);
    const written: number[] = [];
    for (let i = 0; i < 5; i++) sampler.take((skipped) => written.push(skipped));
    now = 1_000;
    sampler.take((skipped) => written.push(skipped));
    expect(written).toEqual([0, 0, 3]);
  });
});

describe('packet gate', () => {
  it('closes empty, oversize and invalid SUBSCRIBE/UNSUBSCRIBE packets and grants QoS 1 for 2', () => {
    const subscribe = { cmd: 'subscribe', subscriptions: [{ topic: 'a/#', qos: 2 }] };
    expect(checkCarPacket(subscribe, 16)).toEqual({ ok: true });
    expect(subscribe.subscriptions[0]?.qos).toBe(1);
    expect(checkCarPacket({ cmd: 'subscribe', subscriptions: [] }, 16)).toEqual({
      ok: false,
      violation: 'EMPTY_SUBSCRIBE',
    });
    expect(checkCarPacket({ cmd: 'unsubscribe', unsubscriptions: [] }, 16)).toEqual({
      ok: false,
      violation: 'EMPTY_UNSUBSCRIBE',
    });
    const many = Array.from({ length: 17 }, (_, i) => ({ topic: `t/${i}`, qos: 1 }));
    expect(checkCarPacket({ cmd: 'subscribe', subscriptions: many }, 16)).toEqual({
      ok: false,
      violation: 'TOO_MANY_FILTERS',
    });
    expect(checkCarPacket({ cmd: 'publish', topic: 'a/\u0000' }, 16)).toEqual({
      ok: false,
      violation: 'INVALID_STRING',
    });
    expect(checkCarPacket({ cmd: 'unsubscribe', unsubscriptions: ['a/\uFFFD'] }, 16)).toEqual({
      ok: false,
      violation: 'INVALID_STRING',
    });
    expect(checkCarPacket({ cmd: 'pingreq' }, 16)).toEqual({ ok: true });
  });

  it('accepts MQTT 3.1.1 only', () => {
    expect(isMqtt311Connect({ protocolId: 'MQTT', protocolVersion: 4 })).toBe(true);
    expect(isMqtt311Connect({ protocolId: 'MQIsdp', protocolVersion: 3 })).toBe(false);
    expect(isMqtt311Connect({ protocolId: 'MQIsdp', protocolVersion: 4 })).toBe(false);
    expect(isMqtt311Connect({ protocolId: 'MQTT', protocolVersion: 5 })).toBe(false);
  });
});
