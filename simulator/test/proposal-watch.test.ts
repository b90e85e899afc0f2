import { describe, expect, it } from 'vitest';
import { createProposalWatch, type WatchedProposal } from '../src/proposal-watch.ts';

const HOUR = 3_600_000;
const proposal = (over: Partial<WatchedProposal> = {}): WatchedProposal => ({
  dealerId: 'd1',
  appointmentId: 'a1',
  proposalId: 'p1',
  vin: 'V1',
  atMs: 10 * HOUR,
  startMs: 58 * HOUR,
  ...over,
});

describe('proposal watch', () => {
  it('waits for a proposal until its slot begins, and not after', () => {
    const watch = createProposalWatch();
    watch.proposed(proposal(), false);
    expect(watch.awaited(20 * HOUR)).toHaveLength(1);
    expect(watch.awaited(58 * HOUR)).toHaveLength(0);
    expect(watch.missing(60 * HOUR)).toHaveLength(1);
  });

  it('measures only the car online stretch inside the proposal validity', () => {
    const watch = createProposalWatch();
    watch.carOnline('V1', 0);
    watch.proposed(proposal(), false);
    // Online from before the proposal until 12 h: 2 h of it count (from 10 h).
    watch.carOffline('V1', 12 * HOUR);
    // Back at 50 h, still online at the end: 8 h count (until the slot at 58 h), not 20.
    watch.carOnline('V1', 50 * HOUR);
    const [missing] = watch.missing(70 * HOUR);
    expect(missing?.longestOnlineMs).toBe(8 * HOUR);
  });

  it('forgets a proposal its car received, even when the car was first', () => {
    const watch = createProposalWatch();
    watch.proposed(proposal(), false);
    watch.received('V1', 'p1');
    watch.proposed(proposal({ appointmentId: 'a2', proposalId: 'p2' }), true);
    expect(watch.missing(70 * HOUR)).toEqual([]);
    expect(watch.count).toBe(2);
  });

  it('watches only the latest proposal of an appointment', () => {
    const watch = createProposalWatch();
    watch.proposed(proposal(), false);
    watch.proposed(proposal({ proposalId: 'p2', atMs: 20 * HOUR, startMs: 70 * HOUR }), false);
    // The superseded one arriving late does not count as the latest received.
    watch.received('V1', 'p1');
    expect(watch.missing(80 * HOUR).map((m) => m.proposal.proposalId)).toEqual(['p2']);
    watch.received('V1', 'p2');
    expect(watch.missing(80 * HOUR)).toEqual([]);
    expect(watch.count).toBe(1);
  });

  it('a second connected event does not restart the stretch', () => {
    const watch = createProposalWatch();
    watch.proposed(proposal(), false);
    watch.carOnline('V1', 20 * HOUR);
    watch.carOnline('V1', 30 * HOUR);
    watch.carOffline('V1', 40 * HOUR);
    expect(watch.missing(70 * HOUR)[0]?.longestOnlineMs).toBe(20 * HOUR);
  });

  it('lists a proposal due for its system state once its slot began, until one is recorded', () => {
    const watch = createProposalWatch();
    watch.proposed(proposal(), false);
    expect(watch.due(57 * HOUR)).toEqual([]);
    expect(watch.due(58 * HOUR).map((p) => p.proposalId)).toEqual(['p1']);
    // A state for a superseded proposal of the appointment is not this one's.
    watch.recordState('a1', 'p0', 'expired');
    expect(watch.due(60 * HOUR)).toHaveLength(1);
    watch.recordState('a1', 'p1', 'expired');
    expect(watch.due(60 * HOUR)).toEqual([]);
    expect(watch.missing(60 * HOUR)[0]?.systemState).toBe('expired');
  });
});
