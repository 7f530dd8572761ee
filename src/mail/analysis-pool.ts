import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysed } from './analyse-message.ts';
import type { AnalysisRequest, AnalysisWorkerData } from './analysis-worker.ts';

/**
 * Worker threads pay off when the main thread waits (PostgreSQL round trips)
 * or cores are left after it. With SQLite on two cores the main thread is busy
 * itself (better-sqlite3 is synchronous) and analysing inline is as fast
 * (measured with scripts/bench-ingest.ts --workers N).
 */
export function defaultAnalysisWorkers(dialect: 'sqlite' | 'postgres', cores = availableParallelism()): number {
  if (dialect === 'postgres') return Math.max(1, cores - 1);
  return cores > 2 ? cores - 1 : 0;
}

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Parsing, triage and case decisions are CPU work; the database and IMAP are
 * not. During a backfill, worker threads analyse mail while the main thread
 * fetches and stores, so a 10,000-mail mailbox uses every core. Workers start
 * on first use; `close()` ends them.
 */
export class AnalysisPool {
  readonly #data: AnalysisWorkerData;
  readonly #size: number;
  readonly #slots: Slot[] = [];
  readonly #pending = new Map<number, { resolve: (a: Analysed) => void; reject: (e: Error) => void; slot: Slot }>();
  #next = 1;

  constructor(data: AnalysisWorkerData, size: number) {
    this.#data = data;
    this.#size = Math.max(1, size);
  }

  #slot(): Slot {
    if (this.#slots.length < this.#size) {
      const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { workerData: this.#data });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (m: { id: number; result?: Analysed; error?: string }) => {
        const p = this.#pending.get(m.id);
        if (!p) return;
        this.#pending.delete(m.id);
        p.slot.busy--;
        if (m.result) p.resolve(m.result);
        else p.reject(new Error(`analysis worker failed: ${m.error}`));
      });
      worker.on('error', (err) => this.#failAll(slot, err));
      worker.on('exit', (code) => this.#failAll(slot, new Error(`analysis worker exited with code ${code}`)));
      this.#slots.push(slot);
      return slot;
    }
    return this.#slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  #failAll(slot: Slot, err: Error): void {
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
    for (const [id, p] of this.#pending) {
      if (p.slot !== slot) continue;
      this.#pending.delete(id);
      p.reject(err);
    }
  }

  analyse(raw: Uint8Array, shopId: string): Promise<Analysed> {
    const slot = this.#slot();
    const id = this.#next++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, slot });
      const req: AnalysisRequest = { id, shopId, raw };
      slot.worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
