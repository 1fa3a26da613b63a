// Synthetic captures for `npm run bench`: pages shaped like the bundled dumps (menus, cookie and donation banners,
// "Most Popular" lists, headlines printed twice, bylines and dates in several forms, captions, "Related" teasers,
// listing pages of several short reports), 5–10 KB each, the same for the same seed on every machine.
import type { Outlet, Palette } from './palette.ts';
import { randomFor, type Random } from './prng.ts';
import { angle, caption, cast, headline, MONTHS, offTopicAngle, offTopicHeadline, offTopicParagraph, paragraph, personName, standfirst, teaser } from './prose.ts';

export const MIN_DUMP_BYTES = 5 * 1024;
export const MAX_DUMP_BYTES = 10 * 1024;
/** Captures whose main article is about North Korea and the war; the topic rules skip the others. */
export const ON_TOPIC_SHARE = 0.9;
/** Pages that are a list of several short reports (sample 001) rather than one article. */
const LISTING_SHARE = 0.12;
/** Pages reprinting an earlier capture's report under another headline: the copies ingest groups into stories. */
const SYNDICATED_SHARE = 0.08;
/** How far back a reprint finds the report it copies. */
const SYNDICATION_REACH = 40;
/** Report text comes from its own stream, so two pages can carry one report. */
const STORY_STREAM = 0x2f6b1c3d;
/** Enough paragraphs for the largest page. */
const MAX_PARAGRAPHS = 40;

export type PageShape = 'portal' | 'wire' | 'appeal' | 'listing';
export type DateForm = 'published' | 'day-month-year' | 'iso' | 'relative' | 'none';
const DATE_FORMS: DateForm[] = ['published', 'day-month-year', 'iso', 'relative'];

export interface IntendedArticle {
  headline: string;
  /** The outlet's name as publishers.json spells it. */
  source: string;
  /** The calendar date the page states (YYYY-MM-DD), or null when it states none or only "3 hours ago". */
  date: string | null;
  onTopic: boolean;
}

export interface GeneratedDump {
  /** File name, shaped like the bundled ones: `000123_0c84f60afbd2e9fe.txt`. */
  name: string;
  text: string;
  shape: PageShape;
  dateForm: DateForm;
  /** What the page holds, main article first. */
  articles: IntendedArticle[];
}

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** Publication dates fall in the archive's period. */
const FIRST_DAY = Date.UTC(2024, 9, 1);
const PERIOD_DAYS = 270;

interface Stamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (s: Stamp) => `${s.year}-${pad(s.month)}-${pad(s.day)}`;

function stamp(r: Random): Stamp {
  const at = new Date(FIRST_DAY + r.int(0, PERIOD_DAYS) * 86_400_000);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hour: r.int(0, 23), minute: r.int(0, 59) };
}

function dateLine(form: DateForm, s: Stamp, r: Random): string {
  switch (form) {
    case 'published':
      return r.chance(0.5)
        ? `Published: ${AP_MONTHS[s.month - 1]} ${s.day}, ${s.year} ${pad(s.hour)}:${pad(s.minute)}`
        : `Published : ${AP_MONTHS[s.month - 1]} ${s.day}, ${s.year} - ${pad(s.hour)}:${pad(s.minute)}`;
    case 'day-month-year':
      return `${s.day} ${MONTHS[s.month - 1]} ${s.year}`;
    case 'iso':
      return isoDay(s);
    case 'relative':
      return r.chance(0.5) ? `${r.int(1, 23)} hours ago` : `${r.int(2, 59)} minutes ago`;
    case 'none':
      return '';
  }
}

function hex(r: Random, digits: number): string {
  return Array.from({ length: digits }, () => r.int(0, 15).toString(16)).join('');
}

const host = (outlet: Outlet) => (outlet.domain.split('.').length === 2 ? `www.${outlet.domain}` : outlet.domain);

function byline(r: Random, p: Palette): string {
  if (r.chance(0.25)) return `By ${r.pick(p.agencies)}`;
  return r.chance(0.2) ? `By ${personName(r)} and ${personName(r)}` : `By ${personName(r)}`;
}

const MENUS = [
  ['Home', 'World', 'Asia', 'Europe', 'Politics', 'Business', 'Opinion', 'Video'],
  ['Skip to main content', 'Menu', 'Search', 'Sign in', 'Subscribe'],
  ['Home', 'News', 'National', 'North Korea', 'Defense', 'Diplomacy', 'Sections'],
];
const COOKIE_NOTICES = [
  'We use cookies to improve your experience on our site. By continuing you accept our cookie policy.',
  'This site uses cookies for analytics and personalised ads. Manage your cookie settings at any time.',
];
const FOOTERS = [['About us', 'Contact us', 'Privacy Policy', 'Terms of Use'], ['Corrections', 'Advertise with us', 'Careers', 'Newsletters']];

/** Teasers of other stories under a section label; most are the page's own outlet's, as on real pages. */
function relatedBlock(r: Random, p: Palette, outlet: Outlet): string[] {
  const lines = [r.pick(['Related Articles', 'More from Headlines', 'Most Read', 'Recommended'])];
  for (let k = r.int(2, 4); k > 0; k -= 1) lines.push(teaser(r, p), (r.chance(0.7) ? outlet : r.pick(p.outlets)).name, `${r.int(2, 12)} hours ago`);
  return lines;
}

function footer(r: Random, outlet: Outlet, s: Stamp): string[] {
  return [...r.pick(FOOTERS), `© ${s.year} ${outlet.name}. All rights reserved.`];
}

/** A report's cast and the paragraphs after its opening one, from its own stream: a reprint shares them with its original. */
function report(seed: number, story: number, p: Palette): { cast: Palette; paragraphs: string[] } {
  const r = randomFor(seed ^ STORY_STREAM, story);
  const about = cast(r, p);
  return { cast: about, paragraphs: Array.from({ length: MAX_PARAGRAPHS }, () => paragraph(r, about)) };
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const BLOCK_SEPARATOR = '\n\n';

/**
 * The page with as many paragraphs as bring it to `target` bytes (and never under the minimum): `before` and
 * `after` are the furniture around the body.
 */
function fit(before: string[], paragraphs: string[], after: string[], target: number): string {
  const join = (body: string[]) => [...before, ...body, ...after].filter((b) => b !== '').join(BLOCK_SEPARATOR);
  let count = 1;
  while (count < paragraphs.length && bytes(join(paragraphs.slice(0, count + 1))) <= target) count += 1;
  while (count < paragraphs.length && bytes(join(paragraphs.slice(0, count))) < MIN_DUMP_BYTES) count += 1;
  return join(paragraphs.slice(0, count));
}

interface PageParts {
  r: Random;
  p: Palette;
  outlet: Outlet;
  title: string;
  dateForm: DateForm;
  when: Stamp;
  dek: string;
  paragraphs: string[];
  target: number;
  onTopic: boolean;
}

/** A news portal's article page (sample 002): menus, a numbered "Most Popular" list printed twice, byline, date, a doubled caption. */
function portalPage({ r, p, outlet, title, dateForm, when, paragraphs, target, onTopic }: PageParts): string {
  const popular = Array.from({ length: r.int(4, 8) }, (_, k) => {
    const t = teaser(r, p);
    return `  ${k + 1}. ${k + 1}\n\n    ${t}\n\n    ${t}`;
  });
  const shot = caption(r, p, onTopic);
  const credit = `(${r.pick(['Yonhap', 'AFP', 'Reuters', 'AP'])})`;
  const before = [
    ...(r.chance(0.5) ? [r.pick(COOKIE_NOTICES)] : []),
    ...r.pick(MENUS), outlet.name, 'Latest news', 'Most Popular', ...popular,
    title, byline(r, p), dateLine(dateForm, when, r), '    • Link copied', `${shot} ${credit} ${shot} ${credit}`,
  ];
  return fit(before, paragraphs, [...relatedBlock(r, p, outlet), ...footer(r, outlet, when)], target);
}

/** A wire-style page (sample 003): the date above the headline, the outlet under it, an all-caps promo and headings, the URL last. */
function wirePage({ r, p, outlet, title, dateForm, when, paragraphs, target }: PageParts): string {
  const body = [...paragraphs];
  body.splice(2, 0, headline(angle(r, p)).toUpperCase());
  for (let at = 6; at < body.length; at += r.int(4, 7)) body.splice(at, 0, r.pick(['WHAT COMES NEXT', 'TROOPS TRAINING', 'SYMBOLIC?', 'ON THE GROUND', 'THE PRICE', 'A NEW PHASE']));
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const url = `https://${host(outlet)}/world/${slug}`;
  const before = [...r.pick(MENUS), dateForm === 'none' ? '' : `• ${dateLine(dateForm, when, r)}`, title, outlet.name];
  return fit(before, body, [url, ...footer(r, outlet, when)], target);
}

/** A page behind a donation banner (sample 004): caption with a credit above the headline, a standfirst, then the byline and date. */
function appealPage({ r, p, outlet, title, dateForm, when, dek, paragraphs, target, onTopic }: PageParts): string {
  const before = [
    outlet.name, 'Advertisement', 'We need your help now', `Support from readers like you keeps ${outlet.name} open.`,
    'You are visiting us because we have something you value. Advertising revenue goes some way to support our mission, but this year it has not been enough.',
    `${caption(r, p, onTopic)} ${r.pick(['Alamy Stock Photo', 'Photo: Str/AFP/Getty Images', 'Photo: Reuters/Getty Images'])}`,
    title, dek, byline(r, p), dateLine(dateForm, when, r),
  ];
  return fit(before, paragraphs, ['Close', ...relatedBlock(r, p, outlet), ...footer(r, outlet, when)], target);
}

interface ListingItem {
  outlet: Outlet;
  title: string;
  onTopic: boolean;
  blocks: string[];
}

/** A listing page (sample 001): several short reports, each under `www.outlet.com Headline`, its dek printed twice, then a count. */
function listingItem(r: Random, palette: Palette, outlet: Outlet, onTopic: boolean): ListingItem {
  const p = cast(r, palette);
  const about = angle(r, p);
  const aside = offTopicAngle(r);
  const title = onTopic ? headline(about) : offTopicHeadline(aside);
  const dek = onTopic ? standfirst(r, about) : offTopicParagraph(r);
  const paragraphs = Array.from({ length: r.int(1, 3) }, (_, k) => (onTopic ? paragraph(r, p, k === 0 ? about : undefined) : offTopicParagraph(r, k === 0 ? aside : undefined)));
  return { outlet, title, onTopic, blocks: [`${host(outlet)} ${title}`, dek, dek, ...paragraphs, String(r.int(1, 120))] };
}

function listingPage(r: Random, p: Palette, outlet: Outlet, onTopic: boolean, target: number): { text: string; items: ListingItem[] } {
  const before = ['Skip Navigation', 'Search'];
  const items: ListingItem[] = [];
  const join = (list: ListingItem[]) => [...before, ...list.flatMap((i) => i.blocks)].join(BLOCK_SEPARATOR);
  for (;;) {
    const first = items.length === 0;
    const item = listingItem(r, p, r.chance(0.7) ? outlet : r.pick(p.outlets), first ? onTopic : r.chance(0.85));
    const size = bytes(join([...items, item]));
    if (size > MAX_DUMP_BYTES || (size > target && bytes(join(items)) >= MIN_DUMP_BYTES)) break;
    items.push(item);
  }
  return { text: join(items), items };
}

/** Capture `index` of the archive generated from `seed`; independent of how many others are generated. */
export function generateDump(seed: number, index: number, palette: Palette): GeneratedDump {
  const r = randomFor(seed, index);
  const name = `${String(index).padStart(6, '0')}_${hex(r, 16)}.txt`;
  const onTopic = r.chance(ON_TOPIC_SHARE);
  const outlet = r.pick(palette.outlets);
  const target = r.int(MIN_DUMP_BYTES + 400, MAX_DUMP_BYTES - 100);

  if (r.chance(LISTING_SHARE)) {
    const { text, items } = listingPage(r, palette, outlet, onTopic, target);
    const articles = items.map((i) => ({ headline: i.title, source: i.outlet.name, date: null, onTopic: i.onTopic }));
    return { name, text, shape: 'listing', dateForm: 'none', articles };
  }

  const shape = r.pick(['portal', 'wire', 'appeal'] as const);
  const dateForm = r.chance(0.1) ? 'none' : r.pick(DATE_FORMS);
  const when = stamp(r);
  const story = index > 0 && r.chance(SYNDICATED_SHARE) ? Math.max(0, index - r.int(1, SYNDICATION_REACH)) : index;
  const reported = report(seed, story, palette);
  const about = angle(r, reported.cast);
  const aside = offTopicAngle(r);
  const title = onTopic ? headline(about) : offTopicHeadline(aside);
  const paragraphs = onTopic
    ? [paragraph(r, reported.cast, about), ...reported.paragraphs]
    : Array.from({ length: MAX_PARAGRAPHS }, (_, k) => offTopicParagraph(r, k === 0 ? aside : undefined));
  const dek = onTopic ? standfirst(r, about) : offTopicParagraph(r);
  const parts: PageParts = { r, p: palette, outlet, title, dateForm, when, dek, paragraphs, target, onTopic };
  const text = shape === 'portal' ? portalPage(parts) : shape === 'wire' ? wirePage(parts) : appealPage(parts);
  const date = dateForm === 'none' || dateForm === 'relative' ? null : isoDay(when);
  return { name, text, shape, dateForm, articles: [{ headline: title, source: outlet.name, date, onTopic }] };
}

export function generateDumps(seed: number, count: number, palette: Palette): GeneratedDump[] {
  return Array.from({ length: count }, (_, index) => generateDump(seed, index, palette));
}
