// One capture read on a worker thread of captureReaders.ts; each worker loads the archive's configuration once.
import { serialize } from 'node:v8';
import Tinypool from 'tinypool';
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

/**
 * What Tinypool calls on a worker thread (the compiled copy's worker entry is this module): the readings as one
 * serialised batch, moved to the main thread rather than copied into its objects on arrival. A reading is a few
 * thousand small objects, and those waiting their turn there survived its young-generation collections: 3.7 s of them
 * in a cold ingest of 10,000 captures, 2.7 s since. They become objects when ingest takes them (ReadingQueue).
 */
export default async function serializedCaptureTask(task: CaptureTask): Promise<Uint8Array> {
  return Tinypool.move(serialize(await readCaptureTask(task))) as Uint8Array;
}
