/**
 * Undoes migrations on a raw SQLite connection, for the tests that rebuild an older database
 * and reopen it (kysely runs migrations in order only, so a test going back to migration N
 * first undoes every one after it).
 */
import type { DatabaseSync } from 'node:sqlite';

/** Back to before 015 (its data change is idempotent: only the record of it goes). */
export function undoPreBookingStartMigration(raw: DatabaseSync): void {
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('015_pre_booking_start_in_lists');
}

/** Back to before 014 (and so first before 015): the appointment history indexed by appointment_id beside its primary key. */
export function undoHistoryIndexMigration(raw: DatabaseSync): void {
  undoPreBookingStartMigration(raw);
  raw.exec('CREATE INDEX appointment_history_appointment ON appointment_history (appointment_id)');
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('014_history_by_primary_key');
}

/** Back to before 013 (and so first before 014): no index by age for the retention sweep (SQLite gets only the Health Status one). */
export function undoRetentionMigration(raw: DatabaseSync): void {
  undoHistoryIndexMigration(raw);
  raw.exec('DROP INDEX health_statuses_received');
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('013_retention_by_age');
}

/** Back to before 012 (and so first before 013): the car's open rows by indexes on (vin, state) again. */
export function undoOpenRowsMigration(raw: DatabaseSync): void {
  undoRetentionMigration(raw);
  raw.exec('DROP INDEX car_outbox_open_vin_seq');
  raw.exec('DROP INDEX car_outbox_vin_seq');
  raw.exec('CREATE INDEX car_outbox_vin_state_seq ON car_outbox (vin, state, seq)');
  raw.exec('DROP INDEX appointments_open_vin');
  raw.exec('DROP INDEX appointments_vin');
  raw.exec('CREATE INDEX appointments_vin_status ON appointments (vin, status)');
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('012_open_rows_by_car');
}

/** Back to before 011 (and so first before 012): the ledger's indexes on `state` instead of its partial indexes. */
export function undoLedgerIndexMigration(raw: DatabaseSync): void {
  undoOpenRowsMigration(raw);
  raw.exec('DROP INDEX car_outbox_open_valid_until');
  raw.exec('DROP INDEX car_outbox_finished_created');
  raw.exec('CREATE INDEX car_outbox_state_created ON car_outbox (state, created_at)');
  raw.exec('CREATE INDEX car_outbox_state_valid_until ON car_outbox (state, valid_until)');
  raw.exec('CREATE INDEX car_outbox_vin_state_valid_until ON car_outbox (vin, state, valid_until)');
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('011_car_outbox_open_indexes');
}

/**
 * Back to before 008: undoes 010 (mail claims), 009 (dealer events and webhooks) and 008
 * (preferred-dealer claims), the migrations after 007 that both older-database tests share.
 */
export function undoMigrationsAfter007(raw: DatabaseSync): void {
  for (const table of [
    'webhook_attempts',
    'webhook_deliveries',
    'webhook_endpoints',
    'dealer_events',
    'dealer_event_counters',
  ])
    raw.exec(`DROP TABLE ${table}`);
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('009_dealer_events');
  raw.exec('ALTER TABLE mail_outbox DROP COLUMN claimed_by');
  raw.exec('ALTER TABLE mail_outbox DROP COLUMN claim_until');
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('010_mail_claims');
  raw.exec('DROP TABLE preferred_dealer_claims');
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('008_preferred_dealer_claims');
}
