// Reads the archive's configuration (publisher registry, tag gazetteer, topic rules) from content/_data and compiles it for the parser.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRegistry, type Registry } from '../publishers/registry.ts';
import { compileTopic, topicSchema, type TopicRules } from '../ingest/checkTopic.ts';
import { compileGazetteer, gazetteerSchema, type Gazetteer } from '../ingest/extractTags.ts';

export interface ArchiveConfig {
  registry: Registry;
  topic: TopicRules;
  gazetteer: Gazetteer;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the configuration file (${(error as Error).message}); restore it from the repository.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); fix the syntax and run again.`);
  }
}

function validated<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new Error(`${file}: does not match the expected shape: ${(error as Error).message}`);
  }
}

export async function loadArchiveConfig(dataDir: string): Promise<ArchiveConfig> {
  const files = {
    publishers: path.join(dataDir, 'publishers.json'),
    gazetteer: path.join(dataDir, 'gazetteer.json'),
    topic: path.join(dataDir, 'topic.json'),
  };
  const [publishers, gazetteer, topic] = await Promise.all([readJson(files.publishers), readJson(files.gazetteer), readJson(files.topic)]);
  return {
    registry: validated(files.publishers, () => createRegistry(publishers)),
    gazetteer: validated(files.gazetteer, () => compileGazetteer(gazetteerSchema.parse(gazetteer))),
    topic: validated(files.topic, () => compileTopic(topicSchema.parse(topic))),
  };
}
