// The bundled archive configuration, loaded once for tests that run the parser.
import path from 'node:path';
import { loadArchiveConfig, type ArchiveConfig } from '../../src/store/loadArchiveConfig.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

let config: Promise<ArchiveConfig> | undefined;

export function archiveConfig(): Promise<ArchiveConfig> {
  config ??= loadArchiveConfig(path.join(REPO_ROOT, 'content/_data'));
  return config;
}
