/**
 * An automatic dealer for fleet runs: it works through the dealer REST API (docs/api.md) exactly
 * as a workshop system would — proposes a slot for every request, confirms every acceptance,
 * finalizes every customer cancellation — each after a delay in virtual time. It learns of work
 * from its event feed (long polling, the default) or by reading its Actions list over and over.
 * It only touches appointments of the fleet's own cars.
 */
import { Agent, fetch } from 'undici';
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
  /** Virtual start of the slot it offers: the proposal is valid until then. */
  startMs: number;
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
  /** Commands sent per dealer per poll at most (`feed: actions-list`). Default 200. */
  maxCommandsPerPoll?: number;
  /** Seconds a read of the event feed waits for the next event (`feed: events`). Default 5. */
  waitSeconds?: number;
}

export interface AutoDealer {
  start(): void;
  /** Stops polling and waits for the poll under way. */
  stop(): Promise<void>;
  readonly commands: Readonly<Record<'propose' | 'confirm' | 'finalize', number>>;
  /**
   * The system's delivery state of each appointment's latest proposal message (its ledger, in the
   * appointment's details), by appointment id; missing when it could not be read. Works after
   * stop(), on connections of its own that it closes.
   */
  latestProposalStates(
    appointments: readonly { dealerId: string; appointmentId: string }[],
  ): Promise<Map<string, string>>;
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
  deliveries: z.array(z.object({ kind: z.string(), state: z.string() })).optional(),
});
const eventPageSchema = z.object({
  items: z.array(
    z.object({
      type: z.string(),
      occurredAt: z.string(),
      data: z.looseObject({
        appointmentId: z.string().optional(),
        vin: z.string().optional(),
        status: z.string().optional(),
      }),
    }),
  ),
  nextCursor: z.string(),
});

/**
 * Feed events that leave the appointment where the dealer's next step is unchanged: the car's
 * receipt of a proposal, and events about vehicles or customers rather than appointments.
 */
const EVENTS_WITHOUT_A_STEP = new Set(['appointment.proposal-delivered']);

type Command = 'propose' | 'confirm' | 'finalize';

/** The dealer's next step for an appointment in `status` (a request back in Actions included). */
function commandFor(type: string, status: string): Command | undefined {
  if (status === 'requested') return 'propose';
  // Back in Actions after 4 days without an answer: propose again.
  if (status === 'proposed' && type === 'appointment.follow-up-due') return 'propose';
  if (status === 'accepted') return 'confirm';
  if (status === 'cancelled-by-customer') return 'finalize';
  return undefined;
}

interface Task {
  appointmentId: string;
  vin: string;
  command: Command;
  /** Virtual time from which the command is due. */
  dueMs: number;
}

const MINUTE_MS = 60_000;
/** Wall ms between two looks for due tasks (`feed: events`). */
const TASK_INTERVAL_MS = 20;

export function createAutoDealer(options: AutoDealerOptions): AutoDealer {
  const { policy, clock } = options;
  const maxCommands = options.maxCommandsPerPoll ?? 200;
  // When each (appointment, status, version) was first seen: the dealer's delay runs from there.
  const firstSeen = new Map<string, number>();
  const commands = { propose: 0, confirm: 0, finalize: 0 };
  // The dealers' own connections: closed by stop(), so that no idle keep-alive socket of a
  // stopped dealer holds the system's HTTP server open.
  const agent = new Agent();
  let timer: NodeJS.Timeout | undefined;
  let worker: NodeJS.Timeout | undefined;
  let running = false;
  let current: Promise<void> = Promise.resolve();

  async function call(
    apiKey: string,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    cancel?: AbortSignal,
  ): Promise<unknown | undefined> {
    let response: Awaited<ReturnType<typeof fetch>>;
    let text: string;
    try {
      response = await fetch(`${options.apiUrl}${path}`, {
        dispatcher: agent,
        method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: cancel ? AbortSignal.any([cancel, AbortSignal.timeout(60_000)]) : AbortSignal.timeout(30_000),
      });
      text = await response.text();
    } catch {
      // A long poll cut short by stop() is not a failure.
      if (!cancel?.aborted) options.onError('DEALER_NETWORK');
      return undefined;
    }
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

  /** Sends one command; a proposal made is reported with its id. */
  async function send(
    dealer: { dealerId: string; apiKey: string },
    appointmentId: string,
    vin: string,
    command: Command,
    now: number,
  ): Promise<void> {
    const base = `/dealer/v1/appointments/${encodeURIComponent(appointmentId)}`;
    commands[command] += 1;
    if (command !== 'propose') {
      await call(dealer.apiKey, 'POST', `${base}/${command}`);
      return;
    }
    const offered = slot(appointmentId, now);
    const details = detailsSchema.safeParse(await call(dealer.apiKey, 'POST', `${base}/proposals`, offered));
    const proposalId = details.success ? details.data.currentProposal?.proposalId : undefined;
    if (proposalId !== undefined) {
      options.onProposal({
        dealerId: dealer.dealerId,
        appointmentId,
        proposalId,
        vin,
        atMs: now,
        startMs: Date.parse(offered.start),
      });
    }
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
      // 'proposed' in Actions: a proposal left unanswered came back after 4 days; propose again.
      const command: Command | undefined =
        row.status === 'requested' || row.status === 'proposed'
          ? 'propose'
          : row.status === 'accepted'
            ? 'confirm'
            : row.status === 'cancelled-by-customer'
              ? 'finalize'
              : undefined;
      if (command === undefined) continue;
      const after =
        command === 'propose'
          ? policy.proposeAfterMinutes
          : command === 'confirm'
            ? policy.confirmAfterMinutes
            : policy.finalizeAfterMinutes;
      if (!due(key, now, after)) continue;
      sent += 1;
      await send(dealer, row.appointmentId, row.vehicle.vin, command, now);
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

  // --- feed: events -------------------------------------------------------------------------
  // Each dealer follows its own feed (one long poll under way) and keeps one task per
  // appointment: the next step its latest event calls for, due its delay after the event's
  // virtual time. Bounded by the dealer's open appointments (a newer event replaces the task).
  const waitSeconds = options.waitSeconds ?? 5;
  const stopping = new AbortController();
  const followers: Promise<void>[] = [];
  const queues = new Map<string, { tasks: Map<string, Task>; inFlight: Set<Promise<void>> }>();

  function afterMinutes(command: Command): number {
    if (command === 'propose') return policy.proposeAfterMinutes;
    if (command === 'confirm') return policy.confirmAfterMinutes;
    return policy.finalizeAfterMinutes;
  }

  async function followFeed(dealer: { dealerId: string; apiKey: string }, tasks: Map<string, Task>) {
    let cursor: string | undefined;
    while (running) {
      const query = new URLSearchParams({ limit: '500', waitSeconds: String(waitSeconds) });
      if (cursor !== undefined) query.set('after', cursor);
      const page = eventPageSchema.safeParse(
        await call(dealer.apiKey, 'GET', `/dealer/v1/events?${query}`, undefined, stopping.signal),
      );
      if (!page.success) {
        // Counted by call(); try again shortly rather than spin on a failing API.
        if (running) await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      cursor = page.data.nextCursor;
      for (const event of page.data.items) {
        const { appointmentId, vin, status } = event.data;
        if (appointmentId === undefined || vin === undefined || status === undefined) continue;
        if (!options.vins.has(vin) || EVENTS_WITHOUT_A_STEP.has(event.type)) continue;
        options.onAppointment(appointmentId, vin);
        const command = commandFor(event.type, status);
        const existing = tasks.get(appointmentId);
        if (command === undefined) tasks.delete(appointmentId);
        else if (existing?.command !== command) {
          const at = Date.parse(event.occurredAt);
          const dueMs = (Number.isFinite(at) ? at : clock.now()) + afterMinutes(command) * MINUTE_MS;
          tasks.set(appointmentId, { appointmentId, vin, command, dueMs });
        }
      }
    }
  }

  /** Starts every due task, up to `concurrency` commands under way per dealer. */
  function workTasks(): void {
    const now = clock.now();
    for (const dealer of options.dealers) {
      const queue = queues.get(dealer.dealerId);
      if (queue === undefined) continue;
      for (const task of queue.tasks.values()) {
        if (queue.inFlight.size >= policy.concurrency) break;
        if (task.dueMs > now) continue;
        queue.tasks.delete(task.appointmentId);
        const sent = send(dealer, task.appointmentId, task.vin, task.command, now).finally(() => {
          queue.inFlight.delete(sent);
        });
        queue.inFlight.add(sent);
      }
    }
  }

  return {
    commands,
    start() {
      if (running) return;
      running = true;
      if (policy.feed === 'actions-list') {
        schedule();
        return;
      }
      for (const dealer of options.dealers) {
        const queue = { tasks: new Map<string, Task>(), inFlight: new Set<Promise<void>>() };
        queues.set(dealer.dealerId, queue);
        followers.push(followFeed(dealer, queue.tasks));
      }
      worker = setInterval(workTasks, TASK_INTERVAL_MS);
    },
    async stop() {
      running = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (worker !== undefined) clearInterval(worker);
      worker = undefined;
      stopping.abort();
      await current;
      await Promise.all(followers);
      await Promise.all([...queues.values()].flatMap((q) => [...q.inFlight]));
      if (!agent.destroyed) await agent.destroy();
    },
    async latestProposalStates(appointments) {
      const keys = new Map(options.dealers.map((d) => [d.dealerId, d.apiKey]));
      const own = new Agent();
      const states = new Map<string, string>();
      try {
        for (const { dealerId, appointmentId } of appointments) {
          const apiKey = keys.get(dealerId);
          if (apiKey === undefined) continue;
          const path = `/dealer/v1/appointments/${encodeURIComponent(appointmentId)}`;
          try {
            const response = await fetch(`${options.apiUrl}${path}`, {
              dispatcher: own,
              headers: { authorization: `Bearer ${apiKey}` },
              signal: AbortSignal.timeout(10_000),
            });
            const details = detailsSchema.safeParse(await response.json());
            const proposals = details.success
              ? (details.data.deliveries ?? []).filter((d) => d.kind === 'proposal')
              : [];
            const last = proposals.at(-1);
            if (last !== undefined) states.set(appointmentId, last.state);
          } catch {
            options.onError('DEALER_NETWORK');
          }
        }
      } finally {
        await own.destroy();
      }
      return states;
    },
  };
}
/** A slot two to five days ahead, 08:00 to 15:00 UTC on the quarter hour, chosen from the appointment id. */
function slot(appointmentId: string, now: number): { start: string } & Record<string, unknown> {
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
