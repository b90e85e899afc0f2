/**
 * The baseline of `npm run bench`: a bare aedes broker (no auth, no ACL, no protobuf, no database)
 * whose one in-process subscriber echoes every QoS 1 message on `bench/{n}/up` back on
 * `bench/{n}/down`, QoS 1. Run as a child process so that its memory is measured apart from the
 * load generator. Prints one JSON line with its port when listening; exits on SIGTERM.
 */
import { createServer } from 'node:net';
import { Aedes, type AedesPublishPacket } from 'aedes';

const broker = new Aedes({});
await broker.listen();
const echo = (packet: AedesPublishPacket, done: () => void): void => {
  broker.publish(
    {
      cmd: 'publish',
      topic: packet.topic.replace(/\/up$/, '/down'),
      payload: packet.payload,
      qos: 1,
      retain: false,
      dup: false,
    },
    () => {},
  );
  // Deferred: a synchronous done() under overload overflows aedes' stack (docs/benchmarks.md).
  setImmediate(done);
};
await new Promise<void>((resolve) => broker.subscribe('bench/+/up', echo, resolve));
const server = createServer((socket) => {
  // The same socket option as the csb gateway (Nagle off), so the comparison is fair.
  socket.setNoDelay(true);
  broker.handle(socket);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ event: 'aedes.started', mqttPort: port })}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  broker.close(() => process.exit(0));
});
