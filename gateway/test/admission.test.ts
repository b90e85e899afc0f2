import { describe, expect, it } from 'vitest';
import { createLogSampler } from '../src/limits.ts';
import { checkCarPacket, isMqtt311Connect } from '../src/packet-gate.ts';
import { createAdmission } from '../src/uplink/admission.ts';

describe('uplink admission', () => {
  const noParking = { maxParked: 0, maxParkedBytes: 0 };

  it('runs up to maxRunning, queues up to maxQueued in order, refuses the rest (no parking)', () => {
    const admission = createAdmission<number>({ maxRunning: 2, maxQueued: 2, ...noParking });
    expect([1, 2, 3, 4, 5].map((job) => admission.offer(job, 10))).toEqual([
      'run',
      'run',
      'queued',
      'queued',
      'full',
    ]);
    expect([admission.running(), admission.queued()]).toEqual([2, 2]);
    expect(admission.finished()).toBe(3);
    expect(admission.offer(6, 10)).toBe('queued');
    expect(admission.finished()).toBe(4);
    expect(admission.takeWaiting()).toEqual([6]);
    expect(admission.finished()).toBeUndefined();
    expect(admission.finished()).toBeUndefined();
    expect([admission.running(), admission.queued()]).toEqual([0, 0]);
  });

  it('parks behind a full queue up to its count and byte bounds, then refuses', () => {
    const admission = createAdmission<string>({
      maxRunning: 1,
      maxQueued: 1,
      maxParked: 3,
      maxParkedBytes: 100,
    });
    expect(admission.offer('run', 50)).toBe('run');
    expect(admission.offer('q', 50)).toBe('queued');
    expect(admission.offer('p1', 40)).toBe('parked');
    expect(admission.offer('p2', 40)).toBe('parked');
    // 40 + 40 + 30 > 100 bytes: refused although a third slot is free; a smaller one still fits.
    expect(admission.offer('big', 30)).toBe('full');
    expect(admission.offer('p3', 20)).toBe('parked');
    expect(admission.offer('p4', 1)).toBe('full');
    expect([admission.parked(), admission.parkedBytes()]).toEqual([3, 100]);
  });

  it('keeps arrival order across running, queued and parked, moving parked jobs up one per finish', () => {
    const admission = createAdmission<number>({
      maxRunning: 1,
      maxQueued: 2,
      maxParked: 4,
      maxParkedBytes: 1_000,
    });
    expect([0, 1, 2, 3, 4, 5, 6].map((job) => admission.offer(job, 10))).toEqual([
      'run',
      'queued',
      'queued',
      'parked',
      'parked',
      'parked',
      'parked',
    ]);
    expect(admission.finished()).toBe(1);
    expect([admission.queued(), admission.parked(), admission.parkedBytes()]).toEqual([2, 3, 30]);
    // A newcomer goes behind the parked ones, never into the queue ahead of them.
    expect(admission.offer(7, 10)).toBe('parked');
    const order: number[] = [];
    for (let next = admission.finished(); next !== undefined; next = admission.finished()) order.push(next);
    expect(order).toEqual([2, 3, 4, 5, 6, 7]);
    expect([admission.running(), admission.queued(), admission.parked(), admission.parkedBytes()]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('hands parked jobs straight to the core when no queue is configured', () => {
    const admission = createAdmission<number>({
      maxRunning: 1,
      maxQueued: 0,
      maxParked: 2,
      maxParkedBytes: 100,
    });
    expect([1, 2, 3, 4].map((job) => admission.offer(job, 1))).toEqual(['run', 'parked', 'parked', 'full']);
    expect(admission.finished()).toBe(2);
    expect(admission.finished()).toBe(3);
    expect(admission.finished()).toBeUndefined();
  });

  it('is below half while the parked jobs are under half of both bounds', () => {
    const admission = createAdmission<number>({
      maxRunning: 1,
      maxQueued: 0,
      maxParked: 4,
      maxParkedBytes: 100,
    });
    admission.offer(0, 0);
    expect(admission.belowHalf()).toBe(true);
    admission.offer(1, 10);
    expect(admission.belowHalf()).toBe(true);
    admission.offer(2, 10);
    expect(admission.belowHalf()).toBe(false);
    admission.finished();
    expect(admission.belowHalf()).toBe(true);
    // Bytes count too: one parked job holding over half of the byte bound.
    admission.finished();
    admission.finished();
    admission.offer(3, 0);
    admission.offer(4, 60);
    expect([admission.parked(), admission.belowHalf()]).toEqual([1, false]);
    // Without parking there is nothing to wait for.
    expect(createAdmission<number>({ maxRunning: 1, maxQueued: 0, ...noParking }).belowHalf()).toBe(true);
  });

  it('gives every waiting job back on shutdown, queued then parked', () => {
    const admission = createAdmission<number>({
      maxRunning: 1,
      maxQueued: 1,
      maxParked: 2,
      maxParkedBytes: 100,
    });
    for (const job of [0, 1, 2, 3]) admission.offer(job, 5);
    expect(admission.takeWaiting()).toEqual([1, 2, 3]);
    expect([admission.queued(), admission.parked(), admission.parkedBytes()]).toEqual([0, 0, 0]);
  });

  it('stays a FIFO across many jobs (its arrays are compacted as they go)', () => {
    const admission = createAdmission<number>({
      maxRunning: 1,
      maxQueued: 3_000,
      maxParked: 3_000,
      maxParkedBytes: 1e9,
    });
    admission.offer(-1, 1);
    for (let i = 0; i < 5_000; i++) admission.offer(i, 1);
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
