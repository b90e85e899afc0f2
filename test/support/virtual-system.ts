/** Starts the real csb system in-process on an accelerated clock (virtual time, docs/simulator.md). */
import { pino } from 'pino';
import { loadConfig } from '../../bin/config.ts';
import { type RunningSystem, startSystem } from '../../bin/system.ts';
import { testEnv } from './system.ts';

export interface VirtualClockSettings {
  start: string;
  speed: number;
  /** Wall time at which the clock reads `start`; give the fleet the same. */
  anchor: string;
}

export async function startInProcessAt(dataDir: string, clock: VirtualClockSettings): Promise<RunningSystem> {
  const env = {
    ...testEnv(dataDir),
    CSB_CLOCK_START: clock.start,
    CSB_CLOCK_SPEED: String(clock.speed),
    CSB_CLOCK_ANCHOR: clock.anchor,
    // Wall time between sweeps: at 17280x, 500 ms is 2.4 virtual hours (reminders come near their time).
    CSB_SCHEDULER_INTERVAL_MS: '500',
  };
  return startSystem(loadConfig(env), pino({ level: 'silent' }));
}
