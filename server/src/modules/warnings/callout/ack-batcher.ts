import { systemActor } from '../../../foundation/auth/actor.js';
import type { DataLayer } from '../../../foundation/db/data-layer.js';
import { acknowledgeEach, type AckItem } from './callout-acks.js';

type Waiting = { item: AckItem; resolve: () => void; reject: (e: unknown) => void };

/**
 * Group commit for acknowledgements. After a red warning thousands of people answer within minutes, and
 * every audited transaction waits its turn for the ledger's chain lock, so one transaction per answer
 * caps the rate at one commit's latency. Answers arriving while a transaction is under way are written
 * together in the next one (each still its own ledger entry in the answering person's name); a caller's
 * promise settles once its answer has committed, so a successful request is a recorded answer. An idle
 * system adds no delay: a lone answer is written at once.
 */
export function createAckBatcher(deps: { data: DataLayer; maxBatch?: number }) {
  const actor = systemActor('warnings-acks');
  const maxBatch = deps.maxBatch ?? 500;
  const waiting: Waiting[] = [];
  let running: Promise<void> | null = null;

  const write = (items: AckItem[]) => deps.data.write(actor, (uow) => acknowledgeEach(uow, items));

  async function flush(batch: Waiting[]) {
    try {
      await write(batch.map((w) => w.item));
      for (const w of batch) w.resolve();
    } catch (e) {
      if (batch.length === 1) return batch[0]!.reject(e);
      // One bad answer (or a deadlock) must not fail the others: each is tried on its own.
      for (const w of batch) await write([w.item]).then(w.resolve, w.reject);
    }
  }

  function kick() {
    if (running || !waiting.length) return;
    running = flush(waiting.splice(0, maxBatch)).finally(() => {
      running = null;
      kick();
    });
  }

  return {
    /** Resolves when the acknowledgement is committed (or was already recorded, or the call-out stopped). */
    submit(item: AckItem): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        kick();
      });
    },
    /** Waits for what is queued to be written. */
    async drain() {
      while (running || waiting.length) {
        kick();
        await running;
      }
    },
  };
}
export type AckBatcher = ReturnType<typeof createAckBatcher>;
