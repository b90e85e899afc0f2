/**
 * One simulated car: the head-unit library's client with reproducible message ids and reconnect
 * jitter, both drawn from a seed (by default derived from the VIN), so a run can be replayed.
 */
import { type CarClient, type CarClientOptions, createCarClient } from '@csb/head-unit';
import { createMessageIdFactory, createRandom, seedFromString } from './random.ts';

export type { CarEvent } from '@csb/head-unit';

export interface SimulatedCarOptions extends Omit<CarClientOptions, 'newMessageId' | 'random'> {
  /** Seed of message ids and jitter. Default: derived from the VIN. */
  seed?: number;
}

export type SimulatedCar = CarClient;

export function createSimulatedCar(options: SimulatedCarOptions): SimulatedCar {
  const { seed, ...client } = options;
  const random = createRandom(seed ?? seedFromString(options.vin));
  return createCarClient({ ...client, newMessageId: createMessageIdFactory(random), random });
}
