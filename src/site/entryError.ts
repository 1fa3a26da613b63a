// The errors a build stops on because of something the user wrote: an entry, or the site's settings. Each names the file, says what is wrong and what to do.

const ENTRY_ERROR_NAME = 'EntryError';
const SETTINGS_ERROR_NAME = 'SettingsError';

export class EntryError extends Error {
  constructor(file: string, problem: string, remedy: string) {
    super(`${file}: ${problem}. ${remedy}`);
    this.name = ENTRY_ERROR_NAME;
  }
}

/** A setting in content/_data (or the environment) the site cannot be built with. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = SETTINGS_ERROR_NAME;
  }
}

/**
 * An error whose message is already the whole explanation a user needs. Recognised by name, not `instanceof`:
 * Eleventy imports the config (and so this module) through its own loader, which can give the build and its caller
 * two copies of each class.
 */
export function isExplainedError(error: unknown): boolean {
  return error instanceof Error && (error.name === ENTRY_ERROR_NAME || error.name === SETTINGS_ERROR_NAME);
}
