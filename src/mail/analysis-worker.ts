import { parentPort, workerData } from 'node:worker_threads';
import { analyseMessage } from './analyse-message.ts';
import type { TriageConfig } from '../policies/classify/triage-config.schemas.ts';
import type { ShopProfile } from '../policies/shop-profile.schemas.ts';

/** Worker thread of the analysis pool: parses, triages and decides; no I/O. */
export interface AnalysisWorkerData {
  triage: TriageConfig;
  shops: ShopProfile[];
}
export interface AnalysisRequest {
  id: number;
  shopId: string;
  raw: Uint8Array;
}

const data = workerData as AnalysisWorkerData;
const shops = new Map(data.shops.map((s) => [s.id, s]));
const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs as a worker thread only');

port.on('message', (req: AnalysisRequest) => {
  const shop = shops.get(req.shopId);
  if (!shop) {
    port.postMessage({ id: req.id, error: `unknown shop "${req.shopId}"` });
    return;
  }
  analyseMessage(req.raw, shop, data.triage).then(
    (result) => port.postMessage({ id: req.id, result }),
    (err: Error) => port.postMessage({ id: req.id, error: err.stack ?? err.message }),
  );
});
