// Worker thread of capturePool.ts. Plain JavaScript, because a worker starts without the main thread's TypeScript
// loader: it registers tsx itself, as bin/news-archive.js does, then loads the thread's code.
import { register } from 'tsx/esm/api';

register();
await import('./captureThread.ts');
