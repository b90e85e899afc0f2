/**
 * The store port's contract (service/store-port.ts), one suite run against both stores: the SQLite
 * file and a PostgreSQL server. Every port operation, transactions committing and rolling back
 * together, a concurrent optimistic update losing cleanly, the dealer-list generation, due work
 * claimed exactly once by concurrent callers, and the downlink ledger's operations.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Appointment, CarMessage, HealthStatus } from '../src/index.ts';
import type { BookingStore, StoreSession } from '../src/service/store-port.ts';
import { type OpenedStore, openStoreUnderTest, stopTestPostgres, TEST_STORES } from './stores.ts';

afterAll(stopTestPostgres);

const T = Date.UTC(2026, 4, 4, 8, 0, 0);
const card = (dealerId: string) => ({
  dealerId,
  name: `Workshop ${dealerId}`,
  phone: '+46 31 00 00 00',
  address: { street: 'Road 1', postalCode: '41101', city: 'Göteborg', countryCode: 'SE' },
  location: { latitude: 57.7, longitude: 11.97 },
});
const warning: HealthStatus = {
  capturedAt: T - 1000,
  warnings: [
    { type: 'ENGINE' as never, severity: 'HIGH' as never, code: 'W1', location: 'engine', text: 'check' },
  ],
  dtcs: [],
};

function appointment(id: string, overrides: Partial<Appointment> = {}): Appointment {
  return {
    appointmentId: id,
    vin: 'VIN00000000000001',
    customerId: 'c1',
    dealerId: 'd1',
    origin: 'car',
    status: 'requested',
    customerNote: 'brakes squeal',
    preferredWindows: [{ earliest: T + 86_400_000, latest: T + 2 * 86_400_000 }],
    healthStatus: null,
    currentProposal: null,
    requestedAt: T,
    updatedAt: T,
    statusSince: T,
    inquiries: [],
    preBooking: null,
    awaitingFollowUpSince: null,
    serviceLevelBreachedAt: null,
    navigationMode: null,
    reportedOdometerKm: null,
    version: 1,
    ...overrides,
  };
}

/** Two dealers, two customers, two cars (one per dealer's customer). */
async function seed(s: StoreSession): Promise<void> {
  await s.insertDealer({ ...card('d1'), createdAt: T, email: 'd1@example.invalid' });
  await s.insertDealer({ ...card('d2'), createdAt: T });
  await s.insertCustomer({
    customerId: 'c1',
    name: 'Ada',
    email: 'ada@example.invalid',
    phone: null,
    preferredDealerId: 'd1',
    createdAt: T,
  });
  await s.insertCustomer({
    customerId: 'c2',
    name: 'Bo',
    email: 'bo@example.invalid',
    phone: '+46 70',
    preferredDealerId: 'd2',
    createdAt: T,
    reminderDays: 2,
  });
  await s.insertVehicles([
    {
      vin: 'VIN00000000000001',
      model: 'XC60',
      modelYear: 2024,
      connected: true,
      primaryDriverCustomerId: 'c1',
      secretHash: 'h1',
      createdAt: T,
    },
    {
      vin: 'VIN00000000000002',
      model: 'EX30',
      modelYear: 2025,
      connected: false,
      primaryDriverCustomerId: 'c2',
      secretHash: 'h2',
      createdAt: T,
    },
  ]);
}

const list = (generatedAt: number): CarMessage => ({
  kind: 'appointment-list',
  generatedAt,
  appointments: [],
});

describe.each(TEST_STORES)('store contract on %s', (kind) => {
  let opened: OpenedStore;
  let store: BookingStore;
  beforeEach(async () => {
    opened = await openStoreUnderTest(kind);
    store = opened.store;
    await store.transaction(seed);
    return () => opened.remove();
  });

  it('reads back dealers, customers and vehicles as written, with typed numbers and booleans', async () => {
    await store.read(async (s) => {
      expect(await s.getDealer('d1')).toEqual({ ...card('d1'), createdAt: T, email: 'd1@example.invalid' });
      expect((await s.getDealer('d2'))?.email).toBeNull();
      expect(await s.getDealer('nope')).toBeUndefined();
      expect((await s.getDealers(['d1', 'd2', 'x'])).map((d) => d.dealerId).sort()).toEqual(['d1', 'd2']);
      expect(await s.getDealers([])).toEqual([]);
      const c2 = await s.getCustomer('c2');
      expect(c2).toEqual({
        customerId: 'c2',
        name: 'Bo',
        email: 'bo@example.invalid',
        phone: '+46 70',
        preferredDealerId: 'd2',
        createdAt: T,
        reminderDays: 2,
      });
      expect(typeof c2?.createdAt).toBe('number');
      expect((await s.getCustomers(['c1', 'c2'])).length).toBe(2);
      const v1 = await s.getVehicle('VIN00000000000001');
      expect(v1).toMatchObject({ connected: true, modelYear: 2024, createdAt: T });
      expect((await s.getVehicle('VIN00000000000002'))?.connected).toBe(false);
      expect((await s.getVehicles(['VIN00000000000001', 'VIN00000000000002'])).length).toBe(2);
    });
    expect(await store.transaction((s) => s.updateVehicleSecretHash('VIN00000000000001', 'h9'))).toBe(true);
    expect(await store.transaction((s) => s.updateVehicleSecretHash('UNKNOWN', 'h9'))).toBe(false);
    expect((await store.read((s) => s.getVehicle('VIN00000000000001')))?.secretHash).toBe('h9');
  });

  it('finds a dealer API key with its list generation, and customer tokens', async () => {
    await store.transaction(async (s) => {
      await s.insertDealerApiKey('d1', 'k1', T);
      await s.insertCustomerToken('t1', 'c1', T);
      await s.insertCustomerToken('t2', 'c1', T);
    });
    await store.read(async (s) => {
      const key = await s.findDealerApiKey('k1');
      expect(key).toEqual({
        dealerId: 'd1',
        keyHash: 'k1',
        listGeneration: await s.dealerListGeneration('d1'),
      });
      expect(await s.findDealerApiKey('k2')).toBeUndefined();
      expect(await s.findCustomerToken('t1')).toEqual({ customerId: 'c1', tokenHash: 't1' });
      expect(await s.findCustomerToken('t3')).toBeUndefined();
      expect(await s.countCustomerTokens('c1')).toBe(2);
      expect(await s.countCustomerTokens('c2')).toBe(0);
    });
  });

  it('stores appointments with their version check, lists and history', async () => {
    const a1 = appointment('a1', { healthStatus: warning });
    const a2 = appointment('a2', { updatedAt: T + 10, requestedAt: T + 10, status: 'proposed' });
    const closed = appointment('a3', { updatedAt: T + 20, status: 'closed' });
    await store.transaction(async (s) => {
      for (const a of [a1, a2, closed]) await s.insertAppointment(a);
      await s.appendHistory({
        appointmentId: 'a1',
        version: 1,
        at: T,
        actor: { kind: 'car', id: 'VIN00000000000001' },
        command: 'request',
        status: 'requested',
        snapshot: a1,
      });
    });
    await store.read(async (s) => {
      expect(await s.getAppointment('a1')).toEqual(a1);
      expect(await s.getAppointment('zz')).toBeUndefined();
      expect((await s.listDealerAppointments('d1')).map((a) => a.appointmentId)).toEqual(['a3', 'a2', 'a1']);
      expect((await s.listDealerAppointments('d1', ['requested'])).map((a) => a.appointmentId)).toEqual([
        'a1',
      ]);
      expect(await s.listDealerAppointments('d1', [])).toEqual([]);
      expect(await s.listDealerAppointments('d2')).toEqual([]);
      const records = await s.listDealerAppointmentRecords('d1', ['requested', 'proposed']);
      expect(records.map((r) => r.appointmentId)).toEqual(['a2', 'a1']);
      expect(records[1]).toMatchObject({
        warningsActive: true,
        requestedAt: T,
        vehicle: { model: 'XC60', modelYear: 2024, connected: true },
        customerName: 'Ada',
        proposalStart: null,
      });
      expect(records[0]?.warningsActive).toBe(false);
      const car = await s.listVehicleAppointmentRecords('VIN00000000000001', 10);
      expect(car.map((r) => r.appointmentId)).toEqual(['a1', 'a2']);
      expect(await s.listVehicleAppointmentRecords('VIN00000000000001', 1)).toHaveLength(1);
      expect(await s.countOpenVehicleAppointments('VIN00000000000001')).toBe(2);
      expect(
        (await s.listVehicleAppointments('VIN00000000000001', ['closed'])).map((a) => a.appointmentId),
      ).toEqual(['a3']);
      expect((await s.listCustomerAppointments('c1')).length).toBe(3);
      const [entry] = await s.listHistory('a1');
      expect(entry).toMatchObject({ version: 1, at: T, actor: { kind: 'car' }, snapshot: a1 });
    });
    const next = { ...a1, status: 'proposed' as const, version: 2, updatedAt: T + 30 };
    expect(await store.transaction((s) => s.updateAppointment(next, 1))).toBe(true);
    expect(await store.transaction((s) => s.updateAppointment({ ...next, version: 3 }, 1))).toBe(false);
    expect((await store.read((s) => s.getAppointment('a1')))?.version).toBe(2);
  });

  it('commits a transaction together and rolls a failed one back together', async () => {
    await store.transaction(async (s) => {
      await s.insertAppointment(appointment('a1'));
      await s.putCarOutcome('VIN00000000000001', 'm1', { ok: true, appointmentId: 'a1' }, T);
    });
    await expect(
      store.transaction(async (s) => {
        await s.insertAppointment(appointment('a2'));
        await s.putCarOutcome('VIN00000000000001', 'm2', { ok: true, appointmentId: 'a2' }, T);
        throw new Error('fails after both writes');
      }),
    ).rejects.toThrow('fails after both writes');
    // A statement that fails (duplicate key) rolls its transaction back too.
    await expect(
      store.transaction(async (s) => {
        await s.insertAppointment(appointment('a4'));
        await s.insertAppointment(appointment('a1'));
      }),
    ).rejects.toThrow();
    await store.read(async (s) => {
      expect(await s.getAppointment('a1')).toBeDefined();
      expect(await s.getCarOutcome('VIN00000000000001', 'm1')).toEqual({ ok: true, appointmentId: 'a1' });
      expect(await s.getAppointment('a2')).toBeUndefined();
      expect(await s.getCarOutcome('VIN00000000000001', 'm2')).toBeUndefined();
      expect(await s.getAppointment('a4')).toBeUndefined();
    });
  });

  it('lets exactly one of concurrent updates from the same version win; the others change nothing', async () => {
    await store.transaction((s) => s.insertAppointment(appointment('a1')));
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        store.transaction(async (s) => {
          const current = await s.getAppointment('a1');
          if (!current) throw new Error('missing');
          return s.updateAppointment({ ...current, customerNote: `writer ${n}`, version: 2 }, 1);
        }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const stored = await store.read((s) => s.getAppointment('a1'));
    expect(stored?.version).toBe(2);
    expect(stored?.customerNote).toBe(`writer ${results.indexOf(true) + 1}`);
  });

  it("changes a dealer's list generation with its appointments and the shown customer fields, not otherwise", async () => {
    const gen = (dealerId: string) => store.read((s) => s.dealerListGeneration(dealerId));
    const g0 = await gen('d1');
    const other0 = await gen('d2');
    await store.transaction((s) => s.insertAppointment(appointment('a1')));
    const g1 = await gen('d1');
    expect(g1).not.toBe(g0);
    expect(await gen('d2')).toBe(other0);
    // Not shown in a list: the generation stays.
    await store.transaction((s) => s.updateVehicleSecretHash('VIN00000000000001', 'h5'));
    await store.transaction((s) =>
      s.insertHealthStatus({
        id: 'hs1',
        vin: 'VIN00000000000001',
        receivedAt: T,
        source: 'upload',
        healthStatus: warning,
      }),
    );
    expect(await gen('d1')).toBe(g1);
    // A customer's name is shown in every dealer's lists.
    await store.transaction((s) =>
      s.updateCustomerContact('c1', { name: 'Ada L', email: 'a@x.invalid', phone: null }),
    );
    const g2 = await gen('d1');
    expect(g2).not.toBe(g1);
    expect(await gen('d2')).not.toBe(other0);
    // Rolled back: no change.
    await store
      .transaction(async (s) => {
        await s.insertAppointment(appointment('a2'));
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await gen('d1')).toBe(g2);
  });

  it('claims a due timer exactly once among concurrent callers, and keeps timers as asked', async () => {
    await store.transaction(async (s) => {
      await s.insertAppointment(appointment('a1'));
      await s.replaceTimers(
        'a1',
        [
          { id: 't1', appointmentId: 'a1', kind: 'reminder', dueAt: T + 100 },
          { id: 't2', appointmentId: 'a1', kind: 'follow-up', dueAt: T + 200 },
        ],
        T,
        { newAppointment: true },
      );
    });
    expect((await store.read((s) => s.dueWork(T + 150, 10))).map((w) => w.id)).toEqual(['t1']);
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => store.transaction((s) => s.claimDueWork('t1', T + 150))),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Replace: t2 is cancelled, a new one armed, the fired t1 (same kind and due time) stays done.
    await store.transaction((s) =>
      s.replaceTimers(
        'a1',
        [
          { id: 't1b', appointmentId: 'a1', kind: 'reminder', dueAt: T + 100 },
          { id: 't3', appointmentId: 'a1', kind: 'follow-up', dueAt: T + 300 },
        ],
        T + 160,
      ),
    );
    const timers = await store.read((s) => s.listTimers('a1'));
    expect(timers.map((t) => [t.id, t.state, t.dueAt])).toEqual([
      ['t1', 'done', T + 100],
      ['t2', 'cancelled', T + 200],
      ['t3', 'due', T + 300],
    ]);
    expect((await store.read((s) => s.dueWork(T + 1000, 10))).map((w) => w.id)).toEqual(['t3']);
  });

  it('keeps time rules, mails, outcomes and Health Statuses, and deletes them past their retention', async () => {
    await store.transaction(async (s) => {
      await s.putTimeRules('market', 'SE', { reminderDays: 3 } as never, T);
      await s.putTimeRules('dealer', 'd1', { reminderDays: 1 } as never, T);
      await s.putTimeRules('dealer', 'd1', { reminderDays: 2 } as never, T + 1);
      await s.enqueueMails([
        {
          id: 'm1',
          kind: 'k',
          to: 'ada@example.invalid',
          subject: 's',
          body: 'b',
          customerId: 'c1',
          dealerId: 'd1',
          appointmentId: null,
          createdAt: T,
        },
        {
          id: 'm2',
          kind: 'k',
          to: 'bo@example.invalid',
          subject: 's',
          body: 'b',
          customerId: 'c2',
          dealerId: null,
          appointmentId: null,
          createdAt: T + 1,
        },
      ]);
      for (const [id, capturedAt, receivedAt] of [
        ['h1', T - 5000, T],
        ['h2', T - 1000, T + 1],
      ] as const)
        await s.insertHealthStatus({
          id,
          vin: 'VIN00000000000001',
          receivedAt,
          source: 'upload',
          healthStatus: { ...warning, capturedAt },
        });
    });
    await store.transaction(async (s) => {
      await s.markMailSent('m1', T + 5);
      await s.markMailFailed('m2', 'smtp down', T + 6);
    });
    await store.read(async (s) => {
      expect(await s.getTimeRules('dealer', 'd1')).toEqual({ reminderDays: 2 });
      expect(await s.getTimeRules('dealer', 'd2')).toBeUndefined();
      expect(await s.getDealerTimeRules('d1', 'SE')).toEqual({
        market: { reminderDays: 3 },
        dealer: { reminderDays: 2 },
      });
      expect(await s.getDealerTimeRules('d1', null)).toEqual({
        market: undefined,
        dealer: { reminderDays: 2 },
      });
      expect((await s.pendingMails(10)).map((m) => m.id)).toEqual(['m2']);
      expect((await s.listMails({})).map((m) => [m.id, m.state])).toEqual([
        ['m1', 'sent'],
        ['m2', 'queued'],
      ]);
      expect((await s.listMails({ customerId: 'c2' })).map((m) => m.id)).toEqual(['m2']);
      expect((await s.listHealthStatuses('VIN00000000000001')).map((h) => h.id)).toEqual(['h2', 'h1']);
      expect(await s.listHealthStatuses('VIN00000000000001', 1)).toHaveLength(1);
    });
    // Retention: only a sent mail goes; a car's newest Health Status stays; ids oldest first.
    await store.transaction(async (s) => {
      await s.putCarOutcome('VIN00000000000001', 'old-1', { ok: true, appointmentId: 'a1' }, T);
      await s.putCarOutcome('VIN00000000000002', 'old-2', { ok: true, appointmentId: 'a2' }, T + 1);
      await s.putCarOutcome('VIN00000000000001', 'new-1', { ok: true, appointmentId: 'a3' }, T + 100);
    });
    expect(await store.transaction((s) => s.deleteSentMailsBefore(T + 1_000, 10))).toBe(1);
    expect(await store.transaction((s) => s.deleteHealthStatusesBefore(T + 1_000, 10))).toBe(1);
    expect(await store.transaction((s) => s.deleteCarOutcomesBefore(T + 50, 1))).toBe(1);
    expect(await store.transaction((s) => s.deleteCarOutcomesBefore(T + 50, 10))).toBe(1);
    await store.read(async (s) => {
      expect((await s.listMails({})).map((m) => m.id)).toEqual(['m2']);
      expect((await s.listHealthStatuses('VIN00000000000001')).map((h) => h.id)).toEqual(['h2']);
      expect(await s.getCarOutcome('VIN00000000000001', 'old-1')).toBeUndefined();
      expect(await s.getCarOutcome('VIN00000000000002', 'old-2')).toBeUndefined();
      expect(await s.getCarOutcome('VIN00000000000001', 'new-1')).toEqual({ ok: true, appointmentId: 'a3' });
    });
  });

  it('claims each queued mail for one claimant among concurrent claimers; a failure or a lapsed lease frees it', async () => {
    const mails = Array.from({ length: 30 }, (_, i) => ({
      id: `claim-${String(i).padStart(2, '0')}`,
      kind: 'k',
      to: 'ada@example.invalid',
      subject: 's',
      body: 'b',
      customerId: 'c1',
      dealerId: null,
      appointmentId: null,
      createdAt: T + i,
    }));
    await store.transaction((s) => s.enqueueMails(mails));
    // Six claimers at once (several pooled connections on PostgreSQL), ten mails each at most.
    const claimed = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        store.transaction((s) => s.claimMails(`claimer-${i}`, T, T + 60_000, 10)),
      ),
    );
    const ids = claimed.flat().map((m) => m.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(await store.transaction((s) => s.claimMails('late', T + 1, T + 60_000, 10))).toEqual([]);
    // A failed send ends its claim at the failure: free for a round that starts after it.
    await store.transaction((s) => s.markMailFailed('claim-07', 'smtp down', T + 100));
    expect(await store.transaction((s) => s.claimMails('same-round', T + 50, T + 60_000, 10))).toEqual([]);
    const retried = await store.transaction((s) => s.claimMails('next-round', T + 101, T + 60_000, 10));
    expect(retried.map((m) => m.id)).toEqual(['claim-07']);
    // A sent mail is never claimed again; the others come free when their lease lapses.
    await store.transaction((s) => s.markMailSent('claim-00', T + 200));
    const lapsed = await store.transaction((s) => s.claimMails('after-lease', T + 60_001, T + 120_000, 100));
    expect(lapsed.map((m) => m.id)).toEqual(mails.slice(1).map((m) => m.id));
  });

  it('keeps customer profiles, vehicle relations and preferred-dealer claims', async () => {
    await store.transaction(async (s) => {
      await s.updateCustomerReminderDays('c1', 4);
      await s.putCustomerProfile(
        {
          customerId: 'c1',
          source: 'dms',
          contactBy: { phone: true, email: false, sms: true },
          previousPreferredDealerId: 'd2',
          preferredDealerPending: true,
          websiteInvitedAt: T,
        },
        T,
      );
      await s.setPreferredDealer('c2', 'd1');
      await s.addVehicleRelation('c1', 'VIN00000000000002', T);
      await s.addVehicleRelation('c1', 'VIN00000000000002', T);
      await s.insertPreferredDealerClaim({
        claimId: 'p1',
        customerId: 'c1',
        dealerId: 'd2',
        vin: 'VIN00000000000001',
        claimedAt: T,
      });
      await s.insertPreferredDealerClaim({
        claimId: 'p2',
        customerId: 'c1',
        dealerId: 'd2',
        vin: 'VIN00000000000001',
        claimedAt: T + 5,
      });
    });
    await store.read(async (s) => {
      expect((await s.getCustomer('c1'))?.reminderDays).toBe(4);
      expect(await s.getCustomerProfile('c1')).toMatchObject({
        source: 'dms',
        preferredDealerPending: true,
        websiteInvitedAt: T,
      });
      expect((await s.getCustomerProfile('c2')).source).toBe('central');
      expect((await s.listDealerCustomers('d1')).map((c) => c.customerId)).toEqual(['c1', 'c2']);
      expect((await s.listCustomerVehicles('c1')).map((r) => [r.vin, r.primaryDriver])).toEqual([
        ['VIN00000000000001', true],
        ['VIN00000000000002', false],
      ]);
      expect((await s.listPreferredDealerClaims('c1', 1)).map((c) => c.claimId)).toEqual(['p2']);
      expect(await s.countPreferredDealerClaimsSince('d2', T + 1)).toBe(1);
    });
    expect(
      await store.transaction((s) => s.reportVehicleRelation('c1', 'VIN00000000000001', T + 9, 'not mine')),
    ).toBe(true);
    expect(await store.transaction((s) => s.removeVehicleRelation('c1', 'VIN00000000000002'))).toBe(true);
    expect(await store.transaction((s) => s.removeVehicleRelation('c1', 'VIN00000000000002'))).toBe(false);
    await store.transaction((s) => s.setPrimaryDriver('VIN00000000000001', null));
    expect(await store.read((s) => s.listCustomerVehicles('c1'))).toEqual([
      {
        vin: 'VIN00000000000001',
        customerId: 'c1',
        primaryDriver: false,
        reportedIncorrectAt: T + 9,
        reportNote: 'not mine',
      },
    ]);
  });

  it('runs the downlink ledger: enqueue, due, sent, wake, delivered per VIN, expiry, counts, retention', async () => {
    const vin = 'VIN00000000000001';
    await store.transaction(async (s) => {
      await s.insertAppointment(appointment('a1'));
      await s.enqueueCarDownlinks([
        { id: 'l1', vin, createdAt: T, message: list(T) },
        { id: 'l2', vin, createdAt: T + 1, message: list(T + 1) },
        {
          id: 'r1',
          vin,
          createdAt: T + 2,
          message: {
            kind: 'reminder',
            appointmentId: 'a1',
            dealer: card('d1'),
            start: T + 60_000,
            reminderKind: 'day-of',
          },
        },
      ]);
    });
    await store.read(async (s) => {
      expect((await s.pendingCarDownlinks(10)).map((d) => d.id)).toEqual(['l2', 'r1']);
      expect((await s.listCarDownlinks(vin)).map((d) => [d.id, d.state])).toEqual([
        ['l1', 'superseded'],
        ['l2', 'queued'],
        ['r1', 'queued'],
      ]);
      expect(await s.carDownlinkWakeAt(vin)).toBeNull();
      expect(await s.countOpenCarDownlinks()).toEqual({ queued: 2, sent: 0 });
    });
    await store.transaction((s) => s.markCarDownlinksSent(['l2', 'r1'], T + 10));
    await store.read(async (s) => {
      expect(await s.countOpenCarDownlinks()).toEqual({ queued: 0, sent: 2 });
      const wake = await s.carDownlinkWakeAt(vin);
      expect(typeof wake).toBe('number');
      expect(wake).toBeGreaterThan(T + 10);
      expect(await s.dueCarDownlinks(vin, T + 10, 10)).toEqual([]);
      expect((await s.dueCarDownlinks(vin, wake ?? 0, 10)).map((d) => d.id)).toEqual(['l2', 'r1']);
      expect((await s.listAppointmentDownlinks('a1')).map((d) => [d.messageId, d.state, d.attempts])).toEqual(
        [['r1', 'sent', 1]],
      );
    });
    // Another car's receipt changes nothing; the car's own delivers.
    await store.transaction((s) => s.markCarDownlinkDelivered('VIN00000000000002', 'l2', T + 20));
    await store.transaction((s) => s.markCarDownlinkDelivered(vin, 'l2', T + 20));
    expect(await store.transaction((s) => s.expireCarDownlinks(T + 60_000))).toBe(1);
    await store.read(async (s) => {
      // Only open rows are counted (the gauge); the finished ones are still in the ledger.
      expect(await s.countOpenCarDownlinks()).toEqual({ queued: 0, sent: 0 });
      expect((await s.listCarDownlinks(vin)).map((d) => d.state).sort()).toEqual([
        'delivered',
        'expired',
        'superseded',
      ]);
      expect(await s.undeliveredCarDownlinks(vin, 10)).toEqual([]);
    });
    expect(await store.transaction((s) => s.deleteFinishedCarDownlinks(T + 100_000, 2))).toBe(2);
    expect(await store.transaction((s) => s.deleteFinishedCarDownlinks(T + 100_000, 2))).toBe(1);
    expect(await store.read((s) => s.listCarDownlinks(vin))).toEqual([]);
  });
});
