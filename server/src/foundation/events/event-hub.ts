import { sql, type Selectable } from 'kysely';
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Db } from '../db/database.js';
import type { FoundationTables } from '../db/tables.js';
import type { DomainEvent, EventHandler } from './event.js';
import type { EventTransport } from './transport.js';

export type LiveListener = (event: DomainEvent) => void;

/**
 * Publishes committed outbox rows through the transport and dispatches what arrives to module
 * handlers (once per cluster) and live listeners (every instance, e.g. SSE). A relay re-publishes
 * rows left unpublished by a crash between commit and publish.
 */
export class EventHub {
  private readonly handlers = new Map<string, EventHandler[]>();
  private readonly live = new Set<LiveListener>();
  private relayTimer: NodeJS.Timeout | null = null;
  // A re-published event (relay after a failed handler, NATS redelivery) reaches live listeners once.
  private readonly recentLive = new Set<string>();
  private localRelay: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly transport: EventTransport,
    private readonly log: Logger,
  ) {}

  get transportKind() {
    return this.transport.kind;
  }
  healthy() {
    return this.transport.healthy();
  }

  subscribe(type: string, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  onLive(listener: LiveListener): () => void {
    this.live.add(listener);
    return () => this.live.delete(listener);
  }

  async start(relayEveryMs = 2000): Promise<void> {
    await this.transport.start({
      live: (e) => {
        if (this.recentLive.has(e.id)) return;
        this.recentLive.add(e.id);
        if (this.recentLive.size > 5000) this.recentLive.delete(this.recentLive.values().next().value as string);
        for (const l of this.live) l(e);
      },
      handle: (e) => this.dispatch(e),
    });
    this.relayTimer = setInterval(() => void this.relay().catch((err: unknown) => this.log.warn({ err }, 'outbox relay failed')), relayEveryMs);
    this.relayTimer.unref();
  }

  /** Called after a transaction commits with the events it wrote to the outbox. */
  async published(events: DomainEvent[]): Promise<void> {
    const sent: string[] = [];
    for (const event of events) {
      try {
        await this.transport.publish(event);
        sent.push(event.id);
      } catch (err) {
        this.log.warn({ err, event: event.id }, 'event publish failed; the relay will retry');
      }
    }
    try {
      for (let i = 0; i < sent.length; i += 5000) await this.db.updateTable('event_outbox').set({ published_at: new Date() }).where('id', 'in', sent.slice(i, i + 5000)).execute();
    } catch (err) {
      this.log.warn({ err, events: sent.length }, 'marking events published failed; the relay will re-send them');
    }
  }

  /** Publishes outbox rows older than a few seconds that are still unpublished. */
  async relay(olderThanMs = 5000): Promise<number> {
    const cutoff = new Date(Date.now() - olderThanMs);
    const pendingIn = (db: Db) =>
      db.selectFrom('event_outbox').selectAll().where('published_at', 'is', null).where('occurred_at', '<', cutoff).orderBy('occurred_at').limit(200);
    // The local transport runs handlers inline, and a handler may write: inside the relay's transaction it would wait
    // for the one PGlite connection that transaction holds, forever. A local transport serves one instance, so there
    // is no other relay to fence off with row locks: publish outside any transaction.
    // One relay at a time stands in for the locks: the next one reads what this one left unpublished.
    if (this.transport.kind === 'local') {
      const run = this.localRelay.then(async () => {
        const sent = await this.publishRows(await pendingIn(this.db).execute());
        if (sent.length) await this.db.updateTable('event_outbox').set({ published_at: new Date() }).where('id', 'in', sent).execute();
        return sent.length;
      });
      this.localRelay = run.catch(() => undefined);
      return run;
    }
    const rows = await this.db.transaction().execute(async (trx) => {
      const pending = await pendingIn(trx).modifyEnd(sql`for update skip locked`).execute();
      const sent = await this.publishRows(pending);
      if (sent.length) await trx.updateTable('event_outbox').set({ published_at: new Date() }).where('id', 'in', sent).execute();
      return sent.length;
    });
    return rows;
  }

  /** Publishes outbox rows in order, stopping at the first failure; answers the ids sent. */
  private async publishRows(pending: Selectable<FoundationTables['event_outbox']>[]): Promise<string[]> {
    const sent: string[] = [];
    for (const r of pending) {
      try {
        await this.transport.publish({ id: r.id, type: r.type, regionCode: r.region_code, occurredAt: r.occurred_at.toISOString(), payload: r.payload, ...(r.audience && { audience: r.audience }) });
        sent.push(r.id);
      } catch (err) {
        this.log.warn({ err, event: r.id }, 'relay publish failed');
        break;
      }
    }
    return sent;
  }

  private async dispatch(event: DomainEvent): Promise<void> {
    const list = [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get('*') ?? [])];
    for (const h of list) await h(event);
  }

  async close(): Promise<void> {
    if (this.relayTimer) clearInterval(this.relayTimer);
    await this.transport.close();
    this.live.clear();
  }
}
