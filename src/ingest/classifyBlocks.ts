// Blocks → classified blocks: each gets a kind (prose, title, meta, furniture...) and the reason for it, from its own text and its repeats.
import type { Registry } from '../publishers/registry.ts';
import { dateCoverage, DETECTION_ORDER, findDates, type FoundDate, type NumericOrder } from './findDates.ts';
import { functionWordShare, type FunctionWordShare, isFunctionWord, isFunctionWordInName } from './functionWords.ts';
import { capitalisedShare, comparisonKey, endsLikeSentence, isAllCaps, startsCapitalised, textLength, wordCount, words } from './textShape.ts';
import { COMMENTS_PATTERN, endsArticle, isHeaderFurniture } from './findHeaders.ts';
import type { Block, ClassifiedBlock, MetaInfo } from './types.ts';
import {
  AGENCY_CAPTION, APPEAL_MAX_CHARS, BYLINE_LINE, CREDIT_HINT, CREDIT_LINE, CREDIT_LINE_MAX_CHARS, DATE_LABEL, dateLabelKind,
  COOKIE_PARAGRAPH, HEADER_LABEL_WORDS, isJobTitleLine, KOREAN_BYLINE, LABELLED_NAME_LINE, matchAppeal, matchLineFurniture, RELATIVE_DAY, RELATIVE_TIME, trailingCredit,
} from './vocabulary.ts';

/** Prose needs this many words... */
export const PARAGRAPH_MIN_WORDS = 10;
/** ...and this many characters (a ten-word line of initials is not prose). */
export const PARAGRAPH_MIN_CHARS = 50;
/** Past this many words a line is prose even without final punctuation (truncated captures). */
export const UNPUNCTUATED_PARAGRAPH_WORDS = 25;
const DOTTED_ENDING = /(\p{Lu}\.){2,3}["'”’)]*$/u;
/**
 * Function words tell prose from lists whatever the language (stopword package): a long unpunctuated line with
 * almost none is a keyword or tag list ("stock car brasil, stock car cascavel…", benchmark page cc03)…
 */
export const KEYWORD_LIST_MIN_WORDS = 12;
export const KEYWORD_LIST_MAX_FUNCTION_WORDS = 0.12;
/**
 * …and a long line with many of them, in sentence case, is prose even without a full stop (benchmark page 8cad);
 * longer than a headline, which can be sentence case too ("This is the worst case scenario for the trade war").
 */
export const UNPUNCTUATED_PROSE_MIN_WORDS = 14;
export const UNPUNCTUATED_PROSE_FUNCTION_WORDS = 0.4;
export const TITLE_CASE_SHARE = 0.5;
/** A line ending in a colon is prose when it has this many words. */
export const INTRODUCING_MIN_WORDS = 12;
/** A short sentence needs this many words to count as one. */
export const SENTENCE_MIN_WORDS = 3;
/** Titles (headlines, headings, link text) are at most this long. */
export const TITLE_MAX_WORDS = 30;
export const TITLE_MAX_CHARS = 220;
/** Whole-line furniture (labels, buttons, copyright notices) is never longer than this. */
export const FURNITURE_MAX_CHARS = 160;
/** Meta lines (dates, bylines, outlet names) are short. */
export const META_MAX_CHARS = 120;
/** Share of a line a date must cover for the line to be a date stamp. */
export const DATE_LINE_COVERAGE = 0.5;
/** Two occurrences of one text this many blocks apart or less count as a repeat (headline printed twice). */
export const REPEAT_WINDOW = 15;
/** A caption printed twice on one line is at least this long per copy. */
const DOUBLED_MIN_CHARS = 20;

/** The reason a photo's credit line gives: other stages ask for it by that reason. */
export const PHOTO_CREDIT_REASON = 'photo credit';

/** A bare number: comment counts ("6", "32") and list indices ("1. 1") (samples 001, 002). */
const BARE_NUMBER = /^\d{1,6}(\.\s*\d{1,6})?\.?$/;
const URL_LINE = /^(https?:\/\/|www\.)\S+$/i;
/** `www.nbcnews.com Headline`: a listing page's teaser (sample 001). */
const DOMAIN_TITLE = /^((?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,})\s+(\S.*)$/i;
/** A title does not end like a clause: a comma, colon or semicolon (in any script) means the line goes on elsewhere. */
const OPEN_ENDING = /[,:;–—\-、，；：]$/;

export interface ClassifyOptions {
  registry: Registry;
  /** Numeric date order for this page, if known. */
  order?: NumericOrder | undefined;
}

function doubledHalf(text: string): string | null {
  // Both copies at least DOUBLED_MIN_CHARS long: a shorter line cannot be one, and most lines are spared the slices.
  if (text.length < 2 * DOUBLED_MIN_CHARS) return null;
  const mid = Math.floor(text.length / 2);
  for (const cut of [mid, mid - 1, mid + 1]) {
    const left = text.slice(0, cut).trim();
    const right = text.slice(cut).trim();
    if (left.length >= DOUBLED_MIN_CHARS && left === right) return left;
  }
  return null;
}

export function isTitleLike(text: string): boolean {
  const n = wordCount(text);
  if (n === 0 || n > TITLE_MAX_WORDS || textLength(text) > TITLE_MAX_CHARS) return false;
  if (OPEN_ENDING.test(text)) return false;
  if (endsLikeSentence(text) && !/[?!]["'”’]?$/.test(text)) return false;
  return startsCapitalised(text);
}

/**
 * "BAAR, SWITZERLAND" (benchmark page c69e): a press release's dateline on a line of its own, a place in capitals and
 * its region. The comma tells it from a section label in capitals ("WORLD NEWS"). Like a dateline opening a paragraph
 * ("SEOUL, Oct. 30 (Yonhap) --"), it is the story's first words.
 */
const DATELINE_ALONE = /^\p{Lu}[\p{Lu} .'’-]{1,30}, \p{Lu}[\p{L} .'’-]{1,30}$/u;
export const DATELINE_PATTERN = 'dateline';
/** A place and a region are a few words each: "DPRK TROOPS SEEN NEAR POKROVSK, SPY AGENCY SAYS" is a headline. */
const DATELINE_PART_MAX_WORDS = 3;

/** …and neither part is an outlet: "ITV, ASSOCIATED PRESS" under a photo is its credit (benchmark page e799). */
function isDatelineAlone(text: string, options: ClassifyOptions): boolean {
  if (!DATELINE_ALONE.test(text)) return false;
  return text.split(', ').every((part) => wordCount(part) <= DATELINE_PART_MAX_WORDS && options.registry.byName(part) === undefined);
}

/** Items separated by commas, bars or bullets: a headline has one comma at most, a tag list has many. */
const LIST_SEPARATOR = /[,|·•;]/g;
const LIST_MIN_SEPARATORS = 3;

function isListOfItems(text: string): boolean {
  return (text.match(LIST_SEPARATOR)?.length ?? 0) >= LIST_MIN_SEPARATORS;
}

/**
 * "See more photos:", "Watch the video below:", "Here's the tweet:": the article introducing what it embeds, whose own
 * text the capture may not hold (benchmark page 34a7). A sentence of the body, though it has no full stop.
 */
const EMBED_INTRO = /^(see|watch|view|check out|look at|listen to|take a look at|here('s| is| are))\b.{0,60}\b(photos?|pictures?|images?|video|clip|footage|tweets?|post|gallery|below|here)\s*:$/i;
const EMBED_INTRO_MAX_CHARS = 100;

/** "Q: Favorite apps?" / "A: Bob Marley, Bruno Mars": interview turns are prose however short (benchmark page 4648). */
const INTERVIEW_TURN = /^[QA]\s*[:.]\s+\S/;
/** "Is Football Violence a Crime?": a question in title case is a headline, not a sentence of the body. */
export const QUESTION_TITLE_CAPITALISED_SHARE = 0.6;

function isQuestionTitle(text: string): boolean {
  return /[?!]["'”’]?$/.test(text) && isTitleLike(text) && capitalisedShare(text) >= QUESTION_TITLE_CAPITALISED_SHARE;
}

/**
 * "Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn't Worry." (benchmark page f8ff): a headline
 * in title case may end in a full stop. Prose capitalises its names, never nearly every word: a sentence thick with
 * names ("North Korean leader Kim Jong Un and Russian President Vladimir Putin signed …") stays below this share.
 */
export const STATEMENT_TITLE_CAPITALISED_SHARE = 0.85;
/** …and has at least this many words: a short capitalised sentence ("See You There.") says too little to tell. */
const STATEMENT_TITLE_MIN_WORDS = 6;

function isStatementTitle(text: string): boolean {
  if (!/\.["'”’]?$/.test(text)) return false;
  // Most lines ending in a full stop are prose, which the counts turn away: they come before the patterns, which
  // search the whole line.
  const n = wordCount(text);
  if (n < STATEMENT_TITLE_MIN_WORDS || n > TITLE_MAX_WORDS || textLength(text) > TITLE_MAX_CHARS || !startsCapitalised(text)) return false;
  // A whole line in capitals is shouting, not title case: a sentence the body stresses.
  return capitalisedShare(text) >= STATEMENT_TITLE_CAPITALISED_SHARE && !DOTTED_ENDING.test(text) && !isAllCaps(text);
}

export function isParagraph(text: string): boolean {
  const n = wordCount(text);
  if (n < PARAGRAPH_MIN_WORDS || textLength(text) < PARAGRAPH_MIN_CHARS) return false;
  // A long line ending in a colon introduces what follows ("… (all times local):"): prose, not a label.
  return (
    endsLikeSentence(text) ||
    n >= UNPUNCTUATED_PARAGRAPH_WORDS ||
    (n >= INTRODUCING_MIN_WORDS && text.endsWith(':')) ||
    // "…according to officials in the U.S." ends a sentence even though a title could end that way too.
    DOTTED_ENDING.test(text)
  );
}

/** Bylines name people or agencies: mostly capitalised words, no sentence ("By Wednesday, the troops were…"). */
const BYLINE_MAX_WORDS = 12;
const BYLINE_CAPITALISED_SHARE = 0.6;
/** What joins names or starts a surname ("de", "van", "bin"). */
const NAME_PARTICLES = 'and|&|de|del|der|van|von|bin|al|la|le|du|da|dos|y|e';
const NAME_CONNECTOR = new RegExp(`^(${NAME_PARTICLES}|in)$`, 'i');

/** A writer's name standing alone holds no figure, handle, bracket or punctuation of a sentence or a label. */
const NOT_IN_A_NAME = /[\d@()!?:]/;

/** What separates a name from what follows it on a header line, full-width slash included ("名前 ／ 2016.12.01"). */
const AFTER_NAME = /\s*[|•·—–／].*$/;
/** A name's word starts with a capital, or with a letter of a script that has no case (Japanese, Korean, Arabic…). */
const NAME_WORD = /^[\p{Lu}\p{Lo}@]/u;

const WRITTEN_FOR = /^(.+?) (?:for|FOR) (?:the )?\p{Lu}[\p{L}\d .&'’-]{1,40}$/u;
/** An outlet's name is at most this many words ("Fox News", "The Associated Press"). */
const OUTLET_MAX_WORDS = 4;

/**
 * The names of a "By" line without the outlet the registry knows printed after them: "Greg Norman Fox News" (Fox
 * News), "Yoonjung Seo, Gawon Bae and Mike Valerio, CNN", or any outlet after "for" ("Jeong Yon Park for RFA Korean").
 * What is left must still be names ("Euronews with AP" stays).
 */
function withoutOutlet(names: string, registry: Registry): string {
  // "Jeong Yon Park for RFA Korean": the outlet or service written for, after "for".
  const writtenFor = WRITTEN_FOR.exec(names);
  if (writtenFor && isNameList(writtenFor[1]!) && wordCount(writtenFor[1]!) >= DATED_BYLINE_MIN_WORDS) return writtenFor[1]!;
  const ws = names.split(/\s+/);
  for (let k = Math.min(OUTLET_MAX_WORDS, ws.length - 2); k >= 1; k -= 1) {
    if (registry.byName(ws.slice(-k).join(' ')) === undefined) continue;
    const rest = ws.slice(0, -k).join(' ').replace(/,$/, '');
    return isNameList(rest) && wordCount(rest) >= DATED_BYLINE_MIN_WORDS ? rest : names;
  }
  return names;
}

function isNameList(text: string): boolean {
  const beforeSeparator = text.replace(AFTER_NAME, '');
  // A full sentence ("By Wednesday, the troops were near Kursk.") is prose; a byline ends on a name or an initial.
  if (/[.!?]["'”’]?$/.test(beforeSeparator) && !/\b\p{Lu}\.$/u.test(beforeSeparator)) return false;
  // "Jane Doe, staff writer": the names stop at a lower-case job title.
  const named = beforeSeparator.replace(/,\s*\p{Ll}.*$/u, '');
  const ws = named.split(/[\s,]+/).filter(Boolean);
  if (ws.length === 0 || ws.length > BYLINE_MAX_WORDS || !startsCapitalised(named)) return false;
  const content = ws.filter((w) => !NAME_CONNECTOR.test(w));
  return content.filter((w) => NAME_WORD.test(w)).length / Math.max(1, content.length) >= BYLINE_CAPITALISED_SHARE;
}

/**
 * A name beside a date is a writer's or a bureau's: a few words, two at least ("Oct. 30, 2024 Updated" names no one).
 * Under a "By" label the label says it is a name: one word will do ("By Reuters"), and as many as a byline holds ("By
 * Jane Doe and John Roe | Nov. 5, 2019").
 */
const DATED_BYLINE_MIN_WORDS = 2;
const DATED_BYLINE_MAX_WORDS = 5;
const BY_LABEL = /^by\s*:?\s+/i;
/** The date's own label after the name: "By Al Root Updated Nov. 19, 2019". */
const DATE_LABEL_AFTER_NAME = /\s+(last updated|updated|published|posted|original|modified)\s*:?$/i;
/** What may separate a date from a name on one header line: "Jane Doe | Oct. 30, 2024", "November 20, 2019 · Jane Doe". */
const DATE_NAME_SEPARATOR = /^[\s|•·,–—／-]+|[\s|•·,–—／-]+$/g;

/**
 * One date and a writer's name on one line, in either order ("November 20, 2019 Emiliano Bellini", benchmark page
 * b0cf): the header's date and byline together, though the date covers less than half of the line. The date's label
 * after the name is not the name's ("New Delhi, News Nation Bureau | Updated : 19 November 2019", page 076f).
 */
function datedByline(text: string, dates: readonly FoundDate[]): MetaInfo | null {
  const [date] = dates;
  if (date === undefined) return null;
  // With several dates ("By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", benchmark
  // page f8ff), only a line led by "By" names its writer, before the first date.
  if (dates.length > 1 && !BY_LABEL.test(text)) return null;
  const after = dates.length > 1 ? '' : text.slice(date.index + date.text.length);
  const unlabelled = `${text.slice(0, date.index)} ${after}`
    .replace(DATE_NAME_SEPARATOR, '')
    .replace(DATE_LABEL_AFTER_NAME, '')
    .replace(DATE_NAME_SEPARATOR, '');
  const labelled = BY_LABEL.test(unlabelled);
  // A name with its handle glued on ("By Chris Pokorny@DawgsByNature Nov 18, 2019"): under a "By" label the handle is
  // the writer's; without one, a handle beside a date is an embedded post's signature.
  const bare = unlabelled.replace(BY_LABEL, '');
  const name = (labelled ? bare.replace(/@\w+/g, '') : bare).trim();
  // An embedded post's signature ("— Name (@handle) November 15, 2019") dates the post, not the article; categories and
  // links after a name ("Jane Doe Comment! News, Sport") make it no byline.
  const words = wordCount(name);
  const [fewest, most] = labelled ? [1, BYLINE_MAX_WORDS] : [DATED_BYLINE_MIN_WORDS, DATED_BYLINE_MAX_WORDS];
  if (NOT_IN_A_NAME.test(name) || words < fewest || words > most || !isNameList(name)) return null;
  // The line as written, not the date as findDates rewrote it in the detection order: the date is read again later,
  // in the publisher's order ("03/04/2024 Jane Doe" is 3 April on a page that writes day first).
  return { dateText: text, dateLabel: 'other', byline: name };
}

/** What parts a blog's post facts on one line: "/", "|" and bullets. */
const POST_FACT_SEPARATOR = /\s*[/|•·]\s*/;
const COMMENT_COUNT = /^\d{1,6}\s+(comments?|responses?|replies)$/i;
/** The post's category: "in Jeongdong Perfomance News", a few words, no comma ("In Ukraine, a War Without End" is a headline). */
const IN_CATEGORY = /^in\s+[^,]+$/i;
const CATEGORY_MAX_WORDS = 6;
/** A writer's login after "by": "jdadmin". */
const LOGIN = /^[a-z0-9_.-]{2,30}$/;

/**
 * A blog's post line: the date with the post's other facts, each set off by a slash, bar or bullet ("October 15,
 * 2018/0 Comments/in Jeongdong Perfomance News /by jdadmin", benchmark page 8cad, as WordPress themes print it). The
 * facts leave the date under half the line, so it passes for a title, and then for the headline. Every part must be
 * one of those facts, and the comment count is required: a category or a "by" part alone has a headline's shape as
 * often ("Sept. 11, 2001 | By the numbers"). The writer is read when the "by" part names one; a login is no name.
 */
function datedPostLine(text: string, dates: readonly FoundDate[]): MetaInfo | null {
  const [date] = dates;
  if (date === undefined || dates.length > 1) return null;
  const rest = `${text.slice(0, date.index)}/${text.slice(date.index + date.text.length)}`;
  const parts = rest.split(POST_FACT_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (!parts.some((part) => COMMENT_COUNT.test(part))) return null;
  let byline: string | undefined;
  for (const part of parts) {
    if (COMMENT_COUNT.test(part) || (IN_CATEGORY.test(part) && wordCount(part) <= CATEGORY_MAX_WORDS)) continue;
    const name = BY_LABEL.test(part) ? part.replace(BY_LABEL, '') : undefined;
    if (name === undefined) return null;
    if (LOGIN.test(name)) continue;
    if (wordCount(name) > BYLINE_MAX_WORDS || NOT_IN_A_NAME.test(name) || !isNameList(name)) return null;
    byline = name;
  }
  return byline === undefined ? { dateText: text, dateLabel: 'other' } : { dateText: text, dateLabel: 'other', byline };
}

/** "Par AFP", "Por Juan Pérez de la Cruz": one to five words, all names, none a function word that a title would hold. */
const LABELLED_NAME_MAX_WORDS = 5;

function isLabelledName(name: string): boolean {
  const ws = words(name);
  if (ws.length > LABELLED_NAME_MAX_WORDS || NOT_IN_A_NAME.test(name) || !isNameList(name)) return false;
  return ws.every((w) => NAME_PARTICLE.test(w) || !isFunctionWordInName(w));
}

/**
 * A writer's name and role on one line, without "By": "Rebecca Thorne, Moscow correspondent" (The Independent), "RINA
 * TAKEDA, Nikkei staff writer" (Nikkei Asia). The role makes it a byline, so names in capitals count too; read as a
 * title, it took the headline, and in capitals it passed for a dateline ("SEOUL, …").
 */
function nameWithRole(text: string): string | null {
  const comma = text.lastIndexOf(', ');
  if (comma < 3 || !isJobTitleLine(text.slice(comma + 2))) return null;
  const name = text.slice(0, comma);
  return wordCount(name) >= DATED_BYLINE_MIN_WORDS && isLabelledName(name) ? name : null;
}

function readMeta(text: string, options: ClassifyOptions): MetaInfo | null {
  if (text.length > META_MAX_CHARS) return null;
  const relative = RELATIVE_TIME.exec(text);
  if (relative && text.length - relative[0].length < 12) {
    const unit = relative[2]!.toLowerCase();
    const canonical = unit.startsWith('s') ? 'second'
      : unit.startsWith('mi') ? 'minute'
        : unit.startsWith('h') ? 'hour'
          : unit.startsWith('d') ? 'day'
            : unit.startsWith('w') ? 'week'
              : unit.startsWith('mo') ? 'month'
                : 'year';
    return { relative: { amount: Number(relative[1]), unit: canonical } };
  }
  const day = RELATIVE_DAY.exec(text);
  if (day) return { relative: { amount: day[1]!.toLowerCase() === 'yesterday' ? 1 : 0, unit: 'day' } };
  const label = DATE_LABEL.exec(text);
  const rest = label ? text.slice(label[0].length) : text;
  // Only whether the line is a date stamp matters here; its reading, in the publisher's order, comes later.
  const dates = findDates(rest, { order: options.order ?? DETECTION_ORDER });
  const dated = label ? null : datedByline(rest, dates) ?? datedPostLine(rest, dates);
  if (dated) return dated;
  if (dates.length > 0 && (label || dateCoverage(rest, dates) >= DATE_LINE_COVERAGE)) {
    return { dateText: rest, dateLabel: label ? dateLabelKind(label[1]!) : 'other' };
  }
  const credited = nameWithRole(text);
  if (credited !== null) return { byline: credited };
  const byline = BYLINE_LINE.exec(text);
  if (byline && isNameList(byline[1]!)) return { byline: withoutOutlet(byline[1]!.trim(), options.registry) };
  const labelled = LABELLED_NAME_LINE.exec(text)?.[1]?.trim();
  if (labelled !== undefined && isLabelledName(labelled)) return { byline: labelled };
  const korean = KOREAN_BYLINE.exec(text);
  if (korean) return { byline: korean[1]! };
  const publisher = options.registry.byName(text);
  if (publisher) return { publisherId: publisher.id };
  return null;
}

/**
 * "Newsweek is committed to challenging conventional wisdom …", "Ukrainska Pravda is the place where you will find …":
 * an outlet the registry knows, saying what it is or stands for, in its own page's furniture.
 */
const SELF_DESCRIPTION = /^ is (committed to|dedicated to|the place where|an independent|a non-?profit|reader-supported)\b/;
/** An outlet's name is this long at most. */
const OUTLET_NAME_MAX_CHARS = 40;

function isOutletSelfDescription(text: string, registry: Registry): boolean {
  // Asked of most lines: only an " is " near the start can follow a name, and only that stretch is searched.
  const at = text.lastIndexOf(' is ', OUTLET_NAME_MAX_CHARS);
  if (at < 2 || !SELF_DESCRIPTION.test(text.slice(at))) return false;
  return registry.byName(text.slice(0, at)) !== undefined;
}

const HAS_CLOCK = /\d[:.]\d\d/;
/** A clock time and its zone alone: "6:12 a.m. ET", "14:05", "9:26 PM EST". */
const CLOCK_ALONE = /^\d{1,2}[:.]\d{2}(\s?[ap]\.?m\.?)?(\s?\(?[A-Z]{2,5}([+-]\d{1,2})?\)?)?$/i;

/**
 * "Updated 6:12 a.m. ET" (the New York Times, under the date): no date to read, and as a title it took the headline's
 * place over the body. It is header furniture.
 */
function isUpdateTimeAlone(text: string): boolean {
  // Asked of every line that is no meta: most have no clock time, and the label's pattern is long.
  if (text.length > META_MAX_CHARS || !HAS_CLOCK.test(text)) return false;
  const label = DATE_LABEL.exec(text);
  return label !== null && dateLabelKind(label[1]!) === 'updated' && CLOCK_ALONE.test(text.slice(label[0].length));
}

type Verdict = Omit<ClassifiedBlock, keyof Block | 'key' | 'repeated'>;

function classifyOne(t: string, options: ClassifyOptions): Verdict {
  if (BARE_NUMBER.test(t)) return { kind: 'boilerplate', reason: 'bare number: a comment count or list index' };
  if (URL_LINE.test(t)) return { kind: 'url', reason: 'a URL on its own line' };
  const furniture = t.length <= FURNITURE_MAX_CHARS ? matchLineFurniture(t) : undefined;
  if (furniture) return { kind: 'boilerplate', reason: furniture.reason, pattern: furniture.name };
  const half = doubledHalf(t);
  if (half) return { kind: 'caption', reason: 'photo caption: the same text printed twice on one line' };
  // Asked once: both credit tests below need it, and it is a scan of the whole line. Neither can match a long line
  // ending in a full stop (most prose), which is spared the scan.
  const creditHint = (t.length <= CREDIT_LINE_MAX_CHARS || !/[.!?]$/.test(t)) && CREDIT_HINT.test(t);
  // "By RFE/RL's Ukrainian Service" has a credit's slash, but "By" makes it a byline.
  if (t.length <= CREDIT_LINE_MAX_CHARS && creditHint && CREDIT_LINE.test(t) && !/[?!]$/.test(t) && !BY_LABEL.test(t)) return { kind: 'caption', reason: PHOTO_CREDIT_REASON };
  const meta = readMeta(t, options);
  if (meta) return { kind: 'meta', reason: 'date, byline or outlet name', meta };
  if (isUpdateTimeAlone(t)) return { kind: 'boilerplate', reason: "the time of the last update, printed without its date" };
  if (COOKIE_PARAGRAPH.test(t)) return { kind: 'boilerplate', reason: 'cookie notice', pattern: 'cookie-notice' };
  if (t.length <= APPEAL_MAX_CHARS) {
    const appeal = matchAppeal(t);
    if (appeal) return { kind: 'boilerplate', reason: appeal.reason, pattern: appeal.name };
    if (isOutletSelfDescription(t, options.registry)) return { kind: 'boilerplate', reason: 'the outlet describing itself' };
  }
  const domainTitle = DOMAIN_TITLE.exec(t);
  if (domainTitle && isTitleLike(domainTitle[2]!)) {
    return { kind: 'domain-title', reason: 'outlet domain followed by a headline: a teaser card', domain: domainTitle[1]!.toLowerCase(), titleText: domainTitle[2]!.trim() };
  }
  if (AGENCY_CAPTION.test(t)) return { kind: 'caption', reason: 'photo caption in news-agency style ("In this … photo")' };
  const credit = creditHint ? trailingCredit(t) : null;
  if (credit) {
    const described = t.slice(0, credit.index).trim();
    if (isParagraph(described) || (endsLikeSentence(described) && wordCount(described) >= SENTENCE_MIN_WORDS)) {
      return { kind: 'paragraph', reason: 'prose ending in a photo credit', credit: credit[0].trim() };
    }
    if (wordCount(described) >= SENTENCE_MIN_WORDS) return { kind: 'caption', reason: 'photo caption: a line ending in a photo credit' };
  }
  // A question in title case is a headline however long ("Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air
  // For Rs 300?", benchmark page 076f): prose never capitalises most of its words. An interview's question is prose.
  if (!INTERVIEW_TURN.test(t) && isQuestionTitle(t)) return { kind: 'title', reason: 'a question in title case' };
  if (isStatementTitle(t)) return { kind: 'title', reason: 'a headline in title case ending in a full stop' };
  if (isParagraph(t)) return { kind: 'paragraph', reason: 'prose' };
  const n = wordCount(t);
  // The function-word shares take a pass of their own: asked only of lines the cheaper tests leave in doubt.
  let share: FunctionWordShare | undefined;
  const shares = () => (share ??= functionWordShare(t));
  if (n >= KEYWORD_LIST_MIN_WORDS && isListOfItems(t) && !/[.!?。！？]/.test(t) && shares().ofDistinctWords < KEYWORD_LIST_MAX_FUNCTION_WORDS) {
    return { kind: 'boilerplate', reason: 'a list of keywords or tags: almost no function words', pattern: 'keyword-list' };
  }
  if (n >= UNPUNCTUATED_PROSE_MIN_WORDS && capitalisedShare(t) < TITLE_CASE_SHARE && shares().ofWords >= UNPUNCTUATED_PROSE_FUNCTION_WORDS) {
    // A sentence, not a paragraph: it carries a body along but never starts one, as a teaser's blurb would.
    return { kind: 'sentence', reason: 'prose without final punctuation (function words, sentence case)' };
  }
  if (INTERVIEW_TURN.test(t)) return { kind: 'sentence', reason: 'a turn of an interview' };
  if (t.length <= EMBED_INTRO_MAX_CHARS && EMBED_INTRO.test(t)) return { kind: 'sentence', reason: 'a line introducing the photos, video or post below it' };
  if (endsLikeSentence(t) && wordCount(t) >= SENTENCE_MIN_WORDS && !isAllCaps(t)) return { kind: 'sentence', reason: 'a short sentence' };
  if (isDatelineAlone(t, options)) return { kind: 'sentence', reason: 'a dateline on a line of its own: where the story was filed', pattern: DATELINE_PATTERN };
  if (isTitleLike(t)) return { kind: 'title', reason: 'a short title-like line' };
  return { kind: 'fragment', reason: 'a short fragment that is neither prose nor a title' };
}

/**
 * A drop capital printed on a line of its own ("A" / "dam Schiff's impeachment inquiry…", benchmark page 6e8b) is the
 * first letter of the paragraph below: it is joined to it, and the letter's own line is dropped with that reason.
 */
function joinDropCapitals(blocks: ClassifiedBlock[]): void {
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    // One letter is one or two code units: the length test spares the pattern nearly every line.
    if (!next || block.text.length > 2 || !/^\p{Lu}$/u.test(block.text) || !/^\p{Ll}/u.test(next.text)) return;
    next.text = block.text + next.text;
    next.key = comparisonKey(next.text);
    if (isParagraph(next.text)) {
      next.kind = 'paragraph';
      next.reason = 'prose';
    }
    block.kind = 'boilerplate';
    block.reason = 'drop capital: the first letter of the paragraph below, joined to it';
  });
}

/** "By", "Author:", "Written by": a byline's label printed on a line of its own, the name on the next (benchmark page e1cd). */
const BYLINE_LABEL = /^(by|authors?|written by|words by|posted by|reported by|reporter|von|par|por|autor(in|a)?|auteur|autore|автор|авторка|автори)\s*:?$/i;

/** A line that can stand as a writer's name on its own: short, name-shaped, nothing a name never holds. */
function isStandingName(text: string): boolean {
  return text.length <= META_MAX_CHARS && !NOT_IN_A_NAME.test(text) && isNameList(text);
}

function markAsByline(name: ClassifiedBlock, reason: string, marker: ClassifiedBlock, markerReason: string): void {
  name.kind = 'meta';
  name.reason = reason;
  name.meta = { byline: name.text };
  marker.kind = 'boilerplate';
  marker.reason = markerReason;
}

/** A question or an exclamation ends the line, in any script: "…違反に！？", "Why are the troops there?". */
const QUESTION_ENDING = /[?!？！]["'”’」』)]*$/;

/**
 * A headline may end in a question or exclamation mark, and then reads as a sentence ("商品の改造が商標法違反に！？",
 * benchmark page 8543; "Why are North Korean troops in Russia?"). Printed twice, with the byline or date under it, it
 * is the headline: a sentence of the body is printed once, and no byline follows it.
 */
function markQuestionHeadlines(blocks: ClassifiedBlock[]): void {
  for (const block of blocks) {
    if (block.kind !== 'sentence' || !block.repeated || !QUESTION_ENDING.test(block.text)) continue;
    if (wordCount(block.text) > TITLE_MAX_WORDS || textLength(block.text) > TITLE_MAX_CHARS || !metaFollows(blocks, block)) continue;
    block.kind = 'title';
    block.reason = 'a question or exclamation printed twice over a byline or date: a headline';
  }
}

/** Past the line's own repeats and the header's furniture, a date, byline or outlet line. */
function metaFollows(blocks: readonly ClassifiedBlock[], block: ClassifiedBlock): boolean {
  for (let j = block.index + 1; j < blocks.length; j += 1) {
    const next = blocks[j]!;
    if (next.kind === 'meta') return true;
    if (next.key !== block.key && !isHeaderFurniture(next)) return false;
  }
  return false;
}

/** The block before `i` is a paragraph, and so is the prose block before that: the name sits inside the body. */
function inRunningProse(blocks: readonly ClassifiedBlock[], i: number): boolean {
  const above = blocks[i - 1];
  if (above?.kind !== 'paragraph') return false;
  for (let j = i - 2; j >= 0; j -= 1) {
    const b = blocks[j]!;
    if (b.kind === 'paragraph' || b.kind === 'sentence') return true;
    if (!isHeaderFurniture(b)) return false;
  }
  return false;
}

/** A social-media handle alone on a line: "@KERISALISON". */
const HANDLE_LINE = /^@\w{2,30}$/;

/**
 * A name next to what marks it as the writer's is the byline, though it would pass for a title on its own (and then
 * for a headline): under a byline label printed on a line of its own ("Author:" / "Practical Horseman Editorial
 * Staff", benchmark page e1cd), over the writer's social-media handle ("Keris Lahiff" / "@KERISALISON", page ffc1),
 * or over the writer's job title on the next line, blank lines between or not ("Tom Gillespie" / "News reporter
 * @TomGillespie1", page 9210).
 * - Over a job title the line must be a bare name: "Meet the New Editor" / "Senior Editor" is a headline over its
 *   subject's title. The job title marks a person, so a name holding another language's function word will do
 *   ("Tom", "Kim"), and so will one printed again elsewhere: the writer's box at the end prints it (page a078).
 * - Not inside running prose, where a name over a title is a quoted source's card: the line above it is no paragraph
 *   following another (a standfirst may stand above the byline, as on page 9210).
 */
function markMarkedBylines(blocks: ClassifiedBlock[]): void {
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (!next) return;
    if (block.kind === 'title' && isJobTitleLine(next.text) && !inRunningProse(blocks, i) && isBareNames(block.text, isFunctionWordInName)) {
      markAsByline(block, "byline: a name over the writer's job title", next, 'the job title of the byline above');
      return;
    }
    if (next.gapBefore) return;
    if (BYLINE_LABEL.test(block.text) && next.kind !== 'meta' && isStandingName(next.text)) {
      markAsByline(next, 'byline: a name under a byline label', block, 'the label of the byline below');
    } else if (block.kind === 'title' && HANDLE_LINE.test(next.text)) {
      const words = wordCount(block.text);
      if (words >= DATED_BYLINE_MIN_WORDS && words <= DATED_BYLINE_MAX_WORDS && isStandingName(block.text)) {
        markAsByline(block, "byline: a name over the writer's social-media handle", next, 'the social-media handle of the byline above');
      }
    }
  });
}

/**
 * A credit printed between a headline in title form and the date line is the writer's, though no "By" marks it:
 * names with an outlet after a comma ("Jane Doe, Business Insider") or in capitals ("Kevin Johnson and Kevin McCoy
 * USA TODAY", benchmark page c58a), names alone, or a desk's reports ("Detroit News wire services", page 65ce). Alone,
 * the first two pass for a photo credit and the others for titles. Under a headline written as a sentence it is left
 * a title: there it is what marks the header, and page f81c lost its headline without it. Names alone are held to
 * every language's function words: nothing else marks them, and a topic label has their shape ("Russia Ukraine War",
 * German "war"). A writer called Tom (Czech "tom") is missed there: a missing byline is better than a wrong one.
 */
const DESK_CREDIT = /^(from )?(the )?(\p{Lu}[\p{L}.'’&-]*\s){0,4}(staff|wire|news)( and (staff|wire))? (services|reports?|writers?)$/iu;
/** The outlet after the names: one to three words in capitals ("USA TODAY", "AP"). */
const OUTLET_IN_CAPITALS = /^(.+?)((\s\p{Lu}[\p{Lu}&.'’-]+){1,3})$/u;
const OUTLET_AFTER_COMMA = /^(.+?),\s*([^,]+)$/;

/** Names with an outlet, or a desk's reports: the shapes that mark a credit wherever it is printed. */
function isMarkedCredit(text: string, registry: Registry): boolean {
  if (DESK_CREDIT.test(text)) return true;
  const afterComma = OUTLET_AFTER_COMMA.exec(text);
  const names = afterComma && registry.byName(afterComma[2]!) ? afterComma[1]! : OUTLET_IN_CAPITALS.exec(text)?.[1];
  if (names === undefined || isAllCaps(names)) return false;
  const n = wordCount(names);
  return n >= DATED_BYLINE_MIN_WORDS && n <= BYLINE_MAX_WORDS && isNameList(names);
}

/**
 * What joins names or starts a surname: NAME_CONNECTOR without "in", which a byline may hold ("Jane Doe in Seoul") and
 * a deck does too ("Troops Move In Near Kursk").
 */
const NAME_PARTICLE = new RegExp(`^(${NAME_PARTICLES})$`, 'i');
const CAPITALISED_WORD = /^\p{Lu}/u;

/**
 * Names alone ("Maren Estrada", benchmark page e7d7), a desk ("Telegraph Sport", page 88c3), or names and an outlet in
 * title case ("Elliot Brownstein Florida Today"): as few words as beside a date, none a function word (`notInName`),
 * which a deck in title case has ("The Untold Story Of The Fall"), nor all words of a label ("Breaking News"). A
 * section's name has the same shape ("Middle East"), and the site's menu prints it too: a line the page prints
 * elsewhere (`printedElsewhere`) is no writer's name.
 */
function isBareNames(text: string, notInName: (word: string) => boolean, printedElsewhere: () => boolean = () => false): boolean {
  const n = wordCount(text);
  if (n < DATED_BYLINE_MIN_WORDS || n > DATED_BYLINE_MAX_WORDS || isAllCaps(text) || !isNameList(text)) return false;
  const ws = words(text);
  if (ws.every((w) => HEADER_LABEL_WORDS.has(w.toLowerCase()))) return false;
  // Only capitals tell a name from other words: in a script without case (Korean, Japanese) any short line would pass.
  return ws.every((w) => NAME_PARTICLE.test(w) || (CAPITALISED_WORD.test(w) && !notInName(w))) && !printedElsewhere();
}

/** A place a writer files from: one to three capitalised words ("Tokyo", "New York", "Rio de Janeiro" is missed). */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}`;
/**
 * Names with the place they write from, "in" in small letters: "Justin McCurry in Tokyo", "Pjotr Sauer in Moscow and
 * Shaun Walker in Kyiv" (the Guardian's bylines). A deck in title case capitalises it ("Troops Move In Near Kursk").
 */
const NAMES_WITH_PLACE = new RegExp(`^(.+?) in ${PLACE}(?:,? and (.+?) in ${PLACE})?$`, 'u');

/** The writers' names of a credit with their places, when each is bare names; null for any other line. */
function namesWithPlace(text: string): string | null {
  const m = NAMES_WITH_PLACE.exec(text);
  if (!m) return null;
  const names = [m[1]!, m[2]].filter((n): n is string => n !== undefined);
  return names.every((n) => isBareNames(n, isFunctionWord)) ? names.join(' and ') : null;
}

/** A headline at least this long may have its writer's name under a blank line. */
const CREDIT_UNDER_GAP_MIN_WORDS = 6;

/**
 * The prose right over an appeal's button, with no blank line between ("From reproductive rights to climate change …,
 * The Independent is on the ground …" / "Support Now"): the appeal's own text, however it is worded.
 */
function markAppealTexts(blocks: ClassifiedBlock[]): void {
  blocks.forEach((block, i) => {
    const button = blocks[i + 1];
    if (button?.pattern !== APPEAL_BUTTON_PATTERN || button.gapBefore || (block.kind !== 'paragraph' && block.kind !== 'sentence')) return;
    block.kind = 'boilerplate';
    block.reason = "an appeal's text, right over its button";
    block.pattern = 'donation-appeal';
  });
}

const APPEAL_BUTTON_PATTERN = 'appeal-button';

/** The pattern of a date's label printed on a line of its own, over the date. */
const DATE_LABEL_PATTERN = 'date-label';

/**
 * "Published" on a line of its own, the date on the next (the Financial Times): the label is the date's, and the date
 * line is read as labelled.
 */
function markStandingDateLabels(blocks: ClassifiedBlock[]): void {
  blocks.forEach((block, i) => {
    const date = blocks[i + 1];
    if (block.text.length > DATE_LABEL_MAX_CHARS || !date || date.gapBefore || date.meta?.dateText === undefined || date.meta.dateLabel !== 'other') return;
    const label = DATE_LABEL.exec(block.text);
    if (!label || label[0].length !== block.text.length) return;
    date.meta = { ...date.meta, dateLabel: dateLabelKind(label[1]!) };
    block.kind = 'boilerplate';
    block.reason = "a date's label, on a line of its own over the date";
    block.pattern = DATE_LABEL_PATTERN;
  });
}

/** A date's label alone ("Published", "Zuletzt aktualisiert am") is this short. */
const DATE_LABEL_MAX_CHARS = 30;

/** `byKey`: each comparison key's positions on the page, which tell a line printed more than once. */
function markHeaderCredits(blocks: ClassifiedBlock[], registry: Registry, byKey: ReadonlyMap<string, readonly number[]>): void {
  // Printed above it too, the line is a menu's (a section, "Middle East"); printed below, it is the writer's name
  // again, in an author box under the story.
  const printedElsewhere = (block: ClassifiedBlock) => (byKey.get(block.key)?.[0] ?? block.index) < block.index;
  blocks.forEach((block, i) => {
    const above = blocks[i - 1];
    // The date under it, past a button or the date's own label ("+ FOLLOW", "Published"), on the next lines.
    const below = blocks[pastFurnitureDown(blocks, i + 1)];
    if (block.kind !== 'title' || !below || below.gapBefore) return;
    // Under the headline, under the photo printed between it and the credit (the Financial Times), or under the
    // headline's standfirst (the South China Morning Post).
    const standfirst = (above?.kind === 'paragraph' || above?.kind === 'sentence') && !above.gapBefore && blocks[i - 2]?.kind === 'title';
    if ((above?.kind !== 'title' && above?.kind !== 'caption' && !standfirst) || below.kind !== 'meta' || below.meta?.dateText === undefined || below.meta.byline !== undefined) return;
    // Set off from the headline by a blank line ("U.S. says North Korean troops …" / "" / "Laura Whitcombe" / "Nov 12, 2024
    // - World", Axios), the name is still the header's when the line above is headline-length.
    if (block.gapBefore && above.kind === 'title' && wordCount(above.titleText ?? above.text) < CREDIT_UNDER_GAP_MIN_WORDS) return;
    if (block.text.length > META_MAX_CHARS || NOT_IN_A_NAME.test(block.text)) return;
    const placed = printedElsewhere(block) ? null : namesWithPlace(block.text);
    // Under a standfirst no deck or label stands, and a name's word that is a function word of another language
    // ("Kim", Turkish) is let through; under the headline, any such word makes the line a deck ("Russia Ukraine War").
    const notInName = standfirst ? isFunctionWordInName : isFunctionWord;
    if (placed === null && !isMarkedCredit(block.text, registry) && !isBareNames(block.text, notInName, () => printedElsewhere(block))) return;
    block.kind = 'meta';
    block.reason = "byline: the writer's credit between the headline and the date";
    block.meta = { byline: placed ?? block.text };
  });
  blocks.forEach((block, i) => {
    if (block.kind !== 'title' || block.gapBefore || !isDateUnderHeadline(blocks, pastFurniture(blocks, i - 1))) return;
    if (block.text.length > META_MAX_CHARS || NOT_IN_A_NAME.test(block.text) || !isBareNames(block.text, isFunctionWord, () => printedElsewhere(block))) return;
    block.kind = 'meta';
    block.reason = "byline: the writer's name right under the header's date";
    block.meta = { byline: block.text };
  });
}

/**
 * The block at `at` is a date line with no name on it, and above it, past header furniture, a headline-length title:
 * the header's date, under which some outlets print the writer ("November 1, 2024 5:27 AM ET" / "Julia Renner", NPR).
 */
function isDateUnderHeadline(blocks: readonly ClassifiedBlock[], at: number): boolean {
  const date = blocks[at];
  if (date?.kind !== 'meta' || date.meta?.dateText === undefined || date.meta.byline !== undefined || date.meta.relative !== undefined) return false;
  const title = blocks[pastFurniture(blocks, at - 1)];
  return title?.kind === 'title' && wordCount(title.titleText ?? title.text) >= CREDIT_UNDER_GAP_MIN_WORDS;
}

/** From `at` downward, the first block that is not a header's boilerplate, at most two blocks on. */
function pastFurnitureDown(blocks: readonly ClassifiedBlock[], at: number): number {
  let j = at;
  while (j < at + 2 && j < blocks.length && !blocks[j]!.gapBefore && isHeaderBoilerplate(blocks[j]!)) j += 1;
  return j;
}

/** Boilerplate a header may hold (isHeaderFurniture's, less the meta, captions and fragments). */
function isHeaderBoilerplate(block: ClassifiedBlock): boolean {
  return block.kind === 'boilerplate' && !endsArticle(block);
}

/** From `at` upward, the first block that is not a header's boilerplate (share buttons, a player's controls, a credit). */
function pastFurniture(blocks: readonly ClassifiedBlock[], at: number): number {
  let j = at;
  while (j >= 0 && isHeaderBoilerplate(blocks[j]!)) j -= 1;
  return j;
}

/** A comments label in the header, before any prose: a button, which closes nothing. */
export const COMMENTS_BUTTON_PATTERN = 'comments-button';

/**
 * "Comments" in a share bar under the byline (Fox News, Euronews) is a button to the comments, not their section:
 * the header runs on past it to the body. Only a label below the page's first paragraph closes an article.
 */
function markCommentButtons(blocks: ClassifiedBlock[]): void {
  const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph' && b.credit === undefined);
  for (let i = 0; i < firstParagraph; i += 1) {
    const block = blocks[i]!;
    if (block.pattern !== COMMENTS_PATTERN) continue;
    block.pattern = COMMENTS_BUTTON_PATTERN;
    block.reason = 'a link to the comments, in the header';
  }
}

/** The title under an embedded video's label ("VIDEO03:45") is the video's, not the article's headline (page ffc1). */
function markVideoTitles(blocks: ClassifiedBlock[]): void {
  blocks.forEach((block, i) => {
    const title = blocks[i + 1];
    if (block.pattern !== 'video-label' || !title || title.gapBefore || title.kind !== 'title') return;
    title.kind = 'caption';
    title.reason = 'the title of the video embedded above';
  });
}

/**
 * Prose printed right above a credit line ("Trump asked voters in Louisiana… / Credit... / Doug Mills/The New York
 * Times", benchmark page 04a6) is that photo's caption.
 */
function markCaptionsAboveCredits(blocks: ClassifiedBlock[]): void {
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if ((block.kind === 'paragraph' || block.kind === 'sentence') && block.credit === undefined && next?.kind === 'caption' && !next.gapBefore) {
      block.credit = next.text;
    }
  });
}

export function classifyBlocks(blocks: Block[], options: ClassifyOptions): ClassifiedBlock[] {
  // A line's verdict depends on its text alone, and pages print many lines more than once (menus, headlines, share
  // buttons): each text is judged once.
  const judged = new Map<string, { c: Verdict; key: string }>();
  // Built field by field rather than spread: one object shape for every block keeps this hot loop fast.
  const classified: ClassifiedBlock[] = blocks.map((b) => {
    let verdict = judged.get(b.text);
    if (verdict === undefined) {
      const c = classifyOne(b.text, options);
      verdict = { c, key: comparisonKey(c.titleText ?? b.text) };
      judged.set(b.text, verdict);
    }
    const { c, key } = verdict;
    return {
      index: b.index, line: b.line, raw: b.raw, text: b.text, indent: b.indent, bulleted: b.bulleted, gapBefore: b.gapBefore,
      kind: c.kind, reason: c.reason, key, repeated: false,
      domain: c.domain, titleText: c.titleText, meta: c.meta, credit: c.credit, pattern: c.pattern,
    };
  });
  joinDropCapitals(classified);
  // Each key's positions in page order, once the drop capitals are joined (the only pass that changes a key): a block
  // is repeated when a neighbour in that list lies within the window.
  const byKey = new Map<string, number[]>();
  for (const block of classified) {
    if (block.key === '') continue;
    const positions = byKey.get(block.key);
    if (positions) positions.push(block.index);
    else byKey.set(block.key, [block.index]);
  }
  markMarkedBylines(classified);
  markCommentButtons(classified);
  markStandingDateLabels(classified);
  markAppealTexts(classified);
  markHeaderCredits(classified, options.registry, byKey);
  markVideoTitles(classified);
  markCaptionsAboveCredits(classified);
  for (const positions of byKey.values()) {
    positions.forEach((at, k) => {
      const near = (other: number | undefined) => other !== undefined && Math.abs(other - at) <= REPEAT_WINDOW;
      classified[at]!.repeated = near(positions[k - 1]) || near(positions[k + 1]);
    });
  }
  markQuestionHeadlines(classified);
  return classified;
}

