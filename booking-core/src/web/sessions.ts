/**
 * Browser sessions of the dealer console and the owner website, in memory. A session is created
 * by signing in with a dealer API key or a customer token (docs/web.md) and is named by a random
 * id in an HttpOnly, SameSite=Strict cookie; the key itself is never stored or put in a URL.
 *
 * Bounds: at most `maxSessions` (default 10,000) live at once, the oldest signed-in goes first;
 * each ends after `idleMs` without a request (default 30 min) and `maxAgeMs` after sign-in
 * (default 8 h). In a cluster the balancer pins a browser to the node that signed it in
 * (docs/deployment.md "Browsers in a cluster").
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export type SessionKind = 'dealer' | 'customer';

export interface WebSession {
  id: string;
  kind: SessionKind;
  /** The dealer id or the customer id. */
  principal: string;
  /** Sent back in every form (hidden field `_csrf`) and compared with this. */
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionOptions {
  maxSessions?: number;
  idleMs?: number;
  maxAgeMs?: number;
  /** Wall time; the sessions are about people at browsers, not the booking clock. */
  now?: () => number;
}

export const DEFAULT_MAX_SESSIONS = 10_000;
export const DEFAULT_IDLE_MS = 30 * 60_000;
export const DEFAULT_MAX_AGE_MS = 8 * 3_600_000;

export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Constant-time equality of two tokens (false for different lengths). */
export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sessionStore(options: SessionOptions = {}) {
  const maxSessions = options.maxSessions ?? DEFAULT_MAX_SESSIONS;
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  // Insertion order = sign-in order, so the first key is the oldest session.
  const sessions = new Map<string, WebSession>();

  const expired = (s: WebSession, t: number) => t - s.lastSeenAt > idleMs || t - s.createdAt > maxAgeMs;

  return {
    create(kind: SessionKind, principal: string): WebSession {
      const t = now();
      while (sessions.size >= maxSessions) {
        const oldest = sessions.keys().next();
        if (oldest.done) break;
        sessions.delete(oldest.value);
      }
      const session = {
        id: randomToken(),
        kind,
        principal,
        csrf: randomToken(),
        createdAt: t,
        lastSeenAt: t,
      };
      sessions.set(session.id, session);
      return session;
    },
    /** The live session of this kind with this id, touched; undefined when unknown or expired. */
    get(id: string | undefined, kind: SessionKind): WebSession | undefined {
      if (id === undefined) return undefined;
      const session = sessions.get(id);
      if (!session || session.kind !== kind) return undefined;
      const t = now();
      if (expired(session, t)) {
        sessions.delete(id);
        return undefined;
      }
      session.lastSeenAt = t;
      return session;
    },
    /** Still live, without touching it (the live list's stream checks this every tick). */
    alive(session: WebSession): boolean {
      return sessions.get(session.id) === session && !expired(session, now());
    },
    end(id: string): void {
      sessions.delete(id);
    },
    get size(): number {
      return sessions.size;
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
