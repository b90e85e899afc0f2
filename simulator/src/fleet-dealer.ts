/**
 * An automatic dealer for fleet runs: it works its Actions list through the dealer REST API
 * (docs/api.md) exactly as a workshop system would — proposes a slot for every request, confirms
 * every acceptance, finalizes every customer cancellation — each after a delay in virtual time.
 * It only touches appointments of the fleet's own cars.
 */
import { z } from 'zod';
import type { Clock } from './clock.ts';
import type { FleetScenario } from './fleet-scenario.ts';
import { seedFromString } from './random.ts';

export interface AutoDealerProposal {
  dealerId: string;
  appointmentId: string;
  proposalId: string;
  vin: string;
  /** Virtual time the proposal was made. */
  atMs: number;
}

export interface AutoDealerOptions {
  apiUrl: string;
  dealers: readonly { dealerId: string; apiKey: string }[];
  policy: FleetScenario['dealer'];
  clock: Clock;
  /** The fleet's cars: other appointments (demo data, other runs) are left alone. */
  vins: ReadonlySet<string>;
  onProposal: (proposal: AutoDealerProposal) => void;
  /** An appointment seen in a list, with its car (for the "no car got another's message" check). */
  onAppointment: (appointmentId: string, vin: string) => void;
  /** A failed call, by code (e.g. DEALER_HTTP_409_BOOKING_INVALID_TRANSITION, DEALER_NETWORK). */
  onError: (code: string) => void;
  /** Commands sent per dealer per poll at most. Default 200. */
  maxCommandsPerPoll?: number;
}

export interface AutoDealer {
  start(): void;
  /** Stops polling and waits for the poll under way. */
  stop(): Promise<void>;
  readonly commands: Readonly<Record<'propose' | 'confirm' | 'finalize', number>>;
}

const rowSchema = z.object({
  appointmentId: z.string(),
  status: z.string(),
  updatedAt: z.string(),
  vehicle: z.object({ vin: z.string() }),
});
const listSchema = z.object({ items: z.array(rowSchema) });
const detailsSchema = z.object({
  currentProposal: z.object({ proposalId: z.string() }).nullable().optional(),
});

const MINUTE_MS = 60_000;

export function createAutoDealer(options: AutoDealerOptions): AutoDealer {
  const { policy, clock } = options;
  const maxCommands = options.maxCommandsPerPoll ?? 200;
  // When each (appointment, status, version) was first seen: the dealer's delay runs from there.
  const firstSeen = new Map<string, number>();
  const commands = { propose: 0, confirm: 0, finalize: 0 };
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let current: Promise<void> = Promise.resolve();

  async function call(
    apiKey: string,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<unknown | undefined> {
    let response: Response;
    try {
      response = await fetch(`${options.apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      options.onError('DEALER_NETWORK');
      return undefined;
    }
    const text = await response.text();
    if (response.status >= 300) {
      let code = 'UNKNOWN';
      try {
        const parsed: unknown = (JSON.parse(text) as { code?: unknown }).code;
        if (typeof parsed === 'string') code = parsed;
      } catch {
        // not a problem document: keep UNKNOWN
      }
      options.onError(`DEALER_HTTP_${response.status}_${code}`);
      return undefined;
    }
    return text === '' ? {} : (JSON.parse(text) as unknown);
  }

  function due(key: string, now: number, afterMinutes: number): boolean {
    const seen = firstSeen.get(key);
    if (seen === undefined) {
      firstSeen.set(key, now);
      return afterMinutes <= 0;
    }
    return now - seen >= afterMinutes * MINUTE_MS;
  }

  async function workDealer(dealer: { dealerId: string; apiKey: string }): Promise<void> {
    const listed = listSchema.safeParse(
      await call(dealer.apiKey, 'GET', '/dealer/v1/appointments?list=actions'),
    );
    if (!listed.success) return;
    let sent = 0;
    for (const row of listed.data.items) {
      if (!running || sent >= maxCommands) return;
      if (!options.vins.has(row.vehicle.vin)) continue;
      options.onAppointment(row.appointmentId, row.vehicle.vin);
      const now = clock.now();
      const key = `${row.appointmentId}:${row.status}:${row.updatedAt}`;
      const base = `/dealer/v1/appointments/${encodeURIComponent(row.appointmentId)}`;
      // 'proposed' in Actions: a proposal left unanswered came back after 4 days; propose again.
      if (row.status === 'requested' || row.status === 'proposed') {
        if (!due(key, now, policy.proposeAfterMinutes)) continue;
        sent += 1;
        const details = detailsSchema.safeParse(
          await call(dealer.apiKey, 'POST', `${base}/proposals`, slot(row.appointmentId, now)),
        );
        commands.propose += 1;
        const proposalId = details.success ? details.data.currentProposal?.proposalId : undefined;
        if (proposalId !== undefined) {
          options.onProposal({
            dealerId: dealer.dealerId,
            appointmentId: row.appointmentId,
            proposalId,
            vin: row.vehicle.vin,
            atMs: now,
          });
        }
      } else if (row.status === 'accepted') {
        if (!due(key, now, policy.confirmAfterMinutes)) continue;
        sent += 1;
        commands.confirm += 1;
        await call(dealer.apiKey, 'POST', `${base}/confirm`);
      } else if (row.status === 'cancelled-by-customer') {
        if (!due(key, now, policy.finalizeAfterMinutes)) continue;
        sent += 1;
        commands.finalize += 1;
        await call(dealer.apiKey, 'POST', `${base}/finalize`);
      }
    }
  }

  // Every dealer at once, each working its own list in order: dealers are separate businesses
  // with their own systems. One after the other, 20 dealers' commands queued behind each other
  // and the fleet's requests waited days of virtual time for a proposal (docs/benchmarks.md, 6).
  async function poll(): Promise<void> {
    await Promise.all(options.dealers.map((dealer) => (running ? workDealer(dealer) : undefined)));
  }

  function schedule(): void {
    if (!running) return;
    timer = setTimeout(() => {
      current = poll().finally(schedule);
    }, policy.pollMs);
  }

  return {
    commands,
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await current;
    },
  };
}

/** A slot two to five days ahead, 08:00 to 15:00 UTC on the quarter hour, chosen from the appointment id. */
function slot(appointmentId: string, now: number): Record<string, unknown> {
  const h = seedFromString(appointmentId);
  const day = now - (now % 86_400_000) + (2 + (h % 4)) * 86_400_000;
  const start = day + 8 * 3_600_000 + ((h >>> 4) % 28) * 15 * MINUTE_MS;
  return {
    start: new Date(start).toISOString(),
    durationMinutes: 90,
    price: { currencyCode: 'SEK', amountMinor: 245_000 },
    workDescription: 'Simulated service: oil and filter, inspection of the reported warnings.',
  };
}
