// Child process of the benchmark: the floor under any site build, writing N files of the dumps' sizes, each in a folder
// of its own as a built page is (`<name>/index.html`), with nothing else done.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [outputDir, sizesFile] = process.argv.slice(2);
if (!outputDir || !sizesFile) throw new Error('usage: rawFloor.ts OUTPUT_DIR SIZES_JSON');

const sizes = JSON.parse(readFileSync(sizesFile, 'utf8')) as number[];
const filler = Buffer.alloc(Math.max(...sizes), 'lorem ipsum dolor sit amet ');
for (const [index, size] of sizes.entries()) {
  const dir = path.join(outputDir, `page-${index}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), filler.subarray(0, size));
}
console.log(JSON.stringify({ files: sizes.length }));
