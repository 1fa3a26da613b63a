// Checks an entry's front matter against the one entry schema and explains any problem in terms of the file and field.
import { ENTRY_FIELD_ORDER, entrySchema, type Entry } from '../store/entrySchema.ts';
import { EntryError } from './entryError.ts';

const SCHEMA_FILE = 'src/store/entrySchema.ts';
const REMEDY = `Fix the field by hand (the rules are in ${SCHEMA_FILE}), or take ingest's version back with \`news-archive ingest --force\` and the entry's file name (yours is kept beside it as a .bak), then build again.`;

/**
 * A field the entry format does not have is not shown anywhere; a person who added one (`note: …`) is told so, and
 * where such text goes instead, once for each entry the build reads.
 */
function warnOfUnknownFields(frontMatter: unknown, file: string): void {
  if (typeof frontMatter !== 'object' || frontMatter === null) return;
  const unknown = Object.keys(frontMatter).filter((key) => !(ENTRY_FIELD_ORDER as readonly string[]).includes(key));
  if (unknown.length === 0) return;
  const fields = unknown.map((key) => `\`${key}\``).join(', ');
  console.warn(`warning: ${file}: ${unknown.length === 1 ? 'field' : 'fields'} ${fields} ${unknown.length === 1 ? 'is' : 'are'} not part of the entry format and not shown on the site; a note for readers goes in the body`);
}

export function validateEntry(frontMatter: unknown, file: string): Entry {
  const result = entrySchema.safeParse(frontMatter);
  if (result.success) {
    warnOfUnknownFields(frontMatter, file);
    return result.data;
  }
  // Values are left out on purpose: scraped text in a terminal could carry control sequences.
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(front matter)';
    return `field \`${field}\`: ${issue.message}`;
  });
  throw new EntryError(file, `invalid front matter: ${problems.join('; ')}`, REMEDY);
}
