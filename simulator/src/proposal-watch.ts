/**
 * Which dealer proposals a fleet run may fairly expect its cars to have received.
 *
 * A proposal is valid until the start of the slot it offers (docs/protocol.md `[LEDGER-4]`: a message
 * whose validity ended is expired, never sent). A car that stays offline past that start — a car
 * parked for a week — never gets it, and that is the system working. On an accelerated clock this
 * is common: at 19,440x a slot two days ahead starts ten wall seconds later.
 *
 * So the run watches, for the latest proposal of each appointment, the longest stretch its car was
 * online between the proposal and the slot's start. A latest proposal never received is excused
 * only when its slot began before the run ended, its car was never online long enough to have
 * received it (the grace), and the system reports it expired; anything else is a violation.
 *
 * Bounded: one record per appointment (its latest proposal), and per car the appointments it has
 * a proposal outstanding for — which the system caps by the open appointments a vehicle may have.
 */
import type { AutoDealerProposal } from './fleet-dealer.ts';

/** A proposal the automatic dealer made (fleet-dealer.ts), with its slot's start. */
export type WatchedProposal = AutoDealerProposal;

interface Watch {
  proposal: WatchedProposal;
  received: boolean;
  /**
   * The system's delivery state of it, read once its slot began (`due`): read later, the ledger's
   * retention may have deleted an expired row (docs/operations.md).
   */
  systemState?: string;
  /** The longest online stretch of the car (virtual ms) within [atMs, startMs] seen so far. */
  longestOnlineMs: number;
}

export interface ProposalWatch {
  /** The dealer made `proposal`; `received`: its car already has it (the car can be first). */
  proposed(proposal: WatchedProposal, received: boolean): void;
  received(vin: string, proposalId: string): void;
  carOnline(vin: string, nowMs: number): void;
  carOffline(vin: string, nowMs: number): void;
  /** Latest proposals not received whose slot has not begun: the run should wait for them. */
  awaited(nowMs: number): WatchedProposal[];
  /** Latest proposals not received whose slot began, with no system state recorded yet. */
  due(nowMs: number): WatchedProposal[];
  /** The system's delivery state of an appointment's latest proposal (after `due`). */
  recordState(appointmentId: string, proposalId: string, state: string): void;
  /**
   * Latest proposals not received, each with its car's longest online stretch until `nowMs` and the
   * system state recorded for it.
   */
  missing(nowMs: number): { proposal: WatchedProposal; longestOnlineMs: number; systemState?: string }[];
  /** How many latest proposals (one per appointment) were watched. */
  readonly count: number;
}

export function createProposalWatch(): ProposalWatch {
  const latest = new Map<string, Watch>();
  /** vin -> appointments with a latest proposal not received yet. */
  const outstanding = new Map<string, Set<string>>();
  /** vin -> virtual time its current connection came up. */
  const onlineSince = new Map<string, number>();

  const overlap = (w: Watch, from: number, to: number): number =>
    Math.max(0, Math.min(to, w.proposal.startMs) - Math.max(from, w.proposal.atMs));

  function settleStretch(vin: string, nowMs: number): void {
    const since = onlineSince.get(vin);
    if (since === undefined) return;
    for (const appointmentId of outstanding.get(vin) ?? []) {
      const w = latest.get(appointmentId);
      if (w !== undefined) w.longestOnlineMs = Math.max(w.longestOnlineMs, overlap(w, since, nowMs));
    }
  }

  return {
    proposed(proposal, received) {
      const previous = latest.get(proposal.appointmentId);
      if (previous !== undefined) outstanding.get(previous.proposal.vin)?.delete(proposal.appointmentId);
      latest.set(proposal.appointmentId, { proposal, received, longestOnlineMs: 0 });
      if (received) return;
      const set = outstanding.get(proposal.vin) ?? new Set<string>();
      outstanding.set(proposal.vin, set);
      set.add(proposal.appointmentId);
    },
    received(vin, proposalId) {
      const set = outstanding.get(vin);
      if (set === undefined) return;
      for (const appointmentId of set) {
        const w = latest.get(appointmentId);
        if (w?.proposal.proposalId !== proposalId) continue;
        w.received = true;
        set.delete(appointmentId);
        return;
      }
    },
    carOnline(vin, nowMs) {
      if (!onlineSince.has(vin)) onlineSince.set(vin, nowMs);
    },
    carOffline(vin, nowMs) {
      settleStretch(vin, nowMs);
      onlineSince.delete(vin);
    },
    awaited(nowMs) {
      const out: WatchedProposal[] = [];
      for (const w of latest.values()) if (!w.received && nowMs < w.proposal.startMs) out.push(w.proposal);
      return out;
    },
    due(nowMs) {
      const out: WatchedProposal[] = [];
      for (const w of latest.values())
        if (!w.received && w.systemState === undefined && w.proposal.startMs <= nowMs) out.push(w.proposal);
      return out;
    },
    recordState(appointmentId, proposalId, state) {
      const w = latest.get(appointmentId);
      if (w !== undefined && w.proposal.proposalId === proposalId) w.systemState = state;
    },
    missing(nowMs) {
      const out: { proposal: WatchedProposal; longestOnlineMs: number; systemState?: string }[] = [];
      for (const w of latest.values()) {
        if (w.received) continue;
        const since = onlineSince.get(w.proposal.vin);
        const current = since === undefined ? 0 : overlap(w, since, nowMs);
        out.push({
          proposal: w.proposal,
          longestOnlineMs: Math.max(w.longestOnlineMs, current),
          ...(w.systemState === undefined ? {} : { systemState: w.systemState }),
        });
      }
      return out;
    },
    get count() {
      return latest.size;
    },
  };
}
