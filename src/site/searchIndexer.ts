// The search indexer's thread: turns each article it is sent into a search document and hands it to Pagefind, and
// writes the index when told. On a thread of its own, so the text extraction and the messages to Pagefind's process
// cost the site build nothing; Pagefind indexes in its own process meanwhile.
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { close, createIndex, type NewFileResponse } from 'pagefind';
import type { Entry } from '../store/entrySchema.ts';
import { searchDocument } from './searchDocument.ts';

/** An article for the index, posted on the options' `articles` port. */
export interface IndexedArticle {
  url: string;
  entry: Entry;
  body: string;
}
/** `added`: one more article waits on the `articles` port. */
export type IndexerMessage = { kind: 'added' } | { kind: 'write' } | { kind: 'finish' } | { kind: 'stop' };
export type IndexerReply = { kind: 'finished' } | { kind: 'stopped' } | { kind: 'failed'; message: string };
export interface IndexerOptions {
  outputPath: string;
  language: string;
  /**
   * Where the articles wait, serialised, until the indexer takes them: Eleventy reads entries far faster than
   * Pagefind indexes them, and delivered as messages they would all lie in this thread's heap at once.
   */
  articles: MessagePort;
}

/**
 * Records in flight, or characters of them, before the indexer waits for Pagefind to take them: bounds the messages
 * queued to its process, and this thread's heap, whether the articles are many or a few are long.
 */
const IN_FLIGHT = 256;
const IN_FLIGHT_CHARS = 4_000_000;

const port = parentPort!;
const { outputPath, language, articles } = workerData as IndexerOptions;

function failIf(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`search index: ${step} failed: ${errors.join('; ')}`);
}

const created = await createIndex({});
failIf(created.errors, 'starting Pagefind');
const index = created.index!;
/** Each record sent to Pagefind and not yet answered, with its page, so a refusal names the article. */
let inFlight: { url: string; response: Promise<NewFileResponse> }[] = [];
let inFlightChars = 0;
/** Whether articles were added since the index was last written; an archive with none still gets an (empty) index. */
let unwritten = true;
let failed = false;

async function settle(): Promise<void> {
  const sent = inFlight;
  inFlight = [];
  inFlightChars = 0;
  for (const { url, response } of sent) failIf((await response).errors, `indexing the article page ${url}`);
}

async function handle(message: IndexerMessage): Promise<void> {
  if (message.kind === 'stop') {
    failed = true;
    await close();
    port.postMessage({ kind: 'stopped' } satisfies IndexerReply);
    return;
  }
  // Every article posted before this message is on the port by now: posting queues it there at once.
  for (let taken = receiveMessageOnPort(articles); taken !== undefined; taken = receiveMessageOnPort(articles)) {
    const { url, entry, body } = taken.message as IndexedArticle;
    const document = searchDocument(url, entry, body, language);
    inFlight.push({ url, response: index.addHTMLFile(document) });
    inFlightChars += document.content.length;
    unwritten = true;
    if (inFlight.length >= IN_FLIGHT || inFlightChars >= IN_FLIGHT_CHARS) await settle();
  }
  if (message.kind === 'added') return;
  await settle();
  if (unwritten) {
    failIf((await index.writeFiles({ outputPath })).errors, 'writing the index');
    unwritten = false;
  }
  if (message.kind === 'finish') {
    await close();
    port.postMessage({ kind: 'finished' } satisfies IndexerReply);
  }
}

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
      port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies IndexerReply);
      await close();
    }
  });
});
