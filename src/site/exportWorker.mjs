// Worker thread of backgroundExports.ts. Plain JavaScript, because a worker starts without the main thread's
// TypeScript loader: it registers tsx itself, as bin/news-archive.js does, then writes the exports.
import { register } from 'tsx/esm/api';

register();
await import('./exportThread.ts');
