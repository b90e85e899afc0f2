/**
 * `GET /clock`: the system's current time and speed, unauthenticated (it tells nothing about any
 * dealer or car). Under virtual time (CSB_CLOCK_*) a fleet simulator reads it at start to run on
 * the same clock as the system, or to refuse when the two differ (docs/simulator.md).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import { problemSchema } from './schemas.ts';

/** The clock the system runs on, with its speed (virtual ms per wall ms; 1 = real time). */
export interface RunningClock extends Clock {
  readonly speed: number;
}

const clockReadingSchema = z.object({
  now: z.iso.datetime().describe('the system clock now (ISO 8601, UTC)'),
  epochMs: z.number().int().describe('the same instant in milliseconds since the epoch'),
  speed: z.number().positive().describe('virtual milliseconds per wall millisecond; 1 = real time'),
});

export function clockRoutes(clock: RunningClock): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/clock',
      {
        schema: {
          summary: "The system's clock",
          description:
            'The time the booking core and the gateway read now, and how fast it runs (virtual time for simulations; docs/simulator.md). No authentication.',
          tags: ['ops'],
          security: [],
          response: {
            200: clockReadingSchema,
            // What the server answers before any route, e.g. for an undecodable URL.
            '4xx': problemSchema,
          },
        },
      },
      async (_request, reply) => {
        const epochMs = clock.now();
        void reply.header('cache-control', 'no-store');
        return { now: new Date(epochMs).toISOString(), epochMs, speed: clock.speed };
      },
    );
  };
}
