/** See compiled.js. `root` is the project folder (the one holding src/ and .eleventy.ts); tests pass a scratch one. */
export function compiledCli(root?: string): Promise<string | null>;
/** An entry point of the compiled copy by its name in ENTRY_POINTS ('cli', 'parser', ...). */
export function compiledEntry(name: string, root?: string): Promise<string | null>;
