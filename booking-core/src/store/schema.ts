/**
 * Table shapes as kysely sees them. Times are epoch milliseconds; JSON documents are text columns.
 * Booleans read back as 0/1 from SQLite and as true/false from PostgreSQL: convert with Boolean().
 */
import type { Generated } from 'kysely';

export interface DealersTable {
  dealer_id: string;
  name: string;
  phone: string;
  address_json: string;
  location_json: string;
  created_at: number;
  /** Migration 003: where escalation emails go; null = none. */
  email: string | null;
}

export interface DealerApiKeysTable {
  /** sha256 of the key, hex. The key itself is shown once and never stored. */
  key_hash: string;
  dealer_id: string;
  created_at: number;
}

export interface CustomersTable {
  customer_id: string;
  name: string;
  email: string;
  phone: string | null;
  preferred_dealer_id: string | null;
  created_at: number;
  /** Migration 003: booking reminder days (1-4), null = the dealer's default. */
  reminder_days: number | null;
}

export interface VehiclesTable {
  vin: string;
  model: string;
  model_year: number;
  connected: number | boolean;
  primary_driver_customer_id: string | null;
  secret_hash: string;
  created_at: number;
}

export interface AppointmentsTable {
  appointment_id: string;
  vin: string;
  customer_id: string;
  dealer_id: string;
  origin: string;
  status: string;
  customer_note: string;
  preferred_windows_json: string;
  health_status_json: string | null;
  current_proposal_json: string | null;
  /** Migration 003: the appointment's further fields (store/sqlite-store.ts `AppointmentDetailsJson`). */
  details_json: string;
  requested_at: number;
  updated_at: number;
  version: number;
  /** Migration 005: what the dealer lists show, kept out of the JSON documents (0/1; epoch ms or null). */
  warnings_active: number;
  awaiting_follow_up_since: number | null;
  service_level_breached_at: number | null;
  proposal_start: number | null;
  /** Migration 007: the pre-booking (also in details_json) for the car's list; null without one. */
  pre_booking_json: string | null;
}

export interface AppointmentHistoryTable {
  appointment_id: string;
  version: number;
  at: number;
  actor_kind: string;
  actor_id: string;
  command: string;
  status: string;
  snapshot_json: string;
}

export interface CarOutboxTable {
  /** Insertion order: breaks ties between downlinks created in the same millisecond. */
  seq: Generated<number>;
  id: string;
  vin: string;
  kind: string;
  message_json: string;
  state: 'queued' | 'sent' | 'delivered' | 'expired' | 'superseded';
  created_at: number;
  sent_at: number | null;
  delivered_at: number | null;
  /** Migration 002 (downlink ledger, service/downlink-ledger.ts). */
  appointment_id: string | null;
  supersede_key: string | null;
  valid_until: number | null;
  attempts: Generated<number>;
  next_attempt_at: number | null;
  /** When it became expired or superseded. */
  closed_at: number | null;
}

export interface CarMessageOutcomesTable {
  vin: string;
  message_id: string;
  outcome_json: string;
  created_at: number;
}

export interface HealthStatusesTable {
  id: string;
  vin: string;
  captured_at: number;
  received_at: number;
  source: string;
  health_status_json: string;
}

export interface DueWorkTable {
  id: string;
  appointment_id: string;
  kind: string;
  due_at: number;
  state: 'due' | 'done' | 'cancelled';
  created_at: number;
  done_at: number | null;
}

export interface TimeRuleSettingsTable {
  scope: 'market' | 'dealer';
  scope_id: string;
  rules_json: string;
  updated_at: number;
}

export interface MailOutboxTable {
  seq: Generated<number>;
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  body: string;
  customer_id: string | null;
  dealer_id: string | null;
  appointment_id: string | null;
  state: 'queued' | 'sent';
  created_at: number;
  sent_at: number | null;
  attempts: Generated<number>;
  last_error: string | null;
  /** The claim of the node sending it now (migration 010), and until when (wall-clock ms). */
  claimed_by: string | null;
  claim_until: number | null;
}

export interface CustomerTokensTable {
  token_hash: string;
  customer_id: string;
  created_at: number;
}

export interface CustomerProfilesTable {
  customer_id: string;
  source: 'dms' | 'central';
  contact_by_json: string;
  previous_preferred_dealer_id: string | null;
  preferred_dealer_pending: number;
  website_invited_at: number | null;
  updated_at: number;
}

export interface VehicleRelationsTable {
  customer_id: string;
  vin: string;
  created_at: number;
  reported_incorrect_at: number | null;
  report_note: string | null;
}

export interface PreferredDealerClaimsTable {
  claim_id: string;
  customer_id: string;
  dealer_id: string;
  vin: string;
  claimed_at: number;
}

export interface DealerEventCountersTable {
  dealer_id: string;
  last_seq: number;
}

export interface DealerEventsTable {
  dealer_id: string;
  seq: number;
  event_id: string;
  type: string;
  occurred_at: number;
  data_json: string;
}

export interface WebhookEndpointsTable {
  endpoint_id: string;
  dealer_id: string;
  url: string;
  event_types_json: string | null;
  description: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: number | null;
  state: 'active' | 'disabled';
  disabled_reason: string | null;
  created_at: number;
  fanout_seq: number;
  queue_seq: number;
  failing_since: number | null;
  claimed_until: number | null;
  claim_token: string | null;
}

export interface WebhookDeliveriesTable {
  delivery_id: string;
  endpoint_id: string;
  queue_seq: number;
  message_id: string;
  event_type: string;
  body: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: number;
  next_attempt_at: number;
  created_at: number;
  finished_at: number | null;
  last_status_code: number | null;
  last_latency_ms: number | null;
  last_error: string | null;
}

export interface WebhookAttemptsTable {
  delivery_id: string;
  attempt: number;
  at: number;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
}

export interface Database {
  dealers: DealersTable;
  dealer_api_keys: DealerApiKeysTable;
  customers: CustomersTable;
  vehicles: VehiclesTable;
  appointments: AppointmentsTable;
  appointment_history: AppointmentHistoryTable;
  car_outbox: CarOutboxTable;
  car_message_outcomes: CarMessageOutcomesTable;
  health_statuses: HealthStatusesTable;
  due_work: DueWorkTable;
  time_rule_settings: TimeRuleSettingsTable;
  mail_outbox: MailOutboxTable;
  customer_tokens: CustomerTokensTable;
  customer_profiles: CustomerProfilesTable;
  vehicle_relations: VehicleRelationsTable;
  preferred_dealer_claims: PreferredDealerClaimsTable;
  dealer_event_counters: DealerEventCountersTable;
  dealer_events: DealerEventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
}
