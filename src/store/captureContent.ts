// A capture's bytes → the hash of its normalised text: the same capture saved twice (another name, other line endings,
// another encoding) has one; an empty or undecodable one has none.
import { decodeDump } from '../ingest/decodeDump.ts';
import { normalizeText } from '../ingest/normalizeText.ts';
import { sha256 } from './readDump.ts';

export function contentHash(bytes: Uint8Array): string | null {
  const decoded = decodeDump(bytes);
  if (!decoded.ok) return null;
  const text = normalizeText(decoded.text).trim();
  return text === '' ? null : sha256(text);
}
