/**
 * Schema migrations, in order, one list for both dialects. Applied by kysely's Migrator (it records
 * them in its own `kysely_migration` table; on PostgreSQL it holds an advisory lock meanwhile, so
 * several csb processes starting at once migrate once), so reopening a database only runs what is new.
 *
 * What differs per dialect, and only that, branches on `dialect`:
 * - the insertion-order `seq` of car_outbox and mail_outbox (`sequenceColumn`): SQLite's
 *   INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL's bigint GENERATED ALWAYS AS IDENTITY;
 * - the backfills of migrations 005 and 007, which read JSON documents: SQLite's json_extract /
 *   json_each, PostgreSQL's jsonb operators;
 * - the list-generation triggers of migration 005: SQLite's trigger bodies, PostgreSQL's plpgsql
 *   functions and triggers calling them.
 * Everything else is kysely's schema builder, which writes each dialect's DDL.
 */
import { type ColumnDefinitionBuilder, type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { SqlDialect } from './hot-statements.ts';

/** The insertion-order column of an outbox table: a primary key counting up from 1. */
const sequenceColumn =
  (dialect: SqlDialect) =>
  (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity();
/** A 64-bit integer: SQLite's INTEGER is one already, PostgreSQL's integer is 32 bits. */
const sequenceType = (dialect: SqlDialect) => (dialect === 'sqlite' ? 'integer' : 'bigint');

/**
 * The list-generation triggers of migration 005 in PostgreSQL: one function per counter, then
 * triggers. Constraint triggers, deferred to COMMIT: the count is still written in the changing
 * transaction, but the row lock on the dealer's counter is taken at its end, not at its first
 * appointment write (every transaction of one dealer's appointments would otherwise wait on it for
 * its whole length). Rolled back, nothing is counted.
 */
const POSTGRES_LIST_GENERATION_TRIGGERS = [
  `CREATE FUNCTION csb_bump_list_generation(dealer text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO list_generations (dealer_id, generation) VALUES (dealer, 1)
    ON CONFLICT (dealer_id) DO UPDATE SET generation = list_generations.generation + 1
  $$`,
  // Like the SQLite triggers, an update counts the old and the new dealer (the same one twice).
  `CREATE FUNCTION csb_appointments_list_generation() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM csb_bump_list_generation(OLD.dealer_id); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM csb_bump_list_generation(NEW.dealer_id); END IF;
    RETURN NULL;
  END $$`,
  `CREATE FUNCTION csb_everyone_list_generation() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM csb_bump_list_generation('*');
    RETURN NULL;
  END $$`,
  `CREATE CONSTRAINT TRIGGER appointments_list AFTER INSERT OR UPDATE OR DELETE ON appointments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION csb_appointments_list_generation()`,
  `CREATE CONSTRAINT TRIGGER vehicles_list AFTER UPDATE OF vin, model, model_year, connected OR DELETE
    ON vehicles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION csb_everyone_list_generation()`,
  `CREATE CONSTRAINT TRIGGER customers_list AFTER UPDATE OF customer_id, name OR DELETE ON customers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION csb_everyone_list_generation()`,
];

const migrationsFor = (dialect: SqlDialect): Record<string, Migration> => ({
  '001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('dealers')
        .addColumn('dealer_id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('address_json', 'text', (c) => c.notNull())
        .addColumn('location_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('dealer_api_keys')
        .addColumn('key_hash', 'text', (c) => c.primaryKey())
        .addColumn('dealer_id', 'text', (c) => c.notNull().references('dealers.dealer_id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('customers')
        .addColumn('customer_id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('phone', 'text')
        .addColumn('preferred_dealer_id', 'text', (c) => c.references('dealers.dealer_id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('vehicles')
        .addColumn('vin', 'text', (c) => c.primaryKey())
        .addColumn('model', 'text', (c) => c.notNull())
        .addColumn('model_year', 'integer', (c) => c.notNull())
        .addColumn('connected', 'boolean', (c) => c.notNull())
        .addColumn('primary_driver_customer_id', 'text', (c) => c.references('customers.customer_id'))
        .addColumn('secret_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('appointments')
        .addColumn('appointment_id', 'text', (c) => c.primaryKey())
        .addColumn('vin', 'text', (c) => c.notNull().references('vehicles.vin'))
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.customer_id'))
        .addColumn('dealer_id', 'text', (c) => c.notNull().references('dealers.dealer_id'))
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('customer_note', 'text', (c) => c.notNull())
        .addColumn('preferred_windows_json', 'text', (c) => c.notNull())
        .addColumn('health_status_json', 'text')
        .addColumn('current_proposal_json', 'text')
        .addColumn('requested_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      // The dealer's lists filter by dealer and status; the car's list by VIN.
      await db.schema
        .createIndex('appointments_dealer_status')
        .on('appointments')
        .columns(['dealer_id', 'status'])
        .execute();
      await db.schema.createIndex('appointments_vin').on('appointments').column('vin').execute();
      await db.schema
        .createTable('appointment_history')
        .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.appointment_id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('actor_kind', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('command', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('snapshot_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('appointment_history_pk', ['appointment_id', 'version'])
        .execute();
      await db.schema
        .createIndex('appointment_history_appointment')
        .on('appointment_history')
        .column('appointment_id')
        .execute();
      await db.schema
        .createTable('car_outbox')
        .addColumn('seq', sequenceType(dialect), sequenceColumn(dialect))
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('vin', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('message_json', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('sent_at', 'bigint')
        .addColumn('delivered_at', 'bigint')
        .execute();
      // The dispatcher reads queued rows oldest first.
      await db.schema
        .createIndex('car_outbox_state_created')
        .on('car_outbox')
        .columns(['state', 'created_at'])
        .execute();
      await db.schema.createIndex('car_outbox_vin').on('car_outbox').column('vin').execute();
      await db.schema
        .createTable('car_message_outcomes')
        .addColumn('vin', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('outcome_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('car_message_outcomes_pk', ['vin', 'message_id'])
        .execute();
      await db.schema
        .createTable('health_statuses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('vin', 'text', (c) => c.notNull())
        .addColumn('captured_at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('health_status_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('health_statuses_vin_captured')
        .on('health_statuses')
        .columns(['vin', 'captured_at'])
        .execute();
    },
  },
  // The downlink ledger (booking-core/src/service/downlink-ledger.ts): supersede keys, validity,
  // redelivery backoff, and the appointment a message is about (the dealer API shows its state).
  '002_downlink_ledger': {
    async up(db: Kysely<unknown>) {
      // SQLite adds one column per ALTER TABLE.
      await db.schema.alterTable('car_outbox').addColumn('appointment_id', 'text').execute();
      await db.schema.alterTable('car_outbox').addColumn('supersede_key', 'text').execute();
      await db.schema.alterTable('car_outbox').addColumn('valid_until', 'bigint').execute();
      await db.schema
        .alterTable('car_outbox')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('car_outbox').addColumn('next_attempt_at', 'bigint').execute();
      await db.schema.alterTable('car_outbox').addColumn('closed_at', 'bigint').execute();
      // Rows sent before this migration count as sent once.
      await db
        .updateTable('car_outbox' as never)
        .set({ attempts: 1 } as never)
        .where('state' as never, '=', 'sent' as never)
        .execute();
      // One car's open messages in order; the appointment's messages; expiry sweeps.
      await db.schema
        .createIndex('car_outbox_vin_state_seq')
        .on('car_outbox')
        .columns(['vin', 'state', 'seq'])
        .execute();
      await db.schema
        .createIndex('car_outbox_appointment')
        .on('car_outbox')
        .column('appointment_id')
        .execute();
      await db.schema
        .createIndex('car_outbox_state_valid_until')
        .on('car_outbox')
        .columns(['state', 'valid_until'])
        .execute();
    },
  },
  // The complete appointment domain: appointment details, customer reminder days,
  // dealer email, due work (timers) indexed by due time, time-rule settings, mail outbox, customer tokens.
  '003_booking_domain': {
    async up(db: Kysely<unknown>) {
      // Inquiries, pre-booking, follow-up and service-level marks, navigation mode, odometer: one JSON
      // document, read and written with the appointment (never queried by its parts).
      await db.schema
        .alterTable('appointments')
        .addColumn('details_json', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema.alterTable('customers').addColumn('reminder_days', 'integer').execute();
      await db.schema.alterTable('dealers').addColumn('email', 'text').execute();
      await db.schema
        .createTable('due_work')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.appointment_id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('due_at', 'bigint', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('done_at', 'bigint')
        .execute();
      // The sweep reads due rows by due time: its cost grows with what is due, not with what is stored.
      await db.schema.createIndex('due_work_state_due').on('due_work').columns(['state', 'due_at']).execute();
      // A timer is recomputed after every change; the same (appointment, kind, due time) is one row.
      await db.schema
        .createIndex('due_work_unique')
        .on('due_work')
        .columns(['appointment_id', 'kind', 'due_at'])
        .unique()
        .execute();
      await db.schema
        .createTable('time_rule_settings')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('scope_id', 'text', (c) => c.notNull())
        .addColumn('rules_json', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('time_rule_settings_pk', ['scope', 'scope_id'])
        .execute();
      await db.schema
        .createTable('mail_outbox')
        .addColumn('seq', sequenceType(dialect), sequenceColumn(dialect))
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text')
        .addColumn('dealer_id', 'text')
        .addColumn('appointment_id', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('sent_at', 'bigint')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createIndex('mail_outbox_state_created')
        .on('mail_outbox')
        .columns(['state', 'created_at'])
        .execute();
      await db.schema
        .createTable('customer_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.customer_id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  // Customer information ([CUST-5]): profile source, contact-by, the preferred-dealer decision,
  // owner-website invitation, and vehicle relations beyond the primary driver.
  '004_customer_relations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('customer_profiles')
        .addColumn('customer_id', 'text', (c) => c.primaryKey().references('customers.customer_id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('contact_by_json', 'text', (c) => c.notNull())
        .addColumn('previous_preferred_dealer_id', 'text')
        .addColumn('preferred_dealer_pending', 'integer', (c) => c.notNull())
        .addColumn('website_invited_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('vehicle_relations')
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.customer_id'))
        .addColumn('vin', 'text', (c) => c.notNull().references('vehicles.vin'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('reported_incorrect_at', 'bigint')
        .addColumn('report_note', 'text')
        .addPrimaryKeyConstraint('vehicle_relations_pk', ['customer_id', 'vin'])
        .execute();
      await db.schema.createIndex('vehicle_relations_vin').on('vehicle_relations').column('vin').execute();
      // All Workshop Customers: the customers whose preferred dealer is this dealer.
      await db.schema
        .createIndex('customers_preferred_dealer')
        .on('customers')
        .column('preferred_dealer_id')
        .execute();
      await db.schema
        .createIndex('vehicles_primary_driver')
        .on('vehicles')
        .column('primary_driver_customer_id')
        .execute();
    },
  },
  // The dealer lists (benchmark 7): the list row's fields that live inside JSON documents, kept as
  // plain columns so the list reads one narrow row per appointment instead of parsing its documents.
  // Written with every appointment write (store/sqlite-store.ts appointmentColumns); filled here for
  // rows written before this migration.
  '005_appointment_list_columns': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('appointments')
        .addColumn('warnings_active', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('appointments').addColumn('awaiting_follow_up_since', 'bigint').execute();
      await db.schema.alterTable('appointments').addColumn('service_level_breached_at', 'bigint').execute();
      await db.schema.alterTable('appointments').addColumn('proposal_start', 'bigint').execute();
      // domain/health-status.ts hasActiveWarnings, as it stands at this migration: a warning, or an ACTIVE DTC.
      if (dialect === 'sqlite') {
        await sql`UPDATE appointments SET
          warnings_active = CASE WHEN health_status_json IS NULL THEN 0
            WHEN json_array_length(health_status_json, '$.warnings') > 0 THEN 1
            WHEN EXISTS (SELECT 1 FROM json_each(health_status_json, '$.dtcs') AS d
              WHERE json_extract(d.value, '$.status') = 'ACTIVE') THEN 1
            ELSE 0 END,
          awaiting_follow_up_since = json_extract(details_json, '$.awaitingFollowUpSince'),
          service_level_breached_at = json_extract(details_json, '$.serviceLevelBreachedAt'),
          proposal_start = json_extract(current_proposal_json, '$.start')`.execute(db);
      } else {
        await sql`UPDATE appointments SET
          warnings_active = CASE WHEN health_status_json IS NULL THEN 0
            WHEN jsonb_array_length(coalesce(health_status_json::jsonb -> 'warnings', '[]'::jsonb)) > 0 THEN 1
            WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(health_status_json::jsonb -> 'dtcs', '[]'::jsonb)) AS d
              WHERE d ->> 'status' = 'ACTIVE') THEN 1
            ELSE 0 END,
          awaiting_follow_up_since = (details_json::jsonb ->> 'awaitingFollowUpSince')::bigint,
          service_level_breached_at = (details_json::jsonb ->> 'serviceLevelBreachedAt')::bigint,
          proposal_start = (current_proposal_json::jsonb ->> 'start')::bigint`.execute(db);
      }
      // A dealer's list generation: the database counts every change that can alter what a dealer list
      // shows, so a rendered list can be reused while its dealer's count and the global one ('*': vehicle
      // and customer fields a list shows) are unchanged. Triggers, not the store's code: every write path
      // counts, whichever code or process writes (http/dealer-routes.ts, the list memo).
      await db.schema
        .createTable('list_generations')
        .addColumn('dealer_id', 'text', (c) => c.primaryKey())
        .addColumn('generation', sequenceType(dialect), (c) => c.notNull())
        .execute();
      const bump = (dealer: string) =>
        `INSERT INTO list_generations (dealer_id, generation) VALUES (${dealer}, 1)
          ON CONFLICT (dealer_id) DO UPDATE SET generation = generation + 1;`;
      const sqliteTriggers = [
        `CREATE TRIGGER appointments_list_insert AFTER INSERT ON appointments BEGIN ${bump('NEW.dealer_id')} END`,
        `CREATE TRIGGER appointments_list_update AFTER UPDATE ON appointments BEGIN ${bump('OLD.dealer_id')} ${bump('NEW.dealer_id')} END`,
        `CREATE TRIGGER appointments_list_delete AFTER DELETE ON appointments BEGIN ${bump('OLD.dealer_id')} END`,
        `CREATE TRIGGER vehicles_list_update AFTER UPDATE OF vin, model, model_year, connected ON vehicles BEGIN ${bump("'*'")} END`,
        `CREATE TRIGGER vehicles_list_delete AFTER DELETE ON vehicles BEGIN ${bump("'*'")} END`,
        `CREATE TRIGGER customers_list_update AFTER UPDATE OF customer_id, name ON customers BEGIN ${bump("'*'")} END`,
        `CREATE TRIGGER customers_list_delete AFTER DELETE ON customers BEGIN ${bump("'*'")} END`,
      ];
      for (const statement of dialect === 'sqlite' ? sqliteTriggers : POSTGRES_LIST_GENERATION_TRIGGERS) {
        await sql.raw(statement).execute(db);
      }
    },
  },
  // Found by benchmark 6 (10,000 cars, days of history): a car's expiry and due-downlink look-ups
  // used the (state, valid_until) index (every car's open rows past their validity) or the
  // vin-only index (the car's whole history), 260 us a call and growing. With (vin, state,
  // valid_until) they read only the car's open rows; the vin-only index is a prefix of
  // (vin, state, seq) and goes, so the planner cannot pick it.
  '006_car_outbox_per_car_indexes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('car_outbox_vin_state_valid_until')
        .on('car_outbox')
        .columns(['vin', 'state', 'valid_until'])
        .execute();
      await db.schema.dropIndex('car_outbox_vin').execute();
    },
  },
  // The car's "My appointments" list on every uplink that changes an appointment: read through a
  // (vin, status) index, so only the car's open rows are visited however many closed and cancelled
  // ones it has, and from narrow columns (the pre-booking was inside details_json), so no Health
  // Status or other document is parsed to build it. The vin-only index is a prefix of the new one.
  '007_vehicle_list_columns': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('appointments').addColumn('pre_booking_json', 'text').execute();
      if (dialect === 'sqlite') {
        await sql`UPDATE appointments SET pre_booking_json = json_extract(details_json, '$.preBooking')
          WHERE json_type(details_json, '$.preBooking') = 'object'`.execute(db);
      } else {
        await sql`UPDATE appointments SET pre_booking_json = (details_json::jsonb -> 'preBooking')::text
          WHERE jsonb_typeof(details_json::jsonb -> 'preBooking') = 'object'`.execute(db);
      }
      await db.schema
        .createIndex('appointments_vin_status')
        .on('appointments')
        .columns(['vin', 'status'])
        .execute();
      await db.schema.dropIndex('appointments_vin').execute();
    },
  },
  // Every preferred-dealer claim by VIN, kept for the customer to see and to rate-limit the dealer
  // (service/customer-relations.ts dealerClaimPreferred).
  '008_preferred_dealer_claims': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('preferred_dealer_claims')
        .addColumn('claim_id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.customer_id'))
        .addColumn('dealer_id', 'text', (c) => c.notNull().references('dealers.dealer_id'))
        .addColumn('vin', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('preferred_dealer_claims_customer')
        .on('preferred_dealer_claims')
        .columns(['customer_id', 'claimed_at'])
        .execute();
      await db.schema
        .createIndex('preferred_dealer_claims_dealer')
        .on('preferred_dealer_claims')
        .columns(['dealer_id', 'claimed_at'])
        .execute();
    },
  },
  // The dealer event feed and its webhook deliveries (service/dealer-events.ts, webhook-delivery.ts).
  // Each dealer's events are numbered by a counter row of its own (dealer_event_counters), bumped
  // in the transaction that writes the event: one dealer's writers serialise on that row, so the
  // numbers are in commit order per dealer (an identity column is not, under concurrent
  // transactions on PostgreSQL). No autoincrement column: dialect-neutral.
  '009_dealer_events': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('dealer_event_counters')
        .addColumn('dealer_id', 'text', (c) => c.primaryKey())
        .addColumn('last_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('dealer_events')
        .addColumn('dealer_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'bigint', (c) => c.notNull())
        .addColumn('data_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dealer_events_pk', ['dealer_id', 'seq'])
        .execute();
      // The retention sweep deletes by age.
      await db.schema
        .createIndex('dealer_events_occurred_at')
        .on('dealer_events')
        .column('occurred_at')
        .execute();
      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('endpoint_id', 'text', (c) => c.primaryKey())
        .addColumn('dealer_id', 'text', (c) => c.notNull().references('dealers.dealer_id'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('event_types_json', 'text')
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('previous_secret', 'text')
        .addColumn('previous_secret_until', 'bigint')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('disabled_reason', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        // The last event of the dealer's feed queued for this endpoint.
        .addColumn('fanout_seq', 'bigint', (c) => c.notNull())
        // The last delivery position handed out: deliveries of an endpoint go in this order.
        .addColumn('queue_seq', 'bigint', (c) => c.notNull())
        .addColumn('failing_since', 'bigint')
        // The lease of the node delivering to this endpoint (one node at a time).
        .addColumn('claimed_until', 'bigint')
        .addColumn('claim_token', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_endpoints_dealer')
        .on('webhook_endpoints')
        .columns(['dealer_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('delivery_id', 'text', (c) => c.primaryKey())
        .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.endpoint_id'))
        .addColumn('queue_seq', 'bigint', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('finished_at', 'bigint')
        .addColumn('last_status_code', 'integer')
        .addColumn('last_latency_ms', 'integer')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_endpoint_state')
        .on('webhook_deliveries')
        .columns(['endpoint_id', 'state', 'queue_seq'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_created_at')
        .on('webhook_deliveries')
        .column('created_at')
        .execute();
      await db.schema
        .createTable('webhook_attempts')
        .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.delivery_id'))
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('latency_ms', 'integer', (c) => c.notNull())
        .addColumn('error', 'text')
        .addPrimaryKeyConstraint('webhook_attempts_pk', ['delivery_id', 'attempt'])
        .execute();
    },
  },
  // Cluster nodes deliver the mail outbox together: a node claims queued mails for a lease before
  // sending them (mail-dispatcher.ts), so no mail goes out twice from two nodes; a dead node's
  // claims run out and another node sends them.
  '010_mail_claims': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('mail_outbox').addColumn('claimed_by', 'text').execute();
      await db.schema.alterTable('mail_outbox').addColumn('claim_until', 'bigint').execute();
    },
  },
  // Fewer pages written per downlink (docs/benchmarks.md, "What bounds these figures"): each
  // state change of a ledger row (queued -> sent -> delivered) moved it in every index holding
  // `state`, four of them. What the queries need of them, now:
  // - the car's open rows (due read, cap, expiry, supersede): (vin, state, seq), kept; the car's
  //   stale-row expiry filters its open rows (bounded per car) on valid_until, so
  //   (vin, state, valid_until) goes;
  // - the sweep expiring open rows past their validity: only open rows that have a validity, so
  //   a partial index on valid_until; a row enters it at its insert and leaves when it closes;
  // - the retention sweep: only finished rows by age, a partial index on created_at; a row
  //   enters it once, when it finishes.
  // The partial indexes' WHERE is written out exactly as the statements that use them say it
  // (hot-statements.ts: expireOpenDownlinks, deleteFinishedDownlinks): SQLite uses a partial
  // index only for a query whose WHERE contains the index's terms. Both dialects support them.
  '011_car_outbox_open_indexes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('car_outbox_open_valid_until')
        .on('car_outbox')
        .column('valid_until')
        .where(sql<boolean>`state IN ('queued', 'sent') AND valid_until IS NOT NULL`)
        .execute();
      await db.schema
        .createIndex('car_outbox_finished_created')
        .on('car_outbox')
        .column('created_at')
        .where(sql<boolean>`state IN ('delivered', 'expired', 'superseded')`)
        .execute();
      await db.schema.dropIndex('car_outbox_state_created').execute();
      await db.schema.dropIndex('car_outbox_state_valid_until').execute();
      await db.schema.dropIndex('car_outbox_vin_state_valid_until').execute();
    },
  },
  // The car's open rows by partial indexes whose key holds no state (docs/benchmarks.md, "What
  // bounds these figures"): (vin, state, ...) moved a row's entry at every status or state change
  // and made every "open, in order" read merge two ranges and sort them. Now:
  // - car_outbox: the open rows of a car in ledger order, (vin, seq) WHERE open: queued -> sent
  //   touches no index, a row leaves it when it closes; all of a car's rows (diagnostics) by
  //   (vin, seq), which only an insert or a delete changes;
  // - appointments: a car's open appointments in list order, (vin, requested_at, appointment_id)
  //   WHERE open: a status change between open statuses touches no index; all of a car's
  //   appointments by (vin).
  // As in 011, the statements that use them write the WHERE out as the index says it
  // (hot-statements.ts), with literals, never bound values; the open statuses are spelled out
  // here as they were when it ran (a test holds them equal to domain/lists.ts).
  '012_open_rows_by_car': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('car_outbox_open_vin_seq')
        .on('car_outbox')
        .columns(['vin', 'seq'])
        .where(sql<boolean>`state IN ('queued', 'sent')`)
        .execute();
      await db.schema.createIndex('car_outbox_vin_seq').on('car_outbox').columns(['vin', 'seq']).execute();
      await db.schema.dropIndex('car_outbox_vin_state_seq').execute();
      await db.schema
        .createIndex('appointments_open_vin')
        .on('appointments')
        .columns(['vin', 'requested_at', 'appointment_id'])
        .where(
          sql<boolean>`status IN ('requested', 'inquired', 'proposed', 'accepted', 'confirmed', 'pre-booked')`,
        )
        .execute();
      await db.schema.createIndex('appointments_vin').on('appointments').column('vin').execute();
      await db.schema.dropIndex('appointments_vin_status').execute();
    },
  },
  // Retention of what every uplink adds (docs/operations.md): the remembered message ids and the
  // Health Status history are deleted oldest first by the scheduler's sweep. Both keys grow with
  // time, so an insert lands on the index's last page, shared by every row of a COMMIT: about a
  // page per COMMIT, not per row. SQLite reads the oldest message ids by rowid instead
  // (store-session.ts deleteCarOutcomesBefore): one index less for every uplink.
  '013_retention_by_age': {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres')
        await db.schema
          .createIndex('car_message_outcomes_created')
          .on('car_message_outcomes')
          .column('created_at')
          .execute();
      await db.schema
        .createIndex('health_statuses_received')
        .on('health_statuses')
        .column('received_at')
        .execute();
    },
  },
  // Every booking request, proposal response and dealer command writes a history row: its
  // primary key (appointment_id, version) already serves each read of an appointment's history
  // and each foreign-key check of a deleted appointment, so the index on appointment_id alone was
  // one more b-tree written at a random place (an extra WAL page each) for nothing.
  '014_history_by_primary_key': {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('appointment_history_appointment').execute();
    },
  },
  // A list row shows the pre-booking's start while pre-booked (domain/lists.ts shownStart): the
  // rows written before got none, so the Planned list showed pre-bookings without a date.
  '015_pre_booking_start_in_lists': {
    async up(db: Kysely<unknown>) {
      if (dialect === 'sqlite')
        await sql`UPDATE appointments SET proposal_start = json_extract(pre_booking_json, '$.start')
          WHERE status = 'pre-booked' AND proposal_start IS NULL AND pre_booking_json IS NOT NULL`.execute(
          db,
        );
      else
        await sql`UPDATE appointments SET proposal_start = (pre_booking_json::jsonb ->> 'start')::bigint
          WHERE status = 'pre-booked' AND proposal_start IS NULL AND pre_booking_json IS NOT NULL`.execute(
          db,
        );
    },
  },
});

/** Brings the schema up to date; throws (a bug or a broken file, not a user error) when a migration fails. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const migrations = migrationsFor(dialect);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
}
