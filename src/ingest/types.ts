// The parser's data at each stage: RawDump → Block[] → ClassifiedBlock[] → ArticleSpan[] → Article[].

/** One non-empty line of a dump, the unit every later stage reasons about. */
export interface Block {
  /** Position among the dump's blocks. */
  index: number;
  /** 1-based line number in the dump, for provenance. */
  line: number;
  /** The line as captured, after normalisation. */
  raw: string;
  /** The line with list bullets and surrounding space removed. */
  text: string;
  /** Leading spaces in the capture (nested list items are indented). */
  indent: number;
  /** A bullet (•, ·, ▪ …) led the line. */
  bulleted: boolean;
  /** A blank line separates this block from the previous one. */
  gapBefore: boolean;
}

export type BlockKind =
  /** Page furniture recognised by the vocabulary or by shape (menus, counters, banners). */
  | 'boilerplate'
  /** Photo caption or credit. */
  | 'caption'
  /** A line that is only a URL. */
  | 'url'
  /** A short line carrying a date, time, byline or outlet name. */
  | 'meta'
  /** `www.example.com Headline`: a teaser card on a listing page. */
  | 'domain-title'
  /** Prose: long enough and sentence-shaped. */
  | 'paragraph'
  /** A short complete sentence: prose only when surrounded by prose. */
  | 'sentence'
  /** Short, capitalised, unpunctuated: a headline, a section heading or a link. */
  | 'title'
  /** Anything else: short fragments with no sign of being prose. */
  | 'fragment';

export interface MetaInfo {
  /** Date text found on the line, as written. */
  dateText?: string;
  /** Label before the date ("Published", "Updated"). */
  dateLabel?: 'published' | 'updated' | 'other';
  /** `N units ago`. */
  relative?: { amount: number; unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' };
  /** Text after "By". */
  byline?: string;
  /** Outlet named alone on the line (registry match). */
  publisherId?: string;
}

export interface ClassifiedBlock extends Block {
  kind: BlockKind;
  /** Why the block has this kind; for boilerplate and captions, why it is dropped. */
  reason: string;
  /** Text used for comparing repeats: case- and punctuation-folded. */
  key: string;
  /** For domain-title blocks: the domain and the headline after it. */
  domain?: string;
  titleText?: string;
  meta?: MetaInfo;
  /** A photo credit closing the line ("Photo: …/Getty Images"): the line is a caption unless it is all the article has. */
  credit?: string;
  /** Another block with the same key lies within the repeat window. */
  repeated: boolean;
  /** For furniture: the name of the vocabulary pattern that recognised it. */
  pattern?: string;
}

export type LineRole =
  | 'headline'
  | 'headline-repeat'
  | 'meta'
  | 'summary'
  | 'body'
  | 'heading'
  | 'url';

/** What happened to one line of the dump: every dropped line keeps a reason. */
export type LineVerdict =
  | { line: number; text: string; kept: true; article: number; role: LineRole }
  | { line: number; text: string; kept: false; reason: string; article?: number };

/** A stretch of the page found to be one article, before its fields are read. */
export interface ArticleSpan {
  /** The headline's first printing; null when prose was found with no headline above it. */
  headline: ClassifiedBlock | null;
  /** Every printing of the headline. */
  headlineBlocks: ClassifiedBlock[];
  /** Date, byline and outlet lines found in the article's header, body or just after it. */
  metaBlocks: ClassifiedBlock[];
  /** URL lines belonging to the article. */
  urlBlocks: ClassifiedBlock[];
  summary: ClassifiedBlock | null;
  /** Paragraphs and section headings, in order. */
  body: { block: ClassifiedBlock; role: 'body' | 'heading' }[];
  /** Blocks inside the article that were dropped, with reasons. */
  dropped: { block: ClassifiedBlock; reason: string }[];
  /** The evidence that made the headline open an article. */
  evidence: string[];
}

export type DatePrecision = 'day' | 'minute';

export interface ExtractedDate {
  date: string;
  datetime: string | null;
  precision: DatePrecision;
  /** Which rule produced the date, e.g. `published-label`, `header-line`, `url`, `relative-to-capture`. */
  source: string;
}

export interface BodyPart {
  type: 'paragraph' | 'heading';
  text: string;
}

/** One article read from a dump, with its provenance. */
export interface Article {
  headline: string | null;
  source: string | null;
  source_domain: string | null;
  date: string | null;
  datetime: string | null;
  date_source: string | null;
  date_precision: DatePrecision | null;
  byline: string | null;
  via: string | null;
  url: string | null;
  summary: string | null;
  parts: BodyPart[];
  tags: string[];
  on_topic: boolean;
  /** Why the article is off the archive's topic; null when on topic. */
  topic_reason: string | null;
  /** First and last dump line the article occupies. */
  lines: [number, number];
  /** How sure the parser is of this article (0–1); below REVIEW_THRESHOLD it is flagged for review. */
  confidence: number;
  warnings: string[];
}

/** Optional sidecar `NAME.json` next to a dump: what the capturing tool knew. */
export interface Sidecar {
  url?: string;
  captured_at?: string;
  source?: string;
}

export interface ParseResult {
  articles: Article[];
  lines: LineVerdict[];
  warnings: string[];
}
