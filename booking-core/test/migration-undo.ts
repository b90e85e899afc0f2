/**
 * Undoes migrations on a raw SQLite connection, for the tests that rebuild an older database
 * and reopen it (kysely runs migrations in order only, so a test going back to migration N
 * first undoes every one after it).
 */
import type { DatabaseSync } from 'node:sqlite';

/** Back to before 011: the ledger's indexes on `state` instead of its partial indexes. */
export function undoLedgerIndexMigration(raw: DatabaseSync): void {
  raw.exec('DROP INDEX car_outbox_open_valid_until');
  raw.exec('DROP INDEX car_outbox_finished_created');
  raw.exec('CREATE INDEX car_outbox_state_created ON car_outbox (state, created_at)');
  raw.exec('CREATE INDEX car_outbox_state_valid_until ON car_outbox (state, valid_until)');
  raw.exec('CREATE INDEX car_outbox_vin_state_valid_until ON car_outbox (vin, state, valid_until)');
  raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('011_car_outbox_open_indexes');
}
