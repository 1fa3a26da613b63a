// Worker thread of searchIndex.ts. Plain JavaScript, because a worker starts without the main thread's TypeScript
// loader: it registers tsx itself, as bin/news-archive.js does, then runs the indexer.
import { register } from 'tsx/esm/api';

register();
await import('./searchIndexer.ts');
