/**
 * The statements of the car uplink path (booking request, proposal response, cancellation, Health
 * Status upload, delivery receipt, downlink dispatch), written out once as SQL text.
 *
 * Why not the query builder: kysely builds and compiles a query on every call, and on this path
 * that cost more than running the statement (docs/benchmarks.md, booking path). A fixed text is
 * prepared once and reused (node-sqlite-dialect.ts keeps prepared statements by text).
 *
 * Both dialects side by side: a statement is one text with `?` placeholders when SQLite and
 * PostgreSQL accept the same SQL (PostgreSQL gets it with `?` rewritten to `$1, $2, ...` by
 * `toPostgres`), or `{ sqlite, postgres }` where the SQL differs (scalar max/min, bit shifts on
 * bigint). `hotStatements(dialect)` gives one dialect's texts, built once.
 *
 * Texts whose length depends on an argument (an IN list) are functions of that count only, never
 * of a value: values are always bound.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import { APPOINTMENT_STATUSES } from '../domain/appointment.ts';
import { isOpen } from '../domain/lists.ts';
import { FINISHED_DOWNLINK_STATES, OPEN_DOWNLINK_STATES } from '../service/downlink-ledger.ts';
import type { Database } from './schema.ts';

/** The SQL dialects the store runs on (sqlite-store.ts, postgres-store.ts). */
export type SqlDialect = 'sqlite' | 'postgres';

/** A statement that differs between the dialects, both forms with `?` placeholders. */
interface PerDialect {
  readonly sqlite: string;
  readonly postgres: string;
}
type Statement = string | PerDialect;

/**
 * `?` placeholders to PostgreSQL's `$1, $2, ...`, in order. Only for our own statement texts:
 * they have no `?` inside string literals or comments.
 */
export function toPostgres(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * PostgreSQL names of this file's statements, by text: the PostgreSQL store sends these as named
 * prepared statements (parsed and planned once per connection, postgres-store.ts). Bounded: one
 * name per statement, and one per IN-list length of the count-dependent ones (at most the
 * store's chunk size, store-session.ts).
 */
const postgresNames = new Map<string, string>();
export const postgresStatementName = (text: string): string | undefined => postgresNames.get(text);
function named(name: string, text: string, dialect: SqlDialect): string {
  if (dialect === 'postgres' && !postgresNames.has(text)) postgresNames.set(text, `csb_${name}`);
  return text;
}

/** One dialect's text of a statement. */
export function textOf(statement: Statement, dialect: SqlDialect): string {
  const text = typeof statement === 'string' ? statement : statement[dialect];
  return dialect === 'postgres' ? toPostgres(text) : text;
}

/** A fixed list of domain constants as SQL literals (never user input). */
const literals = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/**
 * A count-dependent text (an IN list, a multi-row VALUES) built once per count and dialect: these
 * run on every uplink, and building the text showed in its profile. Bounded by the counts used
 * (at most the store's chunk size, store-session.ts, or a domain list's length).
 */
function builtOnce(
  build: (count: number, dialect: SqlDialect) => string,
): (count: number, dialect: SqlDialect) => string {
  const texts = new Map<string, string>();
  return (count, dialect) => {
    const key = `${dialect}:${count}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = build(count, dialect);
      texts.set(key, text);
    }
    return text;
  };
}

/** Statuses a car shows in "My appointments" (domain/lists.ts isOpen). */
export const OPEN_APPOINTMENT_STATUSES = APPOINTMENT_STATUSES.filter(isOpen);
const OPEN_APPOINTMENTS = `status IN (${literals(OPEN_APPOINTMENT_STATUSES)})`;
const OPEN_DOWNLINKS = `state IN (${literals(OPEN_DOWNLINK_STATES)})`;

/**
 * A statement over a car's open rows, through the partial index made for them (migration 012):
 * on SQLite named with INDEXED BY, because its planner, knowing nothing of how few rows a
 * partial index holds, takes the car's full index on a tie and would read the car's whole
 * history; PostgreSQL's planner knows the index sizes and chooses by itself.
 */
function throughIndex(table: string, index: string, sql: (from: string) => string): PerDialect {
  return { sqlite: sql(`${table} INDEXED BY ${index}`), postgres: sql(table) };
}
const openDownlinksOfCar = (sql: (from: string) => string): PerDialect =>
  throughIndex('car_outbox', 'car_outbox_open_vin_seq', sql);
const openAppointmentsOfCar = (sql: (from: string) => string): PerDialect =>
  throughIndex('appointments', 'appointments_open_vin', sql);

/** Every column of `appointments`, in the order of `appointmentValues` (sqlite-store.ts). */
export const APPOINTMENT_COLUMNS = [
  'appointment_id',
  'vin',
  'customer_id',
  'dealer_id',
  'origin',
  'status',
  'customer_note',
  'preferred_windows_json',
  'health_status_json',
  'current_proposal_json',
  'details_json',
  'requested_at',
  'updated_at',
  'version',
  'warnings_active',
  'awaiting_follow_up_since',
  'service_level_breached_at',
  'proposal_start',
  'pre_booking_json',
] as const;

const STATEMENTS = {
  selectOutcome: 'SELECT outcome_json FROM car_message_outcomes WHERE vin = ? AND message_id = ?',
  insertOutcome:
    'INSERT INTO car_message_outcomes (vin, message_id, outcome_json, created_at) VALUES (?, ?, ?, ?)',
  insertHealthStatus:
    'INSERT INTO health_statuses (id, vin, captured_at, received_at, source, health_status_json) VALUES (?, ?, ?, ?, ?, ?)',

  selectVehicle: 'SELECT * FROM vehicles WHERE vin = ?',
  selectCustomer: 'SELECT * FROM customers WHERE customer_id = ?',
  selectDealer: 'SELECT * FROM dealers WHERE dealer_id = ?',
  selectTimeRules: 'SELECT rules_json FROM time_rule_settings WHERE scope = ? AND scope_id = ?',
  /** A dealer's and its market's rows (primary key (scope, scope_id): two lookups). Parameters: dealer, country. */
  selectDealerTimeRules: `SELECT scope, rules_json FROM time_rule_settings
WHERE (scope = 'dealer' AND scope_id = ?) OR (scope = 'market' AND scope_id = ?)`,

  selectAppointment: 'SELECT * FROM appointments WHERE appointment_id = ?',
  insertAppointment: `INSERT INTO appointments (${APPOINTMENT_COLUMNS.join(', ')}) VALUES (${placeholders(APPOINTMENT_COLUMNS.length)})`,
  /** Every column but the key, then the key and the expected version (optimistic concurrency). */
  updateAppointment: `UPDATE appointments SET ${APPOINTMENT_COLUMNS.slice(1)
    .map((c) => `${c} = ?`)
    .join(', ')} WHERE appointment_id = ? AND version = ?`,
  insertHistory:
    'INSERT INTO appointment_history (appointment_id, version, at, actor_kind, actor_id, command, status, snapshot_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  /**
   * The car's "My appointments": only its open rows, in list order (partial index
   * appointments_open_vin, migration 012),
   * only the columns the car is shown; bounded by the LIMIT whatever the car's history.
   */
  vehicleList: openAppointmentsOfCar(
    (from) => `SELECT appointment_id, status, dealer_id, current_proposal_json, pre_booking_json FROM ${from}
WHERE vin = ? AND ${OPEN_APPOINTMENTS} ORDER BY requested_at, appointment_id LIMIT ?`,
  ),
  countOpenVehicleAppointments: openAppointmentsOfCar(
    (from) => `SELECT count(*) AS n FROM ${from} WHERE vin = ? AND ${OPEN_APPOINTMENTS}`,
  ),
  /** The dealers of the car's open appointments, one row each (who hears of its Health Status, dealer-events.ts). */
  openVehicleDealers: openAppointmentsOfCar(
    (from) => `SELECT dealer_id FROM ${from} WHERE vin = ? AND ${OPEN_APPOINTMENTS}`,
  ),

  /**
   * The `seq` of the car's open row that is `cap` rows behind its newest (none: within the cap).
   * A SELECT and, only when it finds a row, the UPDATE below: one UPDATE with this as its subquery
   * cost twice the SELECT in the common case of a car within its cap (measured).
   */
  openDownlinkBeyondCap: openDownlinksOfCar(
    (from) =>
      `SELECT seq FROM ${from} WHERE vin = ? AND ${OPEN_DOWNLINKS} ORDER BY seq DESC LIMIT 1 OFFSET ?`,
  ),
  expireDownlinksUpTo: openDownlinksOfCar(
    (from) =>
      `UPDATE ${from} SET state = 'expired', closed_at = ? WHERE vin = ? AND ${OPEN_DOWNLINKS} AND seq <= ?`,
  ),
  expireStaleDownlinksOf: openDownlinksOfCar(
    (from) =>
      `UPDATE ${from} SET state = 'expired', closed_at = ? WHERE vin = ? AND ${OPEN_DOWNLINKS} AND valid_until <= ?`,
  ),
  /** A receipt for an expired or superseded row still means the car has it: delivered wins. */
  /**
   * A receipt for an expired or superseded row still means the car has it: delivered wins. The
   * car has it, so it was handed over: a row never marked sent (a mark lost to a crash between
   * hand-over and mark) gets sentAt and one attempt, so states only move forward (docs/protocol.md
   * "Delivery ledger"). Only a proposal's message is returned (store-port.ts). Parameters:
   * delivered_at, sent_at if unset, id, vin.
   */
  markDownlinkDelivered: {
    sqlite: `UPDATE car_outbox SET state = 'delivered', delivered_at = ?, sent_at = coalesce(sent_at, ?),
attempts = max(attempts, 1) WHERE id = ? AND vin = ? AND state != 'delivered'
RETURNING closed_at, CASE WHEN kind = 'proposal' THEN message_json END AS proposal_json`,
    postgres: `UPDATE car_outbox SET state = 'delivered', delivered_at = ?, sent_at = coalesce(sent_at, ?),
attempts = GREATEST(attempts, 1) WHERE id = ? AND vin = ? AND state != 'delivered'
RETURNING closed_at, CASE WHEN kind = 'proposal' THEN message_json END AS proposal_json`,
  },
  /** `state IN (open)` is redundant with the OR, but lets (vin, state, seq) narrow to the open rows. */
  dueDownlinksOf: openDownlinksOfCar(
    (from) => `SELECT id, vin, created_at, message_json, valid_until, sent_at FROM ${from}
WHERE vin = ? AND ${OPEN_DOWNLINKS} AND (state = 'queued' OR (state = 'sent' AND next_attempt_at <= ?))
ORDER BY seq LIMIT ?`,
  ),
  /** The open term too: it lets the car's open rows (car_outbox_open_vin_seq) serve it. */
  downlinkWakeAt: openDownlinksOfCar(
    (from) =>
      `SELECT min(next_attempt_at) AS wake FROM ${from} WHERE vin = ? AND ${OPEN_DOWNLINKS} AND state = 'sent'`,
  ),
  /**
   * The open rows of every car by state (the `csb_gateway_downlinks` gauge at each scrape): the
   * partial index holds only open rows, so this reads what is open, never the retained history.
   */
  openDownlinkCounts: openDownlinksOfCar(
    (from) => `SELECT state, count(*) AS n FROM ${from} WHERE ${OPEN_DOWNLINKS} GROUP BY state`,
  ),
  /** Every open row of a car in ledger order (a subscribe's flush). Parameters: vin, limit. */
  undeliveredDownlinksOf: openDownlinksOfCar(
    (
      from,
    ) => `SELECT id, vin, created_at, message_json, valid_until, sent_at FROM ${from} WHERE vin = ? AND ${OPEN_DOWNLINKS}
ORDER BY seq LIMIT ?`,
  ),
  /**
   * The sweep of open rows past their validity, every car's: the partial index
   * car_outbox_open_valid_until (migration 011) holds exactly these terms. Parameters: closed_at, now.
   */
  expireOpenDownlinks: `UPDATE car_outbox SET state = 'expired', closed_at = ?
WHERE ${OPEN_DOWNLINKS} AND valid_until IS NOT NULL AND valid_until <= ?`,

  /**
   * Deletes at most `limit` finished rows that finished before a time. A row finishes when it is
   * closed (expired, superseded) or delivered, never before it was created, so `created_at < ?`
   * lets the partial index of finished rows by created_at (car_outbox_finished_created, migration
   * 011; its WHERE is this state list) narrow to candidates. Parameters: before, before, limit.
   */
  deleteFinishedDownlinks: `DELETE FROM car_outbox WHERE seq IN (SELECT seq FROM car_outbox
WHERE state IN (${literals(FINISHED_DOWNLINK_STATES)}) AND created_at < ? AND coalesce(closed_at, delivered_at, created_at) < ?
LIMIT ?)`,

  openTimersOf: "SELECT id, kind, due_at FROM due_work WHERE appointment_id = ? AND state = 'due'",
  /**
   * A timer that already fired (done) for the same due time is not armed again; one cancelled for
   * it comes back (the rules or the reminder days went back to what set it: it is wanted again).
   */
  insertTimer: `INSERT INTO due_work (id, appointment_id, kind, due_at, state, created_at) VALUES (?, ?, ?, ?, 'due', ?)
ON CONFLICT (appointment_id, kind, due_at) DO UPDATE SET state = 'due', done_at = NULL, created_at = excluded.created_at
WHERE due_work.state = 'cancelled'`,
  cancelTimer: "UPDATE due_work SET state = 'cancelled', done_at = ? WHERE id = ?",

  /**
   * Reserves the next numbers of a dealer's event counter (dealer-event-queries.ts): the row is
   * created at the first event. Parameters: dealer, how many; returns the last number reserved.
   */
  bumpDealerEventCounter: `INSERT INTO dealer_event_counters (dealer_id, last_seq) VALUES (?, ?)
ON CONFLICT (dealer_id) DO UPDATE SET last_seq = dealer_event_counters.last_seq + excluded.last_seq
RETURNING last_seq`,
  insertDealerEvent:
    'INSERT INTO dealer_events (dealer_id, seq, event_id, type, occurred_at, data_json) VALUES (?, ?, ?, ?, ?, ?)',

  insertMail:
    "INSERT INTO mail_outbox (id, kind, to_address, subject, body, customer_id, dealer_id, appointment_id, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)",
} as const satisfies Record<string, Statement>;

export type HotStatementName = keyof typeof STATEMENTS;
export type HotStatements = Readonly<Record<HotStatementName, string>>;

const built = new Map<SqlDialect, HotStatements>();
/** The named statements in one dialect (built once per dialect). */
export function hotStatements(dialect: SqlDialect): HotStatements {
  let texts = built.get(dialect);
  if (!texts) {
    texts = Object.fromEntries(
      Object.entries(STATEMENTS).map(([name, statement]) => [
        name,
        named(name, textOf(statement, dialect), dialect),
      ]),
    ) as HotStatements;
    built.set(dialect, texts);
  }
  return texts;
}

/**
 * Marks `idCount` open rows sent in one statement: one more attempt each, and the next attempt at
 * `nextAttemptAt(sentAt, attempts + 1, policy)` (downlink-ledger.ts) written out in SQL: in SET,
 * `attempts` is the value before the update, i.e. the exponent `(attempts + 1) - 1`, clamped to
 * [0, 30] as there. Parameters: sent_at, sent_at, max_ms, base_ms, then the ids. Returns each
 * marked row's new next attempt time (RETURNING: SQLite 3.35+, PostgreSQL alike).
 */
export const markDownlinksSentSql = builtOnce((idCount: number, dialect: SqlDialect): string => {
  return named(
    `markDownlinksSent_${idCount}`,
    textOf(
      {
        sqlite: `UPDATE car_outbox SET state = 'sent', sent_at = coalesce(sent_at, ?), attempts = attempts + 1,
next_attempt_at = ? + min(?, ? * (1 << min(max(attempts, 0), 30)))
WHERE id IN (${placeholders(idCount)}) AND ${OPEN_DOWNLINKS}
RETURNING next_attempt_at`,
        // The shift on bigint: 1 << 30 times a base in ms overflows PostgreSQL's 32-bit integer.
        postgres: `UPDATE car_outbox SET state = 'sent', sent_at = coalesce(sent_at, ?), attempts = attempts + 1,
next_attempt_at = ? + LEAST(?, ? * (1::bigint << LEAST(GREATEST(attempts, 0), 30)))
WHERE id IN (${placeholders(idCount)}) AND ${OPEN_DOWNLINKS}
RETURNING next_attempt_at`,
      },
      dialect,
    ),
    dialect,
  );
});

/** The columns of `insertDownlinksSql`'s rows, in order. */
export const DOWNLINK_INSERT_COLUMNS = [
  'id',
  'vin',
  'kind',
  'message_json',
  'state',
  'created_at',
  'appointment_id',
  'supersede_key',
  'valid_until',
  'next_attempt_at',
  'closed_at',
] as const;

/** Inserts `rowCount` ledger rows in one statement (the downlinks of one command). */
export const insertDownlinksSql = builtOnce((rowCount: number, dialect: SqlDialect): string => {
  const row = `(${placeholders(DOWNLINK_INSERT_COLUMNS.length)})`;
  return named(
    `insertDownlinks_${rowCount}`,
    textOf(
      `INSERT INTO car_outbox (${DOWNLINK_INSERT_COLUMNS.join(', ')}) VALUES ${Array.from({ length: rowCount }, () => row).join(', ')}`,
      dialect,
    ),
    dialect,
  );
});

/**
 * A car's appointments in some statuses, in list order. When every status asked for is open, the
 * open term lets the car's open appointments (appointments_open_vin) serve it, whatever the car's
 * history; else the car's every appointment (appointments_vin) is read.
 */
export function vehicleAppointmentsSql(statuses: readonly string[], dialect: SqlDialect): string {
  const open = statuses.every((status) => (OPEN_APPOINTMENT_STATUSES as readonly string[]).includes(status));
  return (open ? openVehicleAppointmentsSql : anyVehicleAppointmentsSql)(statuses.length, dialect);
}
const openVehicleAppointmentsSql = builtOnce((count, dialect) =>
  vehicleAppointmentsText(true, count, dialect),
);
const anyVehicleAppointmentsSql = builtOnce((count, dialect) =>
  vehicleAppointmentsText(false, count, dialect),
);
function vehicleAppointmentsText(open: boolean, count: number, dialect: SqlDialect): string {
  const name = `vehicleAppointments_${open ? 'open' : 'any'}_${count}`;
  return named(
    name,
    textOf(
      open
        ? openAppointmentsOfCar(
            (
              from,
            ) => `SELECT * FROM ${from} WHERE vin = ? AND ${OPEN_APPOINTMENTS} AND status IN (${placeholders(count)})
ORDER BY requested_at, appointment_id`,
          )
        : `SELECT * FROM appointments WHERE vin = ? AND status IN (${placeholders(count)})
ORDER BY requested_at, appointment_id`,
      dialect,
    ),
    dialect,
  );
}

/** Closes the car's open rows with one of `keyCount` supersede keys (downlink-ledger.ts). */
export const supersedeDownlinksSql = builtOnce((keyCount: number, dialect: SqlDialect): string => {
  return named(
    `supersedeDownlinks_${keyCount}`,
    textOf(
      openDownlinksOfCar(
        (from) =>
          `UPDATE ${from} SET state = 'superseded', closed_at = ? WHERE vin = ? AND supersede_key IN (${placeholders(keyCount)}) AND ${OPEN_DOWNLINKS}`,
      ),
      dialect,
    ),
    dialect,
  );
});

export const hot = (sql: string, parameters: readonly unknown[]): CompiledQuery =>
  CompiledQuery.raw(sql, [...parameters]);

/**
 * Runs this file's statements for one session. Through kysely (`queryRunner`) by default; inside
 * a SQLite group-commit batch straight on the prepared statement (node-sqlite-dialect.ts
 * `directRunner`), because kysely's executor, plugins and connection hand-over cost about as much
 * as the statement itself there (docs/benchmarks.md, booking path).
 */
export interface HotRunner {
  /** The rows of a SELECT, or of a write's RETURNING. */
  rows<R>(sql: string, parameters: readonly unknown[]): Promise<R[]>;
  /** How many rows a write changed. */
  changes(sql: string, parameters: readonly unknown[]): Promise<number>;
}

export function queryRunner(db: Pick<Kysely<Database>, 'executeQuery'>): HotRunner {
  return {
    async rows<R>(sql: string, parameters: readonly unknown[]): Promise<R[]> {
      return (await db.executeQuery<R>(hot(sql, parameters))).rows as R[];
    },
    async changes(sql: string, parameters: readonly unknown[]): Promise<number> {
      return Number((await db.executeQuery(hot(sql, parameters))).numAffectedRows ?? 0);
    },
  };
}
