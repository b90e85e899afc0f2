/**
 * Makes protobufjs read 64-bit integers as plain numbers instead of `Long` objects.
 * Our int64 fields (Timestamp.seconds, Money.amount_minor) stay far below 2^53, and numbers are
 * what every consumer wants. `--force-number` in pbjs only changes the typings, not the runtime
 * (protobufjs-cli targets/static.js), so the runtime is configured here — before the generated
 * module evaluates, because it captures `util.Long` in its prototype defaults.
 */
import protobuf from 'protobufjs/minimal.js';

// The documented switch: without util.Long, readers and writers fall back to numbers.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
