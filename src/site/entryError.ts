// The errors a build stops on with a whole explanation: something the user wrote (an entry, the site's settings), or a
// search index that could not be made. Each says what is wrong and what to do; the user's own files are named.

const ENTRY_ERROR_NAME = 'EntryError';
const SETTINGS_ERROR_NAME = 'SettingsError';
const SEARCH_INDEX_ERROR_NAME = 'SearchIndexError';

/**
 * Eleventy prints the errors a build stops on, each with its stack trace unless the error says to skip it: these say
 * all a user needs, and a stack of Eleventy's and gray-matter's internals around them hid the message.
 */
const EXPLAINED = { skipOriginalStack: true } as const;

export class EntryError extends Error {
  readonly skipOriginalStack = EXPLAINED.skipOriginalStack;

  constructor(file: string, problem: string, remedy: string) {
    super(`${file}: ${problem}. ${remedy}`);
    this.name = ENTRY_ERROR_NAME;
  }
}

/** A setting in content/_data (or the environment) the site cannot be built with. */
export class SettingsError extends Error {
  readonly skipOriginalStack = EXPLAINED.skipOriginalStack;

  constructor(message: string) {
    super(message);
    this.name = SETTINGS_ERROR_NAME;
  }
}

/** The search index could not be made: the message says why, that nothing was published, and what to do. */
export class SearchIndexError extends Error {
  readonly skipOriginalStack = EXPLAINED.skipOriginalStack;

  constructor(message: string) {
    super(message);
    this.name = SEARCH_INDEX_ERROR_NAME;
  }
}

/**
 * An error whose message is already the whole explanation a user needs. Recognised by name, not `instanceof`:
 * Eleventy imports the config (and so this module) through its own loader, which can give the build and its caller
 * two copies of each class.
 */
export function isExplainedError(error: unknown): boolean {
  return error instanceof Error && [ENTRY_ERROR_NAME, SETTINGS_ERROR_NAME, SEARCH_INDEX_ERROR_NAME].includes(error.name);
}
