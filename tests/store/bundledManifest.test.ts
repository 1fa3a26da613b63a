// The bundled archive's manifest is current: built from a clean clone, the archive changes no committed file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatorFingerprint } from '../../src/store/generatorFingerprint.ts';
import { readManifest } from '../../src/store/manifest.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';

describe('the bundled ingest manifest', () => {
  it('records the fingerprint of the current parser and configuration (after a parser change, run `npm run ingest` and commit content/ingest-manifest.json)', async () => {
    const { manifest } = await readManifest(path.join(REPO_ROOT, 'content/ingest-manifest.json'));
    expect(manifest.generator).toBe(await generatorFingerprint(path.join(REPO_ROOT, 'content/_data')));
  });
});
