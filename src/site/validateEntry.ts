// Checks an entry's front matter against the one entry schema and explains any problem in terms of the file and field.
import { entrySchema, type Entry } from '../store/entrySchema.ts';
import { EntryError } from './entryError.ts';

const SCHEMA_FILE = 'src/store/entrySchema.ts';
const REMEDY = `Fix the field by hand (the rules are in ${SCHEMA_FILE}) or re-run ingest for its dump to rewrite the entry, then build again.`;

export function validateEntry(frontMatter: unknown, file: string): Entry {
  const result = entrySchema.safeParse(frontMatter);
  if (result.success) return result.data;
  // Values are left out on purpose: scraped text in a terminal could carry control sequences.
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(front matter)';
    return `field \`${field}\`: ${issue.message}`;
  });
  throw new EntryError(file, `invalid front matter: ${problems.join('; ')}`, REMEDY);
}
