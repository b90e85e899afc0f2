/**
 * Pausing the socket reads of one aedes connection, exactly.
 *
 * Read in aedes 1.2.0, lib/client.js: a connection's packets are parsed a socket chunk at a time;
 * every packet handled calls the client's `_nextBatch`, which counts it down (`_parsingBatch`)
 * and reads the next chunk when the whole chunk is done, unless `_paused` is set. aedes' own
 * `pause()` / `resume()` lose count: a packet that finishes while paused calls `_nextBatch`, which
 * returns without counting it, and `resume()` counts one. A connection with two packets finishing
 * while paused would never be read again (until its keep-alive closes it). So while paused the
 * completions are counted here and handed back on resume, and the chunk is read when its last
 * packet is done, as aedes does unpaused. ('readable' events skipped meanwhile need no replay: the
 * read at the chunk's end takes everything buffered.)
 *
 * aedes' typings omit these fields; this narrow interface is the only place that touches them.
 */
import type { Client } from 'aedes';

interface AedesReadState {
  /** Checked first by `_nextBatch`: while true, nothing is read (and nothing counted). */
  _paused?: boolean;
  /** Called once per handled packet (aedes reads the property for each packet it hands out). */
  _nextBatch: (error?: Error | null) => void;
}

export interface ReadGate {
  pause(): void;
  /** Reads again; packets that finished meanwhile are counted now, and may start the next read. */
  resume(): void;
  paused(): boolean;
}

export function createReadGate(client: Client): ReadGate {
  const state = client as unknown as AedesReadState;
  const original = state._nextBatch.bind(client);
  let finishedWhilePaused = 0;
  state._nextBatch = (error) => {
    // An error closes the connection (aedes emits it first thing), paused or not.
    if (state._paused && !error) {
      finishedWhilePaused += 1;
      return;
    }
    original(error);
  };
  return {
    pause() {
      state._paused = true;
    },
    resume() {
      if (!state._paused) return;
      state._paused = false;
      const owed = finishedWhilePaused;
      finishedWhilePaused = 0;
      // Through the wrapper: a chunk read here may pause the connection again midway, and the
      // rest is then counted again.
      for (let i = 0; i < owed; i++) state._nextBatch();
    },
    paused: () => state._paused === true,
  };
}
