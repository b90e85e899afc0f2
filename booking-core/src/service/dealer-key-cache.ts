/**
 * Dealer API keys already read, so a dealer API request need not read the key and the list
 * generation from the database again (benchmark 7, docs/benchmarks.md: that read was the largest
 * cost of ours per request).
 *
 * An entry is reused only while the store's write epoch is the one it was read at
 * (BookingStore.writeEpoch): nothing was committed since, by any connection, so a fresh read would
 * return the same dealer and the same list generation. A key rotated
 * (`POST /admin/v1/dealers/{dealerId}/api-key`) or deleted is refused at the very next request; any
 * commit drops every entry's claim, not one dealer's. A store without a write epoch (PostgreSQL,
 * where other nodes commit unseen) never reuses an entry.
 *
 * The epoch is read once for all the requests of an event-loop turn (epochAfterNow), not once per
 * request.
 *
 * Bounded: at most `maxEntries` keys (the oldest read goes first). Only keys that matched are
 * kept, so unknown keys cannot fill it; entries are keyed by the key's hash, never the key.
 */

export interface DealerKeySession {
  dealerId: string;
  /** The dealer's list generation (store-port.ts findDealerApiKey). */
  listGeneration: string;
}

export interface DealerKeyCacheOptions {
  /** The store's write epoch; absent: nothing is reused. */
  writeEpoch: (() => number) | undefined;
  maxEntries: number;
}

/** 10,000 keys: about 2 MB. */
export const DEFAULT_DEALER_KEY_CACHE_ENTRIES = 10_000;

/**
 * The write epoch as read after the call: one read shared by every caller that asks before it is
 * taken, which is at the end of the current event-loop turn (setImmediate), after every request
 * the turn received. So each caller sees every commit made before it asked, as with a read of its
 * own, at one read a turn instead of one a request (the read is a system call; benchmark 7,
 * docs/benchmarks.md).
 */
export function epochAfterNow(writeEpoch: () => number): () => Promise<number> {
  let pending: Promise<number> | undefined;
  return () => {
    pending ??= new Promise<number>((resolve, reject) => {
      setImmediate(() => {
        pending = undefined;
        try {
          resolve(writeEpoch());
        } catch (error) {
          reject(error);
        }
      });
    });
    return pending;
  };
}

export function dealerKeyCache(options: DealerKeyCacheOptions) {
  const { maxEntries } = options;
  const currentEpoch = options.writeEpoch && epochAfterNow(options.writeEpoch);
  const entries = new Map<string, DealerKeySession & { epoch: number }>();
  return {
    /**
     * The session of a key by its hash: reused while still current, else `read` (the database)
     * and kept when found.
     */
    async session(
      keyHash: string,
      read: () => Promise<DealerKeySession | null>,
    ): Promise<DealerKeySession | null> {
      if (currentEpoch === undefined || maxEntries <= 0) return read();
      // Taken before the read: a write that lands meanwhile makes the entry look older, never newer.
      const epoch = await currentEpoch();
      const entry = entries.get(keyHash);
      if (entry && entry.epoch === epoch) {
        return { dealerId: entry.dealerId, listGeneration: entry.listGeneration };
      }
      const fresh = await read();
      entries.delete(keyHash);
      if (fresh === null) return null;
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      entries.set(keyHash, { ...fresh, epoch });
      return fresh;
    },
    /** Keys kept now (for tests and the bound). */
    size: () => entries.size,
  };
}
