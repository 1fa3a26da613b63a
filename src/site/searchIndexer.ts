// The search indexer's thread: turns each article it is sent into a search document and hands it to Pagefind, and
// writes the index when told. On a thread of its own, so the text extraction and the messages to Pagefind's process
// cost the site build nothing; Pagefind indexes in its own process meanwhile.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { createIndex, type NewFileResponse, type PagefindIndex } from 'pagefind';
import type { Entry } from '../store/entrySchema.ts';
import { closePagefind, fromPagefind, pagefindDied, pagefindHasDied, pagefindStopReason } from './pagefindProcess.ts';
import { searchDocument } from './searchDocument.ts';
import { PARTS_FILE, partFolder } from './searchIndexParts.ts';

/** An article for the index, posted on the options' `articles` port. */
export interface IndexedArticle {
  url: string;
  entry: Entry;
  body: string;
}
/** `added`: one more article waits on the `articles` port. */
export type IndexerMessage = { kind: 'added' } | { kind: 'write' } | { kind: 'finish' } | { kind: 'stop' };
/** A failure's message is whole: what failed, that the site was not published, and what to do. */
export type IndexerReply = { kind: 'finished' } | { kind: 'stopped' } | { kind: 'failed'; message: string };
export interface IndexerOptions {
  outputPath: string;
  language: string;
  /**
   * Where the articles wait, serialised, until the indexer takes them: Eleventy reads entries far faster than
   * Pagefind indexes them, and delivered as messages they would all lie in this thread's heap at once.
   */
  articles: MessagePort;
  /** Articles per part of the index (see searchIndexParts.ts). */
  partArticles: number;
}

/**
 * Records in flight, or characters of them, before the indexer waits for Pagefind to take them: bounds the messages
 * queued to its process, and this thread's heap, whether the articles are many or a few are long.
 */
const IN_FLIGHT = 256;
const IN_FLIGHT_CHARS = 2_000_000;
/** How long a failed request waits for news of the process's death, the likelier cause, before reporting itself. */
const DEATH_NOTICE_MS = 2_000;

const port = parentPort!;
const { outputPath, language, articles, partArticles } = workerData as IndexerOptions;

/** A refusal by Pagefind itself, whose message says what to do. */
class IndexerFailure extends Error {}

function failIf(errors: readonly string[], step: string, advice: string): void {
  if (errors.length > 0) throw new IndexerFailure(`search index: ${step} failed: ${errors.join('; ')}; the site was not published: ${advice}`);
}

/** The part being filled, in the Pagefind process started for it; a part written is ended, so none is both. */
interface Part {
  index: PagefindIndex;
  folder: string;
  articles: number;
}
let part: Part | null = null;
let partsStarted = 0;
/** Each record sent to Pagefind and not yet answered, with its page, so a refusal names the article. */
let inFlight: { url: string; response: Promise<NewFileResponse> }[] = [];
let inFlightChars = 0;
let failed = false;

async function startPart(): Promise<Part> {
  partsStarted += 1;
  const created = await fromPagefind(createIndex({}));
  failIf(created.errors, 'starting Pagefind', 'build again, and report the error if it recurs');
  return { index: created.index!, folder: path.join(outputPath, partFolder(partsStarted)), articles: 0 };
}

async function settle(): Promise<void> {
  const sent = inFlight;
  inFlight = [];
  inFlightChars = 0;
  for (const { url, response } of sent) {
    failIf((await fromPagefind(response)).errors, `indexing the article page ${url}`, 'fix the entry of that page, or report the error');
  }
}

/**
 * Writes the part and ends its process before any next part starts: one part's memory at a time, and none held while
 * Eleventy renders (where a death would fail a build whose index is whole). An entry read later starts another part.
 */
async function endPart(current: Part): Promise<void> {
  await settle();
  failIf((await fromPagefind(current.index.writeFiles({ outputPath: current.folder }))).errors, 'writing the index', 'build again, and report the error if it recurs');
  await closePagefind();
  part = null;
}

async function writeIndex(): Promise<void> {
  // An archive with no articles still gets an (empty) index, so the search page has Pagefind's scripts.
  if (partsStarted === 0) part = await startPart();
  if (part !== null) await endPart(part);
  const further = Array.from({ length: partsStarted - 1 }, (_, i) => partFolder(i + 2));
  await writeFile(path.join(outputPath, PARTS_FILE), `${JSON.stringify(further)}\n`);
}

async function handle(message: IndexerMessage): Promise<void> {
  if (message.kind === 'stop') {
    failed = true;
    try {
      await closePagefind();
    } finally {
      // abort() waits for this answer, whatever became of Pagefind.
      port.postMessage({ kind: 'stopped' } satisfies IndexerReply);
    }
    return;
  }
  // Every article posted before this message is on the port by now: posting queues it there at once.
  for (let taken = receiveMessageOnPort(articles); taken !== undefined; taken = receiveMessageOnPort(articles)) {
    // Once Pagefind's process is dead nothing more is sent to it: each send would only fail again.
    if (failed) return;
    const { url, entry, body } = taken.message as IndexedArticle;
    const current = (part ??= await startPart());
    const document = searchDocument(url, entry, body, language);
    const response = current.index.addHTMLFile(document);
    // Awaited in order by settle(); when the process dies they all reject at once, and the rest must not go unhandled.
    response.catch(() => undefined);
    inFlight.push({ url, response });
    inFlightChars += document.content.length;
    current.articles += 1;
    if (current.articles >= partArticles) await endPart(current);
    else if (inFlight.length >= IN_FLIGHT || inFlightChars >= IN_FLIGHT_CHARS) await settle();
  }
  if (message.kind === 'added') return;
  await writeIndex();
  if (message.kind === 'finish') port.postMessage({ kind: 'finished' } satisfies IndexerReply);
}

/** A failure's message; a request lost because Pagefind's process died is reported as that death, however it surfaced. */
async function failureMessage(error: unknown): Promise<string> {
  if (!(error instanceof IndexerFailure) && !pagefindHasDied()) {
    // The API can report a dead process as a closed pipe a moment before the process's end is seen.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([pagefindDied.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, DEATH_NOTICE_MS)))]);
    clearTimeout(timer);
  }
  if (pagefindHasDied()) return pagefindDied.catch((death: Error) => death.message);
  if (error instanceof IndexerFailure) return error.message;
  const stop = pagefindStopReason();
  const reason = `${error instanceof Error ? error.message : String(error)}${stop === null ? '' : `: ${stop}`}`;
  return `search index: the indexer failed (${reason}); the site was not published: build again, and report the error if it recurs`;
}

let reported = false;
function reportFailure(message: string): void {
  if (reported) return;
  reported = true;
  port.postMessage({ kind: 'failed', message } satisfies IndexerReply);
}

// A death is reported as it happens, even while nothing waits on Pagefind, so the build can stop reading entries.
pagefindDied.catch((death: Error) => {
  failed = true;
  reportFailure(death.message);
});

// Messages are handled one after another, in the order sent: a write comes after every article sent before it.
let queue = Promise.resolve();
port.on('message', (message: IndexerMessage) => {
  queue = queue.then(async () => {
    // After a failure nothing more is indexed or written; a stop still ends Pagefind's process and answers.
    if (failed && message.kind !== 'stop') return;
    try {
      await handle(message);
    } catch (error) {
      failed = true;
      reportFailure(await failureMessage(error));
      await closePagefind();
    }
  });
});
