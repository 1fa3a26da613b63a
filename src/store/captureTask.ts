// One capture read on a worker thread of captureReaders.ts; each worker loads the archive's configuration once.
import type { Sidecar } from '../ingest/types.ts';
import { loadArchiveConfig, type ArchiveConfig } from './loadArchiveConfig.ts';
import { readCapture, type CaptureReading } from './readCapture.ts';

export interface CaptureRequest {
  bytes: Uint8Array;
  sidecar: Sidecar | undefined;
  capturedAt: Date | undefined;
}

export interface CaptureTask {
  /** The archive's `_data` folder, which holds the configuration the parser needs. */
  dataDir: string;
  requests: readonly CaptureRequest[];
}

const configs = new Map<string, Promise<ArchiveConfig>>();

export async function readCaptureTask({ dataDir, requests }: CaptureTask): Promise<CaptureReading[]> {
  let config = configs.get(dataDir);
  if (config === undefined) {
    config = loadArchiveConfig(dataDir);
    configs.set(dataDir, config);
  }
  const loaded = await config;
  return requests.map(({ bytes, sidecar, capturedAt }) => readCapture(bytes, { ...loaded, sidecar, capturedAt }));
}

/** What Tinypool calls on a worker thread running the compiled copy, whose worker entry is this module. */
export default readCaptureTask;
