// The names synthetic captures may use, read from the archive's own configuration so outlets resolve and tags are found.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Outlet {
  name: string;
  domain: string;
}

export interface Palette {
  /** Publishers with a domain: the owners of the synthetic pages. */
  outlets: Outlet[];
  /** News agencies, credited in bylines and closing lines. */
  agencies: string[];
  people: string[];
  /** Front-line places: where sentences put the fighting. */
  frontLine: string[];
  /** Capitals and cities where officials speak. */
  capitals: string[];
  organisations: string[];
}

interface PublisherRecord {
  name: string;
  domains: string[];
  kind: string;
}

interface EntityRecord {
  name: string;
  type: string;
}

/** Which gazetteer places are front-line towns and regions, and which are seats of government. */
const FRONT_LINE = new Set(['Kursk', 'Pokrovsk', 'Donetsk', 'Luhansk', 'Kharkiv', 'Zaporizhzhia', 'Kherson', 'Donbas', 'Bryansk', 'Belgorod', 'Kramatorsk', 'Sloviansk', 'Kostiantynivka', 'Chasiv Yar', 'Bakhmut', 'Avdiivka', 'Sudzha']);
const CAPITALS = new Set(['Kyiv', 'Moscow', 'Pyongyang', 'Seoul', 'Vladivostok']);

export async function loadPalette(dataDir: string): Promise<Palette> {
  const read = async <T>(file: string) => JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as T;
  const { publishers } = await read<{ publishers: PublisherRecord[] }>('publishers.json');
  const { entities } = await read<{ entities: EntityRecord[] }>('gazetteer.json');
  const named = (type: string) => entities.filter((e) => e.type === type).map((e) => e.name);
  const places = named('place');
  return {
    outlets: publishers.filter((p) => p.kind === 'publisher' && p.domains.length > 0).map((p) => ({ name: p.name, domain: p.domains[0]! })),
    agencies: publishers.filter((p) => p.kind === 'agency').map((p) => p.name),
    people: named('person'),
    frontLine: places.filter((p) => FRONT_LINE.has(p)),
    capitals: places.filter((p) => CAPITALS.has(p)),
    organisations: named('organisation'),
  };
}
