// Captures read on a worker thread of capturePool.ts, or in-process; each thread loads the archive's configuration once.
import type { Sidecar } from '../ingest/types.ts';
import { contentHash } from './captureContent.ts';
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

/** Captures whose normalised texts are to be hashed (see captureContent.ts), before any is read in full. */
export interface ContentTask {
  contents: readonly Uint8Array[];
}

export function contentTask({ contents }: ContentTask): (string | null)[] {
  return contents.map(contentHash);
}

const configs = new Map<string, Promise<ArchiveConfig>>();

/** The configuration of the archive whose `_data` folder this is, loaded on the first call. */
export function archiveConfig(dataDir: string): Promise<ArchiveConfig> {
  let config = configs.get(dataDir);
  if (config === undefined) {
    config = loadArchiveConfig(dataDir);
    configs.set(dataDir, config);
  }
  return config;
}

export async function readCaptureTask({ dataDir, requests }: CaptureTask): Promise<CaptureReading[]> {
  const loaded = await archiveConfig(dataDir);
  return requests.map(({ bytes, sidecar, capturedAt }) => readCapture(bytes, { ...loaded, sidecar, capturedAt }));
}
