// Entry file text → validated front-matter and body; only YAML front-matter is accepted, never executable front-matter.
import matter from 'gray-matter';
import { entrySchema, type Entry } from './entrySchema.ts';

function refuse(language: string) {
  return () => {
    throw new Error(`${language} front-matter is executable and is refused; use YAML front-matter (---) instead`);
  };
}

/** gray-matter evaluates `---js` front-matter with eval by default; these engines make that impossible. */
export const SAFE_FRONT_MATTER_ENGINES = {
  javascript: { parse: refuse('JavaScript'), stringify: refuse('JavaScript') },
  coffeescript: { parse: refuse('CoffeeScript'), stringify: refuse('CoffeeScript') },
};

export interface ReadEntry {
  entry: Entry;
  body: string;
}

export function parseFrontMatter(text: string, file: string): { data: Record<string, unknown>; content: string } {
  const opening = /^---([^\n]*)\n/.exec(text);
  const language = opening?.[1]?.trim() ?? '';
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    throw new Error(`${file}: front-matter in "${language}" is refused; only YAML front-matter (---) is allowed`);
  }
  try {
    const parsed = matter(text, { engines: SAFE_FRONT_MATTER_ENGINES });
    return { data: parsed.data, content: parsed.content };
  } catch (error) {
    throw new Error(`${file}: front-matter is not valid YAML (${(error as Error).message}); fix it or restore the entry`);
  }
}

export function readEntry(text: string, file: string): ReadEntry {
  const { data, content } = parseFrontMatter(text, file);
  const checked = entrySchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || '(front-matter)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: invalid entry front-matter: ${problems}. Fix the field by hand, or delete the entry and run ingest again.`);
  }
  return { entry: checked.data, body: content };
}
