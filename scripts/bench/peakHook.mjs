// Preloaded (`node --import`) into every measured child: at exit, writes the process's own peak resident set size (kB),
// so a step's figure is its own even when it starts other processes (Pagefind, esbuild) that /usr/bin/time folds in.
// Plain JavaScript, so it loads without the TypeScript loader and does not change how the measured command starts.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_FILE;
if (file) {
  process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
  // `serve` runs until stopped; leaving through exit() on SIGTERM is what lets the line above run.
  process.once('SIGTERM', () => process.exit(143));
}
