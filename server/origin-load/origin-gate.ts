import { randomUUID } from 'node:crypto';
import { OriginBusyError } from '@/lib/wordpress/errors';
import type { OriginGate as Gate } from '@/lib/wordpress/origin-bound';
import type { SharedState } from '../redis/shared-state';

// How much of WordPress the frontends may take at once. WordPress's PHP has a fixed number of
// workers, shared with the editors in wp-admin: a client sending what no cache can answer (random
// searches, unknown paths) would otherwise hold every one of them. So every request to WordPress
// takes a place: so many per worker, and — through Redis, where the workers run behind an edge — so
// many for the whole site; what finds none waits in a short queue, and what does not fit in it, or
// waits too long, is not sent (OriginBusyError: the themed 503, or the page's last good copy).

export interface OriginLimits {
  /** Requests to WordPress at once from this worker. */
  perWorker: number;
  /** Requests at once from every worker of the site, counted in Redis; null: no site-wide count. */
  perSite: number | null;
  /** Requests waiting for a place at most, in this worker. */
  queue: number;
  /** How long a request waits for a place before it is not sent. */
  waitMs: number;
  /** How long a site-wide place is held at most (a worker that died with it frees it then). */
  leaseMs: number;
}

/** What the gate has done since the process started (the bench and the e2e flood read it). */
export interface OriginCounts {
  sent: number;
  queued: number;
  shed: number;
  /** Places held now, and the most ever held at once, in this worker. */
  active: number;
  mostActive: number;
}

/** How often a request waiting for a site-wide place asks Redis again. */
const SITE_RETRY_MS = 20;

interface Waiter {
  resolve: () => void;
  timer: NodeJS.Timeout;
}

export class OriginGate implements Gate {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private readonly tally = { sent: 0, queued: 0, shed: 0, mostActive: 0 };

  constructor(
    private readonly limits: OriginLimits,
    /** The site's shared state and the key its places are counted under (one per WordPress). */
    private readonly site: { state: () => SharedState; key: string },
  ) {}

  /** Resolves with the place's release, itself resolved once the site's count has it back. */
  async enter(): Promise<() => Promise<void>> {
    const deadline = Date.now() + this.limits.waitMs;
    await this.workerPlace(deadline);
    let siteId: string | null;
    try {
      siteId = await this.sitePlace(deadline);
    } catch (error) {
      this.leaveWorker();
      throw error;
    }
    this.tally.sent += 1;
    let left = false;
    return async () => {
      if (left) return;
      left = true;
      this.leaveWorker();
      if (siteId !== null) await this.site.state().givePlace(this.site.key, siteId);
    };
  }

  get counts(): OriginCounts {
    return { ...this.tally, active: this.active };
  }

  /** A place in this worker: at once, or in turn from the queue, or refused. */
  private workerPlace(deadline: number): Promise<void> {
    if (this.active < this.limits.perWorker && this.waiting.length === 0) {
      this.taken();
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue) return Promise.reject(this.busy('queue-full'));
    this.tally.queued += 1;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(
          () => {
            this.waiting.splice(this.waiting.indexOf(waiter), 1);
            reject(this.busy('waited'));
          },
          Math.max(0, deadline - Date.now()),
        ),
      };
      this.waiting.push(waiter);
    });
  }

  /** The place given back goes to the first in the queue, or is free again. */
  private leaveWorker(): void {
    const next = this.waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve();
    } else {
      this.active -= 1;
    }
  }

  private taken(): void {
    this.active += 1;
    this.tally.mostActive = Math.max(this.tally.mostActive, this.active);
  }

  /** A place among the site's (its id), or null when none is counted (no limit, no Redis). */
  private async sitePlace(deadline: number): Promise<string | null> {
    const { perSite, leaseMs } = this.limits;
    if (perSite === null) return null;
    const id = randomUUID();
    for (;;) {
      const place = { id, limit: perSite, now: Date.now(), leaseMs };
      const taken = await this.site.state().takePlace(this.site.key, place);
      // Redis is not there or not answering: this worker's own limit is all there is meanwhile.
      if (taken === undefined) return null;
      if (taken) return id;
      const left = deadline - Date.now();
      if (left <= 0) throw this.busy('waited');
      // Places are given back within milliseconds of a request ending: asked again soon, spread a
      // little so the workers waiting do not all ask at once.
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, SITE_RETRY_MS + Math.random() * 10)));
    }
  }

  private busy(reason: OriginBusyError['reason']): OriginBusyError {
    this.tally.shed += 1;
    return new OriginBusyError('', reason);
  }
}
