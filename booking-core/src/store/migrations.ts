/**
 * Schema migrations, in order. Applied by kysely's Migrator (it records them in its own
 * `kysely_migration` table), so reopening a database only runs what is new.
 * Only `seq` depends on the dialect: SQLite's autoincrement integer; PostgreSQL will use an identity column.
 */
import { type Kysely, type Migration, Migrator } from 'kysely';

const migrations: Record<string, Migration> = {
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
        .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
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
};

/** Brings the schema up to date; throws (a bug or a broken file, not a user error) when a migration fails. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
}
