// The benchmarks' shared command line (`bench` and `bench:ingest`): how many dumps, their seed, keeping the folder.
import { Command, InvalidArgumentError } from 'commander';

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

export function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected an integer');
  return n;
}

/** The options both benchmarks take; each adds its own and parses. */
export function benchCommand(name: string, description: string, defaultCount: number, keepHelp: string): Command {
  return new Command()
    .name(name)
    .description(description)
    .option('--n <count>', 'number of dumps', positiveInteger, defaultCount)
    .option('--seed <number>', 'seed of the generated dumps', integer, 1)
    .option('--keep', keepHelp);
}
