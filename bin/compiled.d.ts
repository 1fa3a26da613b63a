/** See compiled.js. `root` is the project folder (the one holding src/ and .eleventy.ts); tests pass a scratch one. */
export function compiledCli(root?: string): Promise<string | null>;
