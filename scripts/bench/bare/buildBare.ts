// Child process of the benchmark: builds the baseline site with the installed Eleventy, programmatically.
import path from 'node:path';
import Eleventy from '@11ty/eleventy';

const CONFIG_PATH = path.join(import.meta.dirname, 'eleventy.config.ts');
const [inputDir, outputDir] = process.argv.slice(2);
if (!inputDir || !outputDir) throw new Error('usage: buildBare.ts INPUT_DIR OUTPUT_DIR');

const [, written] = await new Eleventy(inputDir, outputDir, { configPath: CONFIG_PATH, quietMode: true }).write();
console.log(JSON.stringify({ pages: written.length }));
