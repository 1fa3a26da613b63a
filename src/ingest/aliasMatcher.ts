// Finds a list of names in a text, as whole words: what the pattern `(?<![\p{L}\p{N}])(?:name|…)(?![\p{L}\p{N}])` with
// the names longest first finds, without the pattern. As one pattern of the gazetteer's 400 names it was a sixth of
// all parsing time; this finds the same matches (checked on two million lines of captures) in a seventh of the time.
export interface AliasMatch {
  alias: string;
  index: number;
}

export type AliasMatcher = (text: string) => AliasMatch[];

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function escapeClass(character: string): string {
  return character.replace(/[\\\]^-]/g, '\\$&');
}

export function aliasMatcher(aliases: Iterable<string>): AliasMatcher {
  // Longest first, so a name is found whole rather than a shorter name it begins with; then by first character, the
  // order kept, because at any position only the names starting with its character can match.
  const byFirst = new Map<string, string[]>();
  for (const alias of [...new Set(aliases)].filter((a) => a !== '').sort((a, b) => b.length - a.length)) {
    const first = String.fromCodePoint(alias.codePointAt(0)!);
    byFirst.set(first, [...(byFirst.get(first) ?? []), alias]);
  }
  if (byFirst.size === 0) return () => [];
  // Where a name may begin: one of their first characters, not straight after a letter or digit. A pattern this small
  // runs as machine code, and skips the text between candidates.
  const starts = new RegExp(`(?<![\\p{L}\\p{N}])[${[...byFirst.keys()].map(escapeClass).join('')}]`, 'gu');
  return (text) => {
    const found: AliasMatch[] = [];
    starts.lastIndex = 0;
    for (let start = starts.exec(text); start !== null; start = starts.exec(text)) {
      const at = start.index;
      const match = byFirst.get(start[0])!.find((alias) => text.startsWith(alias, at) && !WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at + alias.length) ?? 0x20)));
      if (match !== undefined) {
        found.push({ alias: match, index: at });
        starts.lastIndex = at + match.length;
      }
    }
    return found;
  };
}
