// Front-matter parsing for every template: YAML only, and an entry's YAML becomes validated article data, nothing more.
import matter from 'gray-matter';
import { EntryError } from './entryError.ts';
import { validateEntry } from './validateEntry.ts';
import { articlePageData } from './articlePageData.ts';

/** gray-matter's own YAML engine (js-yaml's safe loader): the one the store writes entries with, so they round-trip. */
const yamlEngine = (matter as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml;

/** Languages gray-matter or Eleventy would otherwise accept after `---`; all but YAML are refused. */
const NON_YAML_LANGUAGES = ['javascript', 'jsLegacy', 'json', 'node'] as const;

/** What gray-matter passes an engine besides the text; Eleventy adds the template's path. */
interface EngineContext {
  filePath?: string;
}

function refuseLanguage(language: string) {
  return (_text: string, context: EngineContext = {}): never => {
    throw new EntryError(
      context.filePath ?? '(unknown file)',
      `front matter in "${language}" is refused: entries and pages are read as YAML only, so that no front matter can run code`,
      'Write the block as YAML between two `---` lines.',
    );
  };
}

function parseEntryYaml(text: string, file: string): unknown {
  try {
    return yamlEngine.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EntryError(file, `front matter is not valid YAML (${reason})`, 'Fix the YAML, or take ingest\'s version back with `news-archive ingest --force` and the entry\'s file name (yours is kept beside it as a .bak).');
  }
}

/**
 * gray-matter keeps a Buffer copy of every file it parses (`orig`), and Eleventy keeps the parse until the build ends
 * without reading it: at 10,000 captures, 65 MB outside the heap. Its one hook per parsed file is the excerpt
 * function, which runs last; no excerpt is set, so Eleventy takes none.
 */
function dropOriginalCopy(file: { orig?: unknown }): void {
  file.orig = undefined;
}

export function frontMatterOptions(isEntryPath: (filePath: string) => boolean) {
  return {
    excerpt: dropOriginalCopy,
    engines: {
      yaml: (text: string, context: EngineContext = {}) => {
        const file = context.filePath;
        if (file === undefined || !isEntryPath(file)) return yamlEngine.parse(text);
        // Only schema fields survive: a `permalink`, `layout`, `eleventyComputed` or `templateEngineOverride`
        // written into an entry never reaches Eleventy.
        return articlePageData(validateEntry(parseEntryYaml(text, file), file), file);
      },
      ...Object.fromEntries(NON_YAML_LANGUAGES.map((language) => [language, refuseLanguage(language)])),
    },
  };
}
