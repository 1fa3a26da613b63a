// The error for an entry the site refuses to build: it names the file, says what is wrong and what to do.

const ENTRY_ERROR_NAME = 'EntryError';

export class EntryError extends Error {
  constructor(file: string, problem: string, remedy: string) {
    super(`${file}: ${problem}. ${remedy}`);
    this.name = ENTRY_ERROR_NAME;
  }
}

/**
 * Recognised by name, not `instanceof`: Eleventy imports the config (and so this module) through its own loader,
 * which can give the build and its caller two copies of the class.
 */
export function isEntryError(error: unknown): boolean {
  return error instanceof Error && error.name === ENTRY_ERROR_NAME;
}
