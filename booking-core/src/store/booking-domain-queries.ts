/**
 * The store queries of the complete appointment domain: customer settings, timers (due
 * work), time-rule settings, the mail outbox and customer tokens. Kept apart from store-session.ts
 * so the downlink ledger and the booking domain evolve without touching each other's code;
 * dialect-neutral kysely like the rest of the session, except the statements every appointment
 * change runs (timers, mail outbox, time rules), which are named in hot-statements.ts.
 */
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { TimeRules, TimerKind } from '../domain/timers.ts';
import type {
  CustomerProfileRecord,
  MailRecord,
  StoreSession,
  VehicleRelationRecord,
} from '../service/store-port.ts';
import { type HotRunner, hotStatements, queryRunner, type SqlDialect } from './hot-statements.ts';
import { parse, toAppointment, toCustomer } from './rows.ts';
import type { Database, MailOutboxTable } from './schema.ts';

type DomainQueries = Pick<
  StoreSession,
  | 'updateCustomerReminderDays'
  | 'listCustomerAppointments'
  | 'replaceTimers'
  | 'dueWork'
  | 'claimDueWork'
  | 'listTimers'
  | 'getTimeRules'
  | 'getDealerTimeRules'
  | 'putTimeRules'
  | 'enqueueMails'
  | 'listMails'
  | 'pendingMails'
  | 'claimMails'
  | 'markMailSent'
  | 'markMailFailed'
  | 'deleteSentMailsBefore'
  | 'insertCustomerToken'
  | 'findCustomerToken'
  | 'countCustomerTokens'
  | 'getCustomerProfile'
  | 'putCustomerProfile'
  | 'updateCustomerContact'
  | 'setPreferredDealer'
  | 'listDealerCustomers'
  | 'listCustomerVehicles'
  | 'listVehicleCustomerIds'
  | 'addVehicleRelation'
  | 'removeVehicleRelation'
  | 'reportVehicleRelation'
  | 'setPrimaryDriver'
>;

function toMail(row: Selectable<MailOutboxTable>): MailRecord {
  return {
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    customerId: row.customer_id,
    dealerId: row.dealer_id,
    appointmentId: row.appointment_id,
    createdAt: Number(row.created_at),
  };
}

export function bookingDomainQueries(
  db: Kysely<Database>,
  dialect: SqlDialect,
  run: HotRunner = queryRunner(db),
): DomainQueries {
  const HOT_SQL = hotStatements(dialect);
  return {
    async updateCustomerReminderDays(customerId, days) {
      await db
        .updateTable('customers')
        .set({ reminder_days: days })
        .where('customer_id', '=', customerId)
        .execute();
    },
    async listCustomerAppointments(customerId) {
      const rows = await db
        .selectFrom('appointments')
        .selectAll()
        .where('customer_id', '=', customerId)
        .orderBy('updated_at', 'desc')
        .orderBy('appointment_id')
        .execute();
      return rows.map(toAppointment);
    },

    // Every appointment change runs this (the uplink path): statements of hot-statements.ts.
    async replaceTimers(appointmentId, timers, now, options) {
      const open = options?.newAppointment
        ? []
        : await run.rows<{ id: string; kind: string; due_at: number }>(HOT_SQL.openTimersOf, [appointmentId]);
      const key = (kind: string, dueAt: number) => `${kind}@${dueAt}`;
      const wanted = new Set(timers.map((t) => key(t.kind, t.dueAt)));
      for (const row of open) {
        if (!wanted.has(key(row.kind, Number(row.due_at))))
          await run.changes(HOT_SQL.cancelTimer, [now, row.id]);
      }
      for (const timer of timers) {
        await run.changes(HOT_SQL.insertTimer, [timer.id, appointmentId, timer.kind, timer.dueAt, now]);
      }
    },
    async dueWork(now, limit) {
      const rows = await db
        .selectFrom('due_work')
        .select(['id', 'appointment_id', 'kind', 'due_at'])
        .where('state', '=', 'due')
        .where('due_at', '<=', now)
        .orderBy('due_at')
        .orderBy('id')
        .limit(Math.max(0, Math.trunc(limit)))
        .execute();
      return rows.map((row) => ({
        id: row.id,
        appointmentId: row.appointment_id,
        kind: row.kind as TimerKind,
        dueAt: Number(row.due_at),
      }));
    },
    async claimDueWork(id, now) {
      // Conditional update: of several nodes sweeping at once, exactly one moves the row (its effect
      // commits in the same transaction, so a crash leaves the row due and the work undone).
      const result = await db
        .updateTable('due_work')
        .set({ state: 'done', done_at: now })
        .where('id', '=', id)
        .where('state', '=', 'due')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async listTimers(appointmentId) {
      const rows = await db
        .selectFrom('due_work')
        .select(['id', 'appointment_id', 'kind', 'due_at', 'state'])
        .where('appointment_id', '=', appointmentId)
        .orderBy('due_at')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        appointmentId: row.appointment_id,
        kind: row.kind as TimerKind,
        dueAt: Number(row.due_at),
        state: row.state,
      }));
    },

    async getTimeRules(scope, scopeId) {
      const [row] = await run.rows<{ rules_json: string }>(HOT_SQL.selectTimeRules, [scope, scopeId]);
      return row && parse<Partial<TimeRules>>(row.rules_json);
    },
    async getDealerTimeRules(dealerId, countryCode) {
      const rows = await run.rows<{ scope: string; rules_json: string }>(HOT_SQL.selectDealerTimeRules, [
        dealerId,
        countryCode,
      ]);
      const of = (scope: string) => {
        const row = rows.find((r) => r.scope === scope);
        return row && parse<Partial<TimeRules>>(row.rules_json);
      };
      return { market: countryCode === null ? undefined : of('market'), dealer: of('dealer') };
    },
    async putTimeRules(scope, scopeId, rules, now) {
      await db
        .insertInto('time_rule_settings')
        .values({ scope, scope_id: scopeId, rules_json: JSON.stringify(rules), updated_at: now })
        .onConflict((oc) =>
          oc
            .columns(['scope', 'scope_id'])
            .doUpdateSet({ rules_json: JSON.stringify(rules), updated_at: now }),
        )
        .execute();
    },

    async enqueueMails(mails) {
      for (const m of mails) {
        await run.changes(HOT_SQL.insertMail, [
          m.id,
          m.kind,
          m.to,
          m.subject,
          m.body,
          m.customerId,
          m.dealerId,
          m.appointmentId,
          m.createdAt,
        ]);
      }
    },
    async listMails(filter) {
      let query = db.selectFrom('mail_outbox').selectAll();
      if (filter.to !== undefined) query = query.where('to_address', '=', filter.to);
      if (filter.customerId !== undefined) query = query.where('customer_id', '=', filter.customerId);
      if (filter.appointmentId !== undefined)
        query = query.where('appointment_id', '=', filter.appointmentId);
      const rows = await query
        .orderBy('seq')
        .limit(Math.max(0, Math.trunc(filter.limit ?? 1000)))
        .execute();
      return rows.map((row) => ({ ...toMail(row), state: row.state }));
    },
    async pendingMails(limit) {
      const rows = await db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('state', '=', 'queued')
        .orderBy('created_at')
        .orderBy('seq')
        .limit(Math.max(0, Math.trunc(limit)))
        .execute();
      return rows.map(toMail);
    },
    async claimMails(claim, freeBefore, claimUntil, limit) {
      const rows = await claimMailsStatement(db, dialect, { claim, freeBefore, claimUntil, limit }).execute();
      // RETURNING promises no order: oldest first, as queued.
      rows.sort((a, b) => Number(a.created_at) - Number(b.created_at) || Number(a.seq) - Number(b.seq));
      return rows.map(toMail);
    },
    async markMailSent(id, sentAt) {
      await db
        .updateTable('mail_outbox')
        .set((eb) => ({ state: 'sent', sent_at: sentAt, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },
    async deleteSentMailsBefore(sentBefore, limit) {
      // Through (state, created_at): a mail is sent after it was queued, so both bounds hold.
      const doomed = db
        .selectFrom('mail_outbox')
        .select('id')
        .where('state', '=', 'sent')
        .where('created_at', '<', sentBefore)
        .where('sent_at', '<', sentBefore)
        .limit(Math.max(0, Math.trunc(limit)));
      const result = await db.deleteFrom('mail_outbox').where('id', 'in', doomed).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async markMailFailed(id, error, failedAt) {
      await db
        .updateTable('mail_outbox')
        .set((eb) => ({
          last_error: error.slice(0, 500),
          attempts: eb('attempts', '+', 1),
          claim_until: failedAt,
        }))
        .where('id', '=', id)
        .execute();
    },

    async insertCustomerToken(tokenHash, customerId, createdAt) {
      await db
        .insertInto('customer_tokens')
        .values({ token_hash: tokenHash, customer_id: customerId, created_at: createdAt })
        .execute();
    },
    async findCustomerToken(tokenHash) {
      const row = await db
        .selectFrom('customer_tokens')
        .select(['customer_id', 'token_hash'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && { customerId: row.customer_id, tokenHash: row.token_hash };
    },
    async countCustomerTokens(customerId) {
      const row = await db
        .selectFrom('customer_tokens')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('customer_id', '=', customerId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async getCustomerProfile(customerId) {
      const row = await db
        .selectFrom('customer_profiles')
        .selectAll()
        .where('customer_id', '=', customerId)
        .executeTakeFirst();
      if (!row) {
        // Customers provisioned before profiles existed come from the central database, no marketing.
        return {
          customerId,
          source: 'central',
          contactBy: { phone: false, email: false, sms: false },
          previousPreferredDealerId: null,
          preferredDealerPending: false,
          websiteInvitedAt: null,
        };
      }
      return {
        customerId,
        source: row.source,
        contactBy: parse<CustomerProfileRecord['contactBy']>(row.contact_by_json),
        previousPreferredDealerId: row.previous_preferred_dealer_id,
        preferredDealerPending: Boolean(row.preferred_dealer_pending),
        websiteInvitedAt: row.website_invited_at === null ? null : Number(row.website_invited_at),
      };
    },
    async putCustomerProfile(p, now) {
      const columns = {
        source: p.source,
        contact_by_json: JSON.stringify(p.contactBy),
        previous_preferred_dealer_id: p.previousPreferredDealerId,
        preferred_dealer_pending: p.preferredDealerPending ? 1 : 0,
        website_invited_at: p.websiteInvitedAt,
        updated_at: now,
      };
      await db
        .insertInto('customer_profiles')
        .values({ customer_id: p.customerId, ...columns })
        .onConflict((oc) => oc.column('customer_id').doUpdateSet(columns))
        .execute();
    },
    async updateCustomerContact(customerId, contact) {
      await db
        .updateTable('customers')
        .set({ name: contact.name, email: contact.email, phone: contact.phone })
        .where('customer_id', '=', customerId)
        .execute();
    },
    async setPreferredDealer(customerId, dealerId) {
      await db
        .updateTable('customers')
        .set({ preferred_dealer_id: dealerId })
        .where('customer_id', '=', customerId)
        .execute();
    },
    async listDealerCustomers(dealerId) {
      const rows = await db
        .selectFrom('customers')
        .selectAll()
        .where('preferred_dealer_id', '=', dealerId)
        .orderBy('name')
        .orderBy('customer_id')
        .execute();
      return rows.map(toCustomer);
    },
    async listCustomerVehicles(customerId) {
      const [primary, related] = await Promise.all([
        db
          .selectFrom('vehicles')
          .select('vin')
          .where('primary_driver_customer_id', '=', customerId)
          .execute(),
        db.selectFrom('vehicle_relations').selectAll().where('customer_id', '=', customerId).execute(),
      ]);
      const primaryVins = new Set(primary.map((r) => r.vin));
      const out: VehicleRelationRecord[] = related.map((r) => ({
        vin: r.vin,
        customerId,
        primaryDriver: primaryVins.has(r.vin),
        reportedIncorrectAt: r.reported_incorrect_at === null ? null : Number(r.reported_incorrect_at),
        reportNote: r.report_note,
      }));
      for (const vin of primaryVins) {
        if (!out.some((r) => r.vin === vin)) {
          out.push({ vin, customerId, primaryDriver: true, reportedIncorrectAt: null, reportNote: null });
        }
      }
      return out.sort((a, b) => a.vin.localeCompare(b.vin));
    },
    async listVehicleCustomerIds(vin) {
      const [vehicle, related] = await Promise.all([
        db
          .selectFrom('vehicles')
          .select('primary_driver_customer_id')
          .where('vin', '=', vin)
          .executeTakeFirst(),
        db.selectFrom('vehicle_relations').select('customer_id').where('vin', '=', vin).execute(),
      ]);
      const ids = new Set(related.map((r) => r.customer_id));
      if (vehicle?.primary_driver_customer_id) ids.add(vehicle.primary_driver_customer_id);
      return [...ids];
    },
    async addVehicleRelation(customerId, vin, now) {
      await db
        .insertInto('vehicle_relations')
        .values({
          customer_id: customerId,
          vin,
          created_at: now,
          reported_incorrect_at: null,
          report_note: null,
        })
        .onConflict((oc) => oc.columns(['customer_id', 'vin']).doNothing())
        .execute();
    },
    async removeVehicleRelation(customerId, vin) {
      const removed = await db
        .deleteFrom('vehicle_relations')
        .where('customer_id', '=', customerId)
        .where('vin', '=', vin)
        .executeTakeFirst();
      const unsetPrimary = await db
        .updateTable('vehicles')
        .set({ primary_driver_customer_id: null })
        .where('vin', '=', vin)
        .where('primary_driver_customer_id', '=', customerId)
        .executeTakeFirst();
      return Number(removed.numDeletedRows) + Number(unsetPrimary.numUpdatedRows) > 0;
    },
    async reportVehicleRelation(customerId, vin, now, note) {
      // A primary-driver relation without a row gets one, so the report has a place to live.
      await db
        .insertInto('vehicle_relations')
        .values({
          customer_id: customerId,
          vin,
          created_at: now,
          reported_incorrect_at: null,
          report_note: null,
        })
        .onConflict((oc) => oc.columns(['customer_id', 'vin']).doNothing())
        .execute();
      const result = await db
        .updateTable('vehicle_relations')
        .set({ reported_incorrect_at: now, report_note: note })
        .where('customer_id', '=', customerId)
        .where('vin', '=', vin)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async setPrimaryDriver(vin, customerId) {
      await db
        .updateTable('vehicles')
        .set({ primary_driver_customer_id: customerId })
        .where('vin', '=', vin)
        .execute();
    },
  };
}

/**
 * A mail claim (store-port.ts `claimMails`): the oldest free queued mails marked as this claim's,
 * returned. One statement of fixed text, the rows found through their sequence number (the
 * primary key). The condition is not repeated outside the subquery for SQLite: one writer at a
 * time, so nothing changed since the subquery, and its planner, given `state = ?` beside the key,
 * took the state index and read every queued mail at every claim (5 ms a claim with the booking
 * path's mails queued, docs/benchmarks.md). PostgreSQL re-evaluates it on the row's newest version.
 * Exported for the plan test (mail-outbox-plan.int.test.ts).
 */
export function claimMailsStatement(
  db: Kysely<Database>,
  dialect: SqlDialect,
  claim: { claim: string; freeBefore: number; claimUntil: number; limit: number },
) {
  const free = (eb: ExpressionBuilder<Database, 'mail_outbox'>) =>
    eb.and([
      eb('state', '=', 'queued'),
      eb.or([eb('claim_until', 'is', null), eb('claim_until', '<', claim.freeBefore)]),
    ]);
  const oldestFree = db
    .selectFrom('mail_outbox')
    .select('seq')
    .where(free)
    .orderBy('created_at')
    .orderBy('seq')
    .limit(Math.max(0, Math.trunc(claim.limit)))
    // PostgreSQL: concurrent claimers lock disjoint rows instead of all picking the oldest and
    // all but one finding them taken (SQLite has one writer at a time: nothing to skip).
    .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked());
  return db
    .updateTable('mail_outbox')
    .set({ claimed_by: claim.claim, claim_until: claim.claimUntil })
    .where('seq', 'in', oldestFree)
    .$if(dialect === 'postgres', (q) => q.where(free))
    .returningAll();
}
