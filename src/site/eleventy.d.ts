// The part of Eleventy 3's API this project uses; Eleventy ships JavaScript with JSDoc, not TypeScript declarations.
declare module '@11ty/eleventy' {
  export interface CollectionItem {
    url: string | false;
    inputPath: string;
    outputPath: string | false;
    data: object;
  }

  /** One page as `write()` reports it: where it came from, where and at what URL it went, and what was written. */
  export interface WrittenPage {
    inputPath: string;
    outputPath: string;
    url: string;
    /** Bytes when the last transform returned bytes (src/site/plugins/pageMemory.ts). */
    content: string | Buffer;
  }

  export interface CollectionApi {
    getAll(): CollectionItem[];
  }

  export interface Logger {
    logWithOptions(options: { message: string; type?: 'log' | 'warn' | 'error'; color?: string; force?: boolean }): void;
  }

  export interface UserConfig {
    readonly directories: { readonly input: string; readonly output: string };
    /** Set by Eleventy from its options once the configuration has loaded. */
    readonly pathPrefix?: string;
    readonly logger: Logger;
    /** Globs, relative to the working folder, of files in the input folder that are not templates. */
    readonly ignores: Set<string>;
    /** Globs, relative to the working folder, of files whose changes never start a rebuild while serving. */
    readonly watchIgnores: Set<string>;
    setIncludesDirectory(dir: string): void;
    setLibrary(engine: 'md', library: unknown): void;
    setFrontMatterParsingOptions(options: object): void;
    setNunjucksEnvironmentOptions(options: { autoescape: boolean }): void;
    addPassthroughCopy(mapping: Record<string, string>): void;
    addPlugin(plugin: unknown, options?: object): void;
    addCollection(name: string, build: (api: CollectionApi) => unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addWatchTarget(target: string): void;
    setUseGitIgnore(enabled: boolean): void;
    addGlobalData(name: string, data: unknown): void;
    /** With `read: false`, the parser is given the file's path and reads it itself. */
    addDataExtension(extensions: string, options: { parser: (pathOrContents: string) => unknown; read?: boolean }): void;
    addTemplate(virtualInputPath: string, content: string, data?: object): void;
    addShortcode(name: string, shortcode: (...args: never[]) => unknown): void;
    /** Runs on every page after its layout, in the order added; what the last returns is written (a string or a Buffer). */
    addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string | Buffer) => string | Buffer): void;
    /**
     * Runs as each template of the given extensions is read, before it is rendered, with its data and its content
     * (below the front matter); `this.inputPath` is its file. Returning nothing leaves the content as it is.
     */
    addPreprocessor(name: string, extensions: string, preprocess: (this: { inputPath: string }, data: object, content: string) => void): void;
    /** `changed` lists the files whose change started the rebuild, as the watcher reports their paths. */
    on(event: 'eleventy.beforeWatch', handler: (changed: string[]) => Promise<void>): void;
    /** Before every build: where it writes, and whether to files (`outputMode: 'fs'`). */
    on(
      event: 'eleventy.before',
      handler: (build: { directories: { output: string }; runMode: 'build' | 'serve' | 'watch'; outputMode: 'fs' | 'json' | 'ndjson' }) => Promise<void> | void,
    ): void;
    /** Our own events (see backgroundExports.ts), emitted on the configuration by the code that runs the build. */
    on(event: string, handler: () => Promise<void>): void;
    emit(event: string): Promise<unknown>;
    /** After every build: what was written (`results`), where, and whether to files (`outputMode: 'fs'`). */
    on(
      event: 'eleventy.after',
      handler: (build: { directories: { output: string }; results: WrittenPage[]; runMode: 'build' | 'serve' | 'watch'; outputMode: 'fs' | 'json' | 'ndjson' }) => Promise<void>,
    ): void;
  }

  /** One page as `toJSON()` renders it, written nowhere. */
  export interface RenderedPage {
    url: string | false;
    inputPath: string;
    /** Where a build would write it (under the output folder), or false for a page written nowhere. */
    outputPath: string | false;
    content: string;
  }

  export interface EleventyOptions {
    configPath?: string;
    /** The input folder, when the input is a file or a glob: its data, includes and configuration count. */
    inputDir?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    /** Configures too; Eleventy calls it before it loads the configuration file. */
    config?: (eleventyConfig: UserConfig) => void;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    /** Resolves to the passthrough copies and the pages written. */
    write(): Promise<[unknown, WrittenPage[]]>;
    /** Renders the pages without writing them, nor running what a build to files runs after (outputMode 'json'). */
    toJSON(): Promise<RenderedPage[]>;
    watch(): Promise<unknown>;
    /** The chokidar watcher `watch()` started: Eleventy rebuilds on its `add`, `change` and `unlink` events. */
    readonly watcher: { emit(event: string, file: string): boolean };
    serve(port?: number): Promise<void>;
    /** Starts the development server `serve()` asks for: `getServerModule` gives what makes it (its `getServer`). */
    eleventyServe: { getServerModule(name?: string): Promise<{ getServer(name: string, dir: string, options: Record<string, unknown>): unknown }> };
    stopWatch(): Promise<void>;
  }

  export const HtmlBasePlugin: unknown;
}

declare module '@11ty/eleventy-plugin-rss' {
  /** RFC 3339 in UTC, without fractional seconds, as Atom and JSON Feed want it. */
  export function dateToRfc3339(date: Date): string;
}

declare module '@11ty/eleventy-dev-server' {
  /** What the server logs through: Eleventy's own logger on the main thread, or what stands in for it. */
  export interface ServerLogger {
    info(message: string): void;
    log(message: string): void;
    error(message: string): void;
  }

  /** One page of a rebuild, as the live-reload client patches it into an open page. */
  export interface ReloadTemplate {
    url: string;
    inputPath: string;
    content: string;
  }

  export interface ReloadEvent {
    files?: string[];
    subtype?: string;
    build?: { stylesheets?: string[]; templates?: ReloadTemplate[] };
  }

  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options: object): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    reload(event: ReloadEvent): void;
    sendError(error: { error: unknown }): void;
    setAliases(aliases: Record<string, string> | undefined): void;
    watchFiles(files: string[]): void;
    close(): Promise<void>;
  }
}
