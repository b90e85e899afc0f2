/**
 * The one implementation of the store port's session (service/store-port.ts StoreSession), on
 * SQLite (sqlite-store.ts) and on PostgreSQL (postgres-store.ts) alike. Most queries are written
 * with kysely's dialect-neutral builder; the statements of the car uplink path and the dealer list
 * are SQL texts, in hot-statements.ts with both dialects' forms side by side.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { CarDownlink, CarMessage, CarOutcome } from '../car-channel.ts';
import type { ActorKind, Appointment, AppointmentOrigin, AppointmentStatus } from '../domain/appointment.ts';
import { type HealthStatus, hasActiveWarnings } from '../domain/health-status.ts';
import { shownStart } from '../domain/lists.ts';
import { normalizeAppointment } from '../domain/transitions.ts';
import {
  DEFAULT_REDELIVERY,
  type DeliveryView,
  downlinkPolicyOf,
  type OpenDownlinkState,
} from '../service/downlink-ledger.ts';
import type {
  AppointmentListRecord,
  HealthStatusRecord,
  HealthStatusSource,
  HistoryEntry,
  StoreSession,
  VehicleRecord,
} from '../service/store-port.ts';
import { bookingDomainQueries } from './booking-domain-queries.ts';
import { dealerEventQueries } from './dealer-event-queries.ts';
import {
  APPOINTMENT_COLUMNS,
  type HotRunner,
  hotStatements,
  insertDownlinksSql,
  markDownlinksSentSql,
  queryRunner,
  type SqlDialect,
  supersedeDownlinksSql,
  textOf,
  vehicleAppointmentsSql,
} from './hot-statements.ts';
import { preferredDealerClaimQueries } from './preferred-dealer-claims.ts';
import {
  type AppointmentDetailsJson,
  carMessageOf,
  json,
  parse,
  storedCarMessage,
  toAppointment,
  toCustomer,
  toDealer,
  toVehicle,
  toVehicleAppointment,
  type VehicleListRow,
} from './rows.ts';
import type { AppointmentsTable, CustomersTable, Database, DealersTable, VehiclesTable } from './schema.ts';

/** The values of hot-statements.ts APPOINTMENT_COLUMNS, in that order. */
function appointmentValues(a: Appointment): unknown[] {
  const c = appointmentColumns(a);
  return APPOINTMENT_COLUMNS.map((column) => c[column]);
}

function appointmentColumns(a: Appointment): AppointmentsTable {
  return {
    appointment_id: a.appointmentId,
    vin: a.vin,
    customer_id: a.customerId,
    dealer_id: a.dealerId,
    origin: a.origin,
    status: a.status,
    customer_note: a.customerNote,
    preferred_windows_json: json(a.preferredWindows),
    health_status_json: a.healthStatus === null ? null : json(a.healthStatus),
    current_proposal_json: a.currentProposal === null ? null : json(a.currentProposal),
    details_json: json({
      statusSince: a.statusSince,
      inquiries: a.inquiries,
      preBooking: a.preBooking,
      awaitingFollowUpSince: a.awaitingFollowUpSince,
      serviceLevelBreachedAt: a.serviceLevelBreachedAt,
      navigationMode: a.navigationMode,
      reportedOdometerKm: a.reportedOdometerKm,
    } satisfies AppointmentDetailsJson),
    requested_at: a.requestedAt,
    updated_at: a.updatedAt,
    version: a.version,
    warnings_active: hasActiveWarnings(a.healthStatus ?? undefined) ? 1 : 0,
    awaiting_follow_up_since: a.awaitingFollowUpSince,
    service_level_breached_at: a.serviceLevelBreachedAt,
    // The start a list row shows (domain/lists.ts shownStart), despite the column's name.
    proposal_start: shownStart(a) ?? null,
    pre_booking_json: a.preBooking === null ? null : json(a.preBooking),
  };
}

/**
 * A dealer list in one statement (benchmark 7): the narrow list columns (migration 005) joined with
 * the vehicle and the customer, in the order of `listDealerAppointments`. Plain SQL text rather than
 * the query builder: this is the dealer API's busiest read, and building and compiling the query
 * cost more than running it. The text depends only on how many statuses are asked for, so the
 * prepared statement is reused (node-sqlite-dialect.ts). Served by appointments_dealer_status
 * (dealer, status) and a sort of the list's own rows.
 */
function dealerListQuery(
  dealerId: string,
  statuses: readonly string[] | undefined,
  dialect: SqlDialect,
): CompiledQuery {
  const byStatus = statuses ? ` AND a.status IN (${statuses.map(() => '?').join(', ')})` : '';
  return CompiledQuery.raw(
    textOf(
      `SELECT a.appointment_id, a.status, a.origin, a.vin, a.customer_id, a.requested_at, a.updated_at,
  a.warnings_active, a.awaiting_follow_up_since, a.service_level_breached_at, a.proposal_start,
  v.model, v.model_year, v.connected, c.name
FROM appointments a
LEFT JOIN vehicles v ON v.vin = a.vin
LEFT JOIN customers c ON c.customer_id = a.customer_id
WHERE a.dealer_id = ?${byStatus}
ORDER BY a.updated_at DESC, a.appointment_id`,
      dialect,
    ),
    [dealerId, ...(statuses ?? [])],
  );
}

interface DealerListRow {
  appointment_id: string;
  status: string;
  origin: string;
  vin: string;
  customer_id: string;
  requested_at: number;
  updated_at: number;
  warnings_active: number;
  awaiting_follow_up_since: number | null;
  service_level_breached_at: number | null;
  proposal_start: number | null;
  model: string | null;
  model_year: number | null;
  /** 0/1 from SQLite, false/true from PostgreSQL. */
  connected: number | boolean | null;
  name: string | null;
}

const numberOrNull = (value: number | null): number | null => (value === null ? null : Number(value));

/** A dealer's list generation token: its own count and the count of changes every list may show. */
/** The two counters of a dealer's list generation (migration 005) as columns `dealer` and `everyone`; the dealer is a column name or `?`, never a value. */
const generationColumns = (dealerIdExpression: string): string =>
  `(SELECT generation FROM list_generations WHERE dealer_id = ${dealerIdExpression}) AS dealer,
  (SELECT generation FROM list_generations WHERE dealer_id = '*') AS everyone`;
const listGeneration = (dealer: number | null, everyone: number | null): string =>
  `${dealer ?? 0}.${everyone ?? 0}`;

function toListRecord(row: DealerListRow): AppointmentListRecord {
  return {
    appointmentId: row.appointment_id,
    status: row.status as AppointmentStatus,
    origin: row.origin as AppointmentOrigin,
    vin: row.vin,
    customerId: row.customer_id,
    requestedAt: Number(row.requested_at),
    updatedAt: Number(row.updated_at),
    warningsActive: row.warnings_active === 1,
    awaitingFollowUpSince: numberOrNull(row.awaiting_follow_up_since),
    serviceLevelBreachedAt: numberOrNull(row.service_level_breached_at),
    proposalStart: numberOrNull(row.proposal_start),
    vehicle: { model: row.model ?? '', modelYear: row.model_year ?? 0, connected: Boolean(row.connected) },
    customerName: row.name ?? '',
  };
}

/** SQLite limits bound parameters per statement; keep IN lists and multi-row inserts well below. */
const CHUNK = 200;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

interface DownlinkRow {
  id: string;
  vin: string;
  created_at: number;
  message_json: string;
}
/** A row read to be sent: with its validity, so a stale one is seen (`withoutStale`), and its first hand-over. */
interface SendableRow extends DownlinkRow {
  valid_until: number | null;
  sent_at: number | null;
}

function toCarDownlink(row: DownlinkRow & { sent_at?: number | null }): CarDownlink {
  const downlink: CarDownlink = {
    id: row.id,
    vin: row.vin,
    createdAt: Number(row.created_at),
    message: carMessageOf(row.message_json),
  };
  if (row.sent_at !== undefined && row.sent_at !== null) downlink.firstSentAt = Number(row.sent_at);
  return downlink;
}

/** A session over `db` (the whole database, or one transaction's connection) in its dialect. */
export function createSession(
  db: Kysely<Database>,
  dialect: SqlDialect,
  /** How hot-statements.ts's statements run: through kysely unless the store knows better. */
  run: HotRunner = queryRunner(db),
): StoreSession {
  const HOT_SQL = hotStatements(dialect);
  // hot-statements.ts's statements: their rows, and how many rows a write changed.
  const { rows: rowsOf, changes } = run;
  /**
   * The car's open rows as `read` gives them, none past its validity (downlink-ledger.ts): when
   * the read holds one, the car's stale rows are expired and the read is made again. Only then:
   * the UPDATE on every read cost a statement per dispatch for what is rare.
   */
  async function withoutStale(
    vin: string,
    now: number | undefined,
    read: () => Promise<SendableRow[]>,
  ): Promise<SendableRow[]> {
    const rows = await read();
    if (now === undefined || !rows.some((row) => row.valid_until !== null && Number(row.valid_until) <= now))
      return rows;
    await changes(HOT_SQL.expireStaleDownlinksOf, [now, vin, now]);
    return read();
  }

  return {
    ...bookingDomainQueries(db, dialect, run),
    ...preferredDealerClaimQueries(db),
    ...dealerEventQueries(db, dialect, run),
    async getDealer(dealerId) {
      const [row] = await rowsOf<DealersTable>(HOT_SQL.selectDealer, [dealerId]);
      return row && toDealer(row);
    },
    async getDealers(dealerIds) {
      if (dealerIds.length === 0) return [];
      const rows = await db
        .selectFrom('dealers')
        .selectAll()
        .where('dealer_id', 'in', [...dealerIds])
        .execute();
      return rows.map(toDealer);
    },
    async insertDealer(d) {
      await db
        .insertInto('dealers')
        .values({
          dealer_id: d.dealerId,
          name: d.name,
          phone: d.phone,
          address_json: json(d.address),
          location_json: json(d.location),
          created_at: d.createdAt,
          email: d.email ?? null,
        })
        .execute();
    },
    async insertDealerApiKey(dealerId, keyHash, createdAt) {
      await db
        .insertInto('dealer_api_keys')
        .values({ key_hash: keyHash, dealer_id: dealerId, created_at: createdAt })
        .execute();
    },
    async deleteDealerApiKeys(dealerId) {
      const result = await db
        .deleteFrom('dealer_api_keys')
        .where('dealer_id', '=', dealerId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async findDealerApiKey(keyHash) {
      // Plain SQL text, and the list generation in the same statement: every dealer API request runs
      // it, and each statement outside a transaction takes and drops SQLite's read lock (syscalls).
      const { rows } = await db.executeQuery<{
        dealer_id: string;
        key_hash: string;
        dealer: number | null;
        everyone: number | null;
      }>(
        CompiledQuery.raw(
          textOf(
            `SELECT k.dealer_id, k.key_hash, ${generationColumns('k.dealer_id')} FROM dealer_api_keys k WHERE k.key_hash = ?`,
            dialect,
          ),
          [keyHash],
        ),
      );
      const row = rows[0];
      return (
        row && {
          dealerId: row.dealer_id,
          keyHash: row.key_hash,
          listGeneration: listGeneration(row.dealer, row.everyone),
        }
      );
    },

    async getCustomer(customerId) {
      const [row] = await rowsOf<CustomersTable>(HOT_SQL.selectCustomer, [customerId]);
      return row && toCustomer(row);
    },
    async getCustomers(customerIds) {
      if (customerIds.length === 0) return [];
      const rows = await db
        .selectFrom('customers')
        .selectAll()
        .where('customer_id', 'in', [...customerIds])
        .execute();
      return rows.map(toCustomer);
    },
    async insertCustomer(c) {
      await db
        .insertInto('customers')
        .values({
          customer_id: c.customerId,
          name: c.name,
          email: c.email,
          phone: c.phone,
          preferred_dealer_id: c.preferredDealerId,
          created_at: c.createdAt,
          reminder_days: c.reminderDays ?? null,
        })
        .execute();
    },

    async getVehicle(vin) {
      const [row] = await rowsOf<VehiclesTable>(HOT_SQL.selectVehicle, [vin]);
      return row && toVehicle(row);
    },
    async getVehicles(vins) {
      const out: VehicleRecord[] = [];
      for (const part of chunks(vins)) {
        const rows = await db.selectFrom('vehicles').selectAll().where('vin', 'in', part).execute();
        out.push(...rows.map(toVehicle));
      }
      return out;
    },
    async updateVehicleSecretHash(vin, secretHash) {
      const result = await db
        .updateTable('vehicles')
        .set({ secret_hash: secretHash })
        .where('vin', '=', vin)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async insertVehicles(vehicles) {
      for (const part of chunks(vehicles)) {
        await db
          .insertInto('vehicles')
          .values(
            part.map((v) => ({
              vin: v.vin,
              model: v.model,
              model_year: v.modelYear,
              connected: v.connected,
              primary_driver_customer_id: v.primaryDriverCustomerId,
              secret_hash: v.secretHash,
              created_at: v.createdAt,
            })),
          )
          .execute();
      }
    },

    async getAppointment(appointmentId) {
      const [row] = await rowsOf<AppointmentsTable>(HOT_SQL.selectAppointment, [appointmentId]);
      return row && toAppointment(row);
    },
    async insertAppointment(appointment) {
      await changes(HOT_SQL.insertAppointment, appointmentValues(appointment));
    },
    async updateAppointment(appointment, expectedVersion) {
      const [key, ...values] = appointmentValues(appointment);
      return (await changes(HOT_SQL.updateAppointment, [...values, key, expectedVersion])) === 1;
    },
    async listDealerAppointments(dealerId, statuses) {
      if (statuses?.length === 0) return [];
      let query = db.selectFrom('appointments').selectAll().where('dealer_id', '=', dealerId);
      if (statuses) query = query.where('status', 'in', [...statuses]);
      const rows = await query.orderBy('updated_at', 'desc').orderBy('appointment_id').execute();
      return rows.map(toAppointment);
    },
    async dealerListGeneration(dealerId) {
      // Counted by triggers (migration 005), in the same transaction as the change itself.
      const { rows } = await db.executeQuery<{ dealer: number | null; everyone: number | null }>(
        CompiledQuery.raw(textOf(`SELECT ${generationColumns('?')}`, dialect), [dealerId]),
      );
      return listGeneration(rows[0]?.dealer ?? null, rows[0]?.everyone ?? null);
    },
    async listDealerAppointmentRecords(dealerId, statuses) {
      if (statuses?.length === 0) return [];
      const { rows } = await db.executeQuery<DealerListRow>(dealerListQuery(dealerId, statuses, dialect));
      return rows.map(toListRecord);
    },
    async listVehicleAppointmentRecords(vin, limit) {
      const rows = await rowsOf<VehicleListRow>(HOT_SQL.vehicleList, [vin, Math.max(0, Math.trunc(limit))]);
      return rows.map(toVehicleAppointment);
    },
    async listOpenVehicleDealers(vin) {
      const rows = await rowsOf<{ dealer_id: string }>(HOT_SQL.openVehicleDealers, [vin]);
      return [...new Set(rows.map((row) => row.dealer_id))];
    },
    async countOpenVehicleAppointments(vin) {
      const [row] = await rowsOf<{ n: number }>(HOT_SQL.countOpenVehicleAppointments, [vin]);
      return Number(row?.n ?? 0);
    },
    async listVehicleAppointments(vin, statuses) {
      if (statuses.length === 0) return [];
      const rows = await rowsOf<AppointmentsTable>(vehicleAppointmentsSql(statuses, dialect), [
        vin,
        ...statuses,
      ]);
      return rows.map(toAppointment);
    },

    async appendHistory(entry) {
      await changes(HOT_SQL.insertHistory, [
        entry.appointmentId,
        entry.version,
        entry.at,
        entry.actor.kind,
        entry.actor.id,
        entry.command,
        entry.status,
        json(entry.snapshot),
      ]);
    },
    async listHistory(appointmentId) {
      const rows = await db
        .selectFrom('appointment_history')
        .selectAll()
        .where('appointment_id', '=', appointmentId)
        .orderBy('version')
        .execute();
      return rows.map(
        (row): HistoryEntry => ({
          appointmentId: row.appointment_id,
          version: row.version,
          at: Number(row.at),
          actor: { kind: row.actor_kind as ActorKind, id: row.actor_id },
          command: row.command,
          status: row.status as AppointmentStatus,
          snapshot: normalizeAppointment(parse<Appointment>(row.snapshot_json)),
        }),
      );
    },

    async enqueueCarDownlinks(downlinks, options) {
      // The same result as writing them one at a time, in order (a later message supersedes an
      // earlier one), in fewer statements: the rows already stored are superseded by one UPDATE per
      // car and time with every key the batch's messages close, and a row of the batch that a later
      // one closes is written superseded at once; then one INSERT for the batch.
      const rows = downlinks.map((d) => {
        const policy = downlinkPolicyOf(d.message);
        const keys = [...(policy.supersedeKey ? [policy.supersedeKey] : []), ...policy.alsoSupersedes];
        return { d, policy, keys, closedAt: null as number | null };
      });
      const groups = new Map<string, { vin: string; at: number; keys: Set<string> }>();
      for (const { d, keys } of rows) {
        if (keys.length === 0) continue;
        const id = `${d.createdAt}|${d.vin}`;
        const group = groups.get(id) ?? { vin: d.vin, at: d.createdAt, keys: new Set<string>() };
        for (const key of keys) group.keys.add(key);
        groups.set(id, group);
      }
      let superseded = 0;
      let capped = 0;
      for (const { vin, at, keys } of groups.values()) {
        superseded += await changes(supersedeDownlinksSql(keys.size, dialect), [at, vin, ...keys]);
      }
      // Newest first: `closing` holds, per car and key, the nearest later message that closes it.
      const closing = new Map<string, number>();
      for (const row of [...rows].reverse()) {
        const key = row.policy.supersedeKey;
        const closedAt = key === null ? undefined : closing.get(`${row.d.vin}|${key}`);
        if (closedAt !== undefined) {
          row.closedAt = closedAt;
          superseded += 1;
        }
        for (const key of row.keys) closing.set(`${row.d.vin}|${key}`, row.d.createdAt);
      }
      for (const part of chunks(rows)) {
        await changes(
          insertDownlinksSql(part.length, dialect),
          part.flatMap(({ d, policy, closedAt }) => [
            d.id,
            d.vin,
            d.message.kind,
            storedCarMessage(d.message),
            closedAt === null ? 'queued' : 'superseded',
            d.createdAt,
            policy.appointmentId,
            policy.supersedeKey,
            d.validUntil ?? policy.validUntil,
            d.createdAt,
            closedAt,
          ]),
        );
      }
      const cap = options?.maxOpenPerCar;
      if (cap !== undefined) {
        const now = downlinks.at(-1)?.createdAt ?? 0;
        for (const vin of new Set(downlinks.map((d) => d.vin))) {
          const [open] = await rowsOf<{ seq: number }>(HOT_SQL.openDownlinkBeyondCap, [vin, cap]);
          if (open) capped += await changes(HOT_SQL.expireDownlinksUpTo, [now, vin, open.seq]);
        }
      }
      return { superseded, capped };
    },
    async pendingCarDownlinks(limit) {
      const rows = await db
        .selectFrom('car_outbox')
        .select(['id', 'vin', 'created_at', 'message_json'])
        .where('state', '=', 'queued')
        .orderBy('created_at')
        .orderBy('seq')
        .limit(Math.max(0, Math.trunc(limit)))
        .execute();
      return rows.map(toCarDownlink);
    },
    async markCarDownlinksSent(ids, sentAt, policy = DEFAULT_REDELIVERY) {
      // One statement per chunk of ids, not a read and a write per id (docs/benchmarks.md); it
      // returns the rows' next attempt times, so the dispatcher needs no read to arm its timer.
      let earliest: number | null = null;
      for (const part of chunks([...new Set(ids)])) {
        const rows = await rowsOf<{ next_attempt_at: number }>(markDownlinksSentSql(part.length, dialect), [
          sentAt,
          sentAt,
          policy.maxMs,
          policy.baseMs,
          ...part,
        ]);
        for (const row of rows) {
          const at = Number(row.next_attempt_at);
          if (earliest === null || at < earliest) earliest = at;
        }
      }
      return earliest;
    },
    async markCarDownlinkDelivered(vin, id, deliveredAt) {
      // One statement: the update returns the row, and an open row has no closed_at yet.
      const [row] = await rowsOf<{ closed_at: number | null; proposal_json: string | null }>(
        HOT_SQL.markDownlinkDelivered,
        [deliveredAt, deliveredAt, id, vin],
      );
      if (!row || row.closed_at !== null || row.proposal_json === null) return undefined;
      return parse<Extract<CarMessage, { kind: 'proposal' }>>(row.proposal_json);
    },
    async undeliveredCarDownlinks(vin, limit, now) {
      const read = () =>
        rowsOf<SendableRow>(HOT_SQL.undeliveredDownlinksOf, [vin, Math.max(0, Math.trunc(limit))]);
      return (await withoutStale(vin, now, read)).map(toCarDownlink);
    },
    async dueCarDownlinks(vin, now, limit) {
      const read = () =>
        rowsOf<SendableRow>(HOT_SQL.dueDownlinksOf, [vin, now, Math.max(0, Math.trunc(limit))]);
      return (await withoutStale(vin, now, read)).map(toCarDownlink);
    },
    async carDownlinkWakeAt(vin) {
      const [row] = await rowsOf<{ wake: number | null }>(HOT_SQL.downlinkWakeAt, [vin]);
      return row?.wake === null || row?.wake === undefined ? null : Number(row.wake);
    },
    async expireCarDownlinks(now) {
      return changes(HOT_SQL.expireOpenDownlinks, [now, now]);
    },
    async deleteFinishedCarDownlinks(finishedBefore, limit) {
      return changes(HOT_SQL.deleteFinishedDownlinks, [
        finishedBefore,
        finishedBefore,
        Math.max(0, Math.trunc(limit)),
      ]);
    },
    async countOpenCarDownlinks() {
      const rows = await rowsOf<{ state: OpenDownlinkState; n: number | string }>(
        HOT_SQL.openDownlinkCounts,
        [],
      );
      const counts: Record<OpenDownlinkState, number> = { queued: 0, sent: 0 };
      for (const row of rows) counts[row.state] = Number(row.n);
      return counts;
    },
    async listAppointmentDownlinks(appointmentId) {
      const rows = await db
        .selectFrom('car_outbox')
        .select(['id', 'kind', 'state', 'created_at', 'sent_at', 'delivered_at', 'attempts'])
        .where('appointment_id', '=', appointmentId)
        .orderBy('seq')
        .execute();
      return rows.map(
        (row): DeliveryView => ({
          messageId: row.id,
          kind: row.kind as DeliveryView['kind'],
          state: row.state,
          createdAt: Number(row.created_at),
          sentAt: row.sent_at === null ? null : Number(row.sent_at),
          deliveredAt: row.delivered_at === null ? null : Number(row.delivered_at),
          attempts: Number(row.attempts),
        }),
      );
    },

    async listCarDownlinks(vin) {
      const rows = await db
        .selectFrom('car_outbox')
        .select(['id', 'vin', 'created_at', 'message_json', 'state'])
        .where('vin', '=', vin)
        .orderBy('seq')
        .execute();
      return rows.map((row) => ({ ...toCarDownlink(row), state: row.state }));
    },

    async getCarOutcome(vin, messageId) {
      const [row] = await rowsOf<{ outcome_json: string }>(HOT_SQL.selectOutcome, [vin, messageId]);
      return row && parse<CarOutcome>(row.outcome_json);
    },
    async putCarOutcome(vin, messageId, outcome, at) {
      await changes(HOT_SQL.insertOutcome, [vin, messageId, json(outcome), at]);
    },
    async deleteCarOutcomesBefore(before, limit) {
      const n = Math.max(0, Math.trunc(limit));
      // SQLite: the oldest rows by rowid, which is insertion order and so the order of
      // created_at; only they are read (at most `n`), and no index by age is kept for it, since
      // every uplink adds a row here and each index costs every uplink.
      if (dialect === 'sqlite')
        return changes(
          `DELETE FROM car_message_outcomes WHERE rowid IN (SELECT rowid FROM (SELECT rowid, created_at
FROM car_message_outcomes ORDER BY rowid LIMIT ?) WHERE created_at < ?)`,
          [n, before],
        );
      // PostgreSQL has no insertion order to read by: car_message_outcomes_created (migration 013).
      const result = await db
        .deleteFrom('car_message_outcomes')
        .where((eb) =>
          eb(
            eb.refTuple('vin', 'message_id'),
            'in',
            eb
              .selectFrom('car_message_outcomes')
              .select(['vin', 'message_id'])
              .where('created_at', '<', before)
              .limit(n)
              .$asTuple('vin', 'message_id'),
          ),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async insertHealthStatus(record) {
      await changes(HOT_SQL.insertHealthStatus, [
        record.id,
        record.vin,
        record.healthStatus.capturedAt,
        record.receivedAt,
        record.source,
        json(record.healthStatus),
      ]);
    },
    async listHealthStatuses(vin, limit) {
      let query = db
        .selectFrom('health_statuses')
        .selectAll()
        .where('vin', '=', vin)
        .orderBy('captured_at', 'desc')
        .orderBy('received_at', 'desc');
      if (limit !== undefined) query = query.limit(limit);
      const rows = await query.execute();
      return rows.map(
        (row): HealthStatusRecord => ({
          id: row.id,
          vin: row.vin,
          receivedAt: Number(row.received_at),
          source: row.source as HealthStatusSource,
          healthStatus: parse<HealthStatus>(row.health_status_json),
        }),
      );
    },
    async deleteHealthStatusesBefore(before, limit) {
      // Through health_statuses_received (migration 013), oldest first; a car's newest capture
      // stays (the dealer API's `latest`), found through (vin, captured_at).
      const doomed = db
        .selectFrom('health_statuses as old')
        .select('old.id')
        .where('old.received_at', '<', before)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('health_statuses as newer')
              .select('newer.id')
              .whereRef('newer.vin', '=', 'old.vin')
              .whereRef('newer.captured_at', '>', 'old.captured_at'),
          ),
        )
        .limit(Math.max(0, Math.trunc(limit)));
      const result = await db.deleteFrom('health_statuses').where('id', 'in', doomed).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
