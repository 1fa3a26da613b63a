// The development server's thread (see threadServer.ts): takes Eleventy's calls in the order they were made and tells
// the main thread what the server has to say.
import { parentPort } from 'node:worker_threads';
import { DevServerHost, type ServerCall } from './devServerHost.ts';

const port = parentPort!;
const host = new DevServerHost((news) => port.postMessage(news));
let calls = Promise.resolve();
port.on('message', (call: ServerCall) => {
  calls = calls
    .then(() => host.handle(call))
    .catch((error: unknown) => port.postMessage({ event: 'log', level: 'error', message: `Server error: ${error instanceof Error ? error.message : String(error)}` }));
});
