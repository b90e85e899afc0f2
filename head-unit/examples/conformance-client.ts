/**
 * The smallest head unit that takes part in `csb conformance`: it connects where the kit says
 * (CSB_CONFORMANCE_URL, _VIN, _SECRET), sends one booking request, accepts every proposal it is
 * shown, and runs until SIGTERM. Timing knobs for quick runs: HU_RESULT_TIMEOUT_MS (first resend,
 * default 10000) and HU_RECONNECT_BASE_MS (first reconnect delay, default 500).
 *
 *   csb conformance --command 'node head-unit/examples/conformance-client.ts'
 */
import { createCarClient, proposalPolicies } from '@csb/head-unit';
import { csb } from '@csb/proto';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run me from csb conformance --command)`);
  return value;
};

const car = createCarClient({
  vin: env('CSB_CONFORMANCE_VIN'),
  secret: env('CSB_CONFORMANCE_SECRET'),
  brokerUrl: env('CSB_CONFORMANCE_URL'),
  proposalPolicy: proposalPolicies.accept(),
  resultTimeoutMs: Number(process.env.HU_RESULT_TIMEOUT_MS ?? 10_000),
  connection: { reconnectBaseMs: Number(process.env.HU_RECONNECT_BASE_MS ?? 500) },
});
await car.start();
car.perform({ type: 'request-booking', origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL });
process.once('SIGTERM', () => void car.stop().then(() => process.exit(0)));
