// The vocabulary of page furniture: every pattern the parser uses to recognise boilerplate, named, with the reason it gives.

export interface FurniturePattern {
  name: string;
  /** Matched against the whole block text (bullets stripped). */
  re: RegExp;
  reason: string;
  /** A section label after which nothing belongs to the article above it. */
  endsArticle?: boolean;
}

/**
 * Whole-line furniture. Each entry matches the entire line so an article sentence that merely
 * contains one of these words is never touched.
 */
export const LINE_FURNITURE: readonly FurniturePattern[] = [
  {
    name: 'navigation',
    // "Skip Navigation", "Home", "Search", "Menu": site chrome before the article (samples 001, 002).
    re: /^(skip (to )?(navigation|main content|content|main)|home|search|menu|open menu|close( menu)?|sign in|log ?in|log ?out|sign up|register|subscribe|sections?|all sections|more|back to top|next|previous|prev|go|toggle navigation|main menu|navigation)$/i,
    reason: 'navigation or interface control',
  },
  {
    name: 'image-placeholder',
    // Alt text of a site logo left in the visible text (sample 000).
    re: /^(logo|site logo|image|photo|icon|placeholder|loading\.*)$/i,
    reason: 'image placeholder text',
  },
  {
    name: 'comments-widget',
    // "Comments", "No comments yet..." (sample 000).
    re: /^((\d+\s+)?comments?( \(\d+\)| \d+)?|tell us what you think\W*|have your say\W*|what do you think\?|\d+ (responses?|replies|comments?) to\b.*|(leave|post) a (reply|response)|no comments( yet)?\.*|be the first to comment\.*|view comments|show comments|jump to (the )?comments( section)?|leave a comment|add a comment|post a comment|join the (conversation|discussion)|comment on this (story|article))$/i,
    reason: 'comments widget',
    endsArticle: true,
  },
  {
    name: 'sharing-buttons',
    // "Facebook Twitter Email LinkedIn Reddit Pinterest": a row of share buttons (extraction benchmark).
    re: /^((share|sharing)( all sharing options)?( on| via| this)?:?\s.*|((facebook|twitter|x|email|e-mail|mail|linkedin|reddit|pinterest|whatsapp|telegram|tumblr|flipboard|messenger|sms|print|share|tweet|submit|google\+|copy|link|comments?)\s*){2,}|close share panel|these are external links and will open in a new window)$/i,
    reason: 'sharing buttons',
  },
  {
    name: 'appeal-button',
    // An appeal's or a subscription's button on a line of its own: "Support Now", "Give" (a gift subscription), "Donate".
    re: /^(support( us)?( now| today)?|donate( now| today)?|give( now| a gift)?|subscribe( now| today)?|become a (member|supporter|subscriber)|unlock (this )?article|(get|try) (full |unlimited )?access|accept( all| cookies)?|reject all|manage (cookies|preferences|settings)|cookie (settings|preferences))$/i,
    reason: "an appeal's, a subscription's or a cookie banner's button",
  },
  {
    name: 'sharing-widget',
    // "• Link copied" (sample 002); one share service a line ("Reddit", "Pocket", "Flipboard", benchmark page 6a72).
    re: /^(link copied|copy (this )?link|copied!?|read later|save for later|gift( unlocked| this)? article|\+?\s?follow|follow (the )?(author|topic|us)|resize|save (this )?(articles?|stories|story) (to read later|for later)\b.{0,80}|view all( \(\d+\))?|report( this)?|share( this( article| story| page)?)?:?|click to (share|email|print|tweet)\b.*|share (on|via) \w+|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|telegram|pocket|flipboard|pinterest|tumblr|mastodon|bluesky|messenger|sms|x|save|(read|learn) more about sharing\.?|bookmark|listen|listen to (this )?(article|story)\b.{0,40}|your browser does not support the\b.{0,40}|press play to listen to this article|listen\s*[·•|]?\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}|toggle more options|download|embed|transcript|voiced by artificial intelligence\.?|font size|text size|print( this)?( page| article| story)?|a\s*a|поделиться|поділитися|공유하기|teilen|partager|compartir|compartilhar|condividi|シェア)$/i,
    reason: 'sharing or reading control',
  },
  {
    name: 'sharing-widget',
    // "Print this page (opens in a new window)": unanchored, so that the union of the anchored patterns stays anchored.
    re: /\(opens in (a )?new window\)$/i,
    reason: 'sharing or reading control',
  },
  {
    name: 'section-label',
    // "Related Articles", "Most Popular", "More from Headlines", "Latest news" (samples 000, 002).
    re: /^(related( articles| stories| news| content| coverage| topics| reading| links)?( from\b.{0,60})?|most (popular|read|viewed|shared)|more from\b.{0,60}|more (news|stories|articles|on this story)|more|read more|read next|recommended( for you| stories)?|trending( now| stories)?|you (may|might) also like|editor'?s? picks?|top stories|latest( news| stories)?|in other news|also read|see also|what to read next|popular( now| stories)?|don'?t miss|must read|further reading|up next)\s*:?$/i,
    reason: 'section label',
    endsArticle: true,
  },
  {
    name: 'section-label',
    // The same labels in the languages of the archive's sources: Russian, Ukrainian, Korean, Japanese, German, French,
    // Spanish, Portuguese.
    re: /^(читайте также|читайте ещё|читайте еще|самое читаемое|самое популярное|новости по теме|по теме|другие новости|читайте також|найпопулярніше|новини за темою|за темою|інші новини|관련\s?기사|관련\s?뉴스|많이\s?본\s?(뉴스|기사)|인기\s?기사|주요\s?뉴스|추천\s?기사|최신\s?기사|関連記事|あわせて読みたい|人気記事|おすすめ記事|lesen sie auch|mehr zum thema|meistgelesen(e artikel)?|das könnte sie auch interessieren|weitere artikel|(à )?lire aussi|les plus lus|sur le même sujet|(à )?voir aussi|lea también|lo más leído|noticias relacionadas|te puede interesar|leia também|mais lidas|notícias relacionadas|veja também)\s*[:：]?$/i,
    reason: 'section label',
    endsArticle: true,
  },
  {
    name: 'appeal-label',
    // The heading of an appeal set under the story: "A Message from The Moscow Times:", "Dear readers,". What follows is
    // the appeal's letter, prose though it is.
    re: /^(a (message|note|letter) from\s.{2,60}|dear (readers?|friends|subscribers))\s*[:,.!]?$/i,
    reason: "the heading of an appeal's letter",
    endsArticle: true,
  },
  {
    name: 'tags-label',
    // "Tags", "Filed under": the article's keywords come after its last line, never inside it (benchmark page cc03).
    re: /^(tags|tagged( with)?|topics|filed under|categories|category)\s*:?$/i,
    reason: 'section label',
    endsArticle: true,
  },
  {
    name: 'contributor-credit',
    // "Keith Bradsher contributed reporting from Hong Kong." closing a report (benchmark pages 702d, 82b6).
    // Unanchored: the line is short (FURNITURE_MAX_CHARS), and a pattern starting with ".{0,200}" tried every prefix.
    re: /\bcontributed (reporting|to this (report|story|article))\b.{0,80}$/i,
    reason: 'contributor credit',
  },
  {
    name: 'contributor-credit',
    // "Translated by Claire Shinn. Edited by Eugene Whong and Malcolm Foster." (Radio Free Asia) closing a report.
    re: /^((translated|edited|produced|fact-checked) by [^.]{3,80}\.\s*){1,3}$|^some (information|material|reporting) (for|in) this (report|story|article) (came|comes) from\b/i,
    reason: 'contributor credit',
  },
  {
    name: 'follow-prompt',
    // "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube." (benchmark pages 70cb, 04a6).
    re: /^(follow|like|join) (us|@?\S+( \S+){0,6}) on (facebook|twitter|instagram|youtube|x|tiktok|linkedin|telegram|whatsapp)\b.{0,80}$/i,
    reason: 'social-media follow prompt',
  },
  {
    name: 'follow-prompt',
    // "Подписывайтесь на наш канал в Telegram", "Підписуйтесь на нас у соцмережах": Russian and Ukrainian sites close
    // their stories with one.
    re: /^(подписывайтесь|подпишитесь|підписуйтесь|підпишіться) (на|у|в) .{0,80}(канал|telegram|телеграм|соцсет|соцмереж|facebook|youtube|instagram|viber|twitter).{0,40}$/i,
    reason: 'social-media follow prompt',
  },
  {
    name: 'related-link',
    // "Related: 7 Strange Signs You're Having an Allergic Reaction", "READ MORE: …" inside a body (benchmark page bd67).
    re: /^(related|read more|read also|also read|see also|more|watch|listen|recommended|must read)\s*:\s*\S.{0,150}$/i,
    reason: 'link to a related story',
  },
  {
    name: 'related-link',
    // "Читайте также: Зеленский призвал…", "Lesen Sie auch: …", "Lire aussi : …", "[관련기사] …": the same in the
    // languages of the archive's sources, a dash allowed for the colon.
    re: /^(((читайте|смотрите) (также|ещё|еще)|читайте також|дивіться також|lesen sie auch|mehr zum thema|(à )?lire aussi|(à )?voir aussi|lea también|leia também|veja também|관련\s?기사)\s*[:：—–-]|\[관련\s?기사\])\s*\S.{0,150}$/i,
    reason: 'link to a related story',
  },
  {
    name: 'advertising-label',
    re: /^(advertisement|advertising|advert|ad|ads|sponsored( content)?|promoted( content)?|paid (content|post)|partner content|story continues( below( this)?( ad(vertisement)?)?)?|sponsor message|scroll to continue( with content)?|continue reading( below)?|реклама|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|광고|広告)$/i,
    reason: 'advertising label',
  },
  {
    name: 'video-label',
    // "VIDEO03:45", "Watch 2:31": an embedded video's label and length; its title follows (benchmark page ffc1).
    re: /^(video|watch( now)?|play)\s*\d{1,2}:\d{2}(:\d{2})?$/i,
    reason: "an embedded video's label and length",
  },
  {
    name: 'video-ad',
    // An outstream video ad's end card and controls: "Thanks for watching!Visit Website" (benchmark page e1cd).
    re: /^(thanks for watching!?\s*(visit (the )?(advertiser'?s? )?website)?|visit (the )?advertiser'?s? website|skip (this )?ad|ad \d+ of \d+|replay video|watch again)$/i,
    reason: 'video advertisement',
  },
  {
    name: 'app-prompt',
    // "DOWNLOAD THE APP", "Get started now: download the app", store badges' alt text run together.
    re: /^(.{0,40}\bdownload (the|our)\b.{0,20}\bapp\b.{0,20}|get (it|the app) on .*|app[- ]?store.*|available on the app store.*)$/i,
    reason: 'app download prompt',
  },
  {
    name: 'app-prompt',
    // "… Google Play Store": a store badge's alt text run together with the line before it (unanchored, as above).
    re: /play[- ]?store$/i,
    reason: 'app download prompt',
  },
  {
    name: 'copyright',
    // "저작권자 © 연합뉴스, 무단 전재-재배포 금지" (Korean: the rights holder, reproduction forbidden), "Все права защищены".
    re: /^(©|ⓒ|copyright\b|\(c\)\s*\d{4}|all rights reserved|저작권자|무단\s?(전재|복제)|все права защищены|усі права захищені|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados).*/i,
    reason: 'copyright notice',
  },
  {
    name: 'reading-time',
    re: /^(\(?\d+\s*(min|mins|minute|minutes)( read| to read)?\)?|reading time:?.*)$/i,
    reason: 'reading-time label',
  },
  {
    name: 'broadcast-credit',
    // The radio or television programme a story was heard or seen on: "Heard on Morning Edition" (NPR), "As seen on …".
    re: /^(heard on|as (heard|seen) on|seen on) [^.!?]{2,50}$/i,
    reason: 'the programme the story was broadcast on',
  },
  {
    name: 'reporting-from',
    // The New York Times prints where the writer reports from under the byline: "Reporting from Seoul".
    re: /^reporting from [^.!?:;]{2,60}$/i,
    reason: 'where the writer reports from, in the byline',
  },
  {
    name: 'trust-notice',
    // Sky News' "Why you can trust Sky News", a link to its standards printed over the body.
    re: /^why you can trust( [^.!?]{2,40})?$/i,
    reason: "a link to the outlet's standards",
  },
  {
    name: 'contact-prompt',
    // "Write to us", "Please direct any comments or questions to [dailynkenglish@uni-media.net]." under a story.
    re: /^(write to us|contact us|send us (a tip|your (tips|feedback))|(please )?(direct|send) (any )?(comments|questions|tips|feedback)( (or|and) (questions|comments|corrections))? to \S+@\S+)\.?$/i,
    reason: 'a prompt to contact the outlet',
  },
  {
    name: 'archive-notice',
    // The Guardian's "This article is more than 1 year old", over the headline of an old article.
    re: /^this (article|story|page|content) (is (more|over) than \d+ (years?|months?) old|was published (more|over) than \d+ (years?|months?) ago)\.?$/i,
    reason: "notice of the article's age",
  },
];

/**
 * A cookie banner's paragraph, by how it opens, however long: "This website uses cookies to improve your experience
 * while you navigate …", "Necessary cookies are absolutely essential …" (benchmark page 612c). Anchored, so it is
 * tried on every block at the cost of a glance at its first words.
 */
export const COOKIE_PARAGRAPH = /^(this (site|website)|we)( and (our|its) (partners|vendors))? uses? cookies\b|^(strictly )?(necessary|non-necessary|functional|performance|analytics|advertising|targeting|marketing) cookies\b/i;

/** Contained phrases that mark a short block as an appeal or notice, not reporting. */
export const APPEAL_PHRASES: readonly FurniturePattern[] = [
  {
    name: 'donation-appeal',
    // Donation and subscription banners: "readers like you", "support independent journalism".
    re: /\b(we may (receive|earn) (a )?(small )?commission|we need your (help|support)|readers like you|\d+ issues for\b|subscribe (now|today) and save|contribute what you can|(please )?(consider )?(donat(e|ing)|contribut(e|ing)) (to|today|now)|support(ing)? (our|independent|quality|truly independent) (journalism|reporting|mission)|support us (to|in|by)\b|every contribution (counts|matters|helps)|quality journalism is more (crucial|important|vital|needed) than ever|by subscribing,? you (can )?help|your support (keeps|helps|allows|makes)\b|^our mission is to\b|['’]s mission is to\b|(consider )?supporting our work by|becom(e|ing) (a|our) (member|supporter|subscriber|patron)|make a (contribution|donation)|advertising revenue|please support us\b.{0,20}\b(monthly|today|now)|no matter how small|by supporting (us|the .{0,40}|our .{0,40}), you('re| are)|unlock the .{0,40} for free|you have \d+ free (articles?|stories|reads) left|subscribe for (unlimited|full) access|for unlimited access|^subscribe to\b.{1,60}\bfor (in-depth|unlimited|full|exclusive|more)\b)\b/i,
    reason: 'donation or subscription appeal',
  },
  {
    name: 'app-download',
    // "Download the <outlet> app today from your app store", "Get it on Google Play", a store badge: a prompt, whatever
    // the outlet is called. A store named in reporting ("apps sold outside the App Store") is not (benchmark page 8543).
    re: /\b(download (the |our )?\S+ app|(get it|available|download it|find us|install it) (on|from|in) (the |your )?(app store|google play|play store)|from your (preferred )?(app store|play store)|(audio|podcasts|app) on (ios|android) (or|and) (ios|android))\b|^(download on the )?(app store|google play|play store)$/i,
    reason: 'app download prompt',
  },
  {
    name: 'newsletter',
    // Also an e-mail briefing or digest by any name ("Sign up to our free Morning Headlines email", "Sign up for our daily
    // briefing", "the War in Ukraine myFT Digest -- delivered directly to your inbox", "in this weekly newsletter").
    re: /^sign up here\.?$|\b((sign up|subscribe) (for|to) (our|the)\b.{0,40}\b(newsletter|email|e-mail|briefing|digest)s?|(sign up|subscribe) (for|to) .{0,30}(newsletters?|digest)|newsletter sign[- ]?up|get (our|the) newsletter|no spam, we promise|you can unsubscribe at any time|delivered (directly |straight )?to your inbox|sent (directly |straight )?to your inbox|(weekly|daily|free) newsletter|from our\b[^.]{0,40}\bnewsletter|^stay informed with (free|our) (updates|alerts)$|^sign up for the latest (news|updates|headlines)\b)\b/i,
    reason: 'newsletter prompt',
  },
  {
    name: 'marketing-consent',
    // The consent box under a sign-up form: "I would like to be emailed about offers …", "By registering, you consent to
    // receiving marketing emails …".
    re: /\bwould like to be emailed\b|\bconsent to receiv(e|ing) (marketing|emails?|offers)\b|\bread our privacy (notice|policy)\b/i,
    reason: 'a marketing consent',
  },
  {
    name: 'comments-policy',
    // "The Telegraph values your comments but kindly requests all posts are on topic …": the comments' rules.
    re: /\bvalues your comments\b|\b(review|read) our (commenting|comments|community) (policy|guidelines|standards)\b|\bjoin (our|the) (commenting|comments?) (forum|section|community)\b|\bjoin thought-provoking conversations\b/i,
    reason: "the rules of the comments section",
  },
  {
    name: 'print-edition',
    // "A version of this article appears in print on Nov. 6, 2024, Section A, Page 8 of the New York edition …".
    // "This article appeared in the Asia section of the print edition under the headline …" (The Economist), "Appeared in the
    // November 6, 2024, print edition as '…'" (The Wall Street Journal).
    re: /^a version of this (article|story|review) (appears|appeared) in print\b|^(this (article|story) )?appeared in the\b.{0,60}\bprint edition\b/i,
    reason: 'print edition note',
  },
  {
    name: 'cookie-notice',
    // The consent before the cookies too: "By choosing I Accept, you consent to our use of cookies…" (benchmark page 6a72).
    // And the banner's own heading ("Cookies on FT Sites", "Your privacy") and text ("We and our partners use cookies and
    // similar technologies on this site …", "We use cookies to provide you with a better service …").
    re: /\bcookies?\b.{0,80}\b(accept|consent|settings|preferences|policy)\b|\b(accept|consent|agree)\b.{0,80}\b(use|placement) of cookies\b|^(cookies on .{1,40}|(your|we value your) privacy( choices| settings| options)?|privacy (settings|preferences|choices)|cookie consent)$|\buses? cookies\b(?<=\b(we|site|website|partners|vendors) uses? cookies)|\bmanage (your )?cookies\b/i,
    reason: 'cookie notice',
  },
];

/** Names of the appeals above: after one, the body goes on only where a run of paragraphs follows (benchmark page c69e). */
export const APPEAL_NAMES = new Set(APPEAL_PHRASES.map((p) => p.name));

/** The pattern matches only from the start of the line: it opens with "^" and has no "|" outside its groups. */
export function isAnchored(re: RegExp): boolean {
  const source = re.source;
  if (!source.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

function unionOf(patterns: readonly FurniturePattern[]): RegExp | null {
  return patterns.length === 0 ? null : new RegExp(patterns.map((p) => `(?:${p.re.source})`).join('|'), 'i');
}

/**
 * The first pattern of a list that matches, tested through unions of them first: most lines are no furniture, and
 * one test rejects them where a dozen would. The patterns anchored at the line's start go in a union of their own,
 * which fails at the first character; one unanchored pattern in it would make the whole union search every position.
 */
function firstMatching(patterns: readonly FurniturePattern[]): (text: string) => FurniturePattern | undefined {
  const anchored = unionOf(patterns.filter((p) => isAnchored(p.re)));
  const searched = unionOf(patterns.filter((p) => !isAnchored(p.re)));
  return (text) => (anchored?.test(text) || searched?.test(text) ? patterns.find((p) => p.re.test(text)) : undefined);
}

export const matchLineFurniture = firstMatching(LINE_FURNITURE);
export const matchAppeal = firstMatching(APPEAL_PHRASES);

/** Names of the section labels after which nothing belongs to the article above. */
export const ENDS_ARTICLE = new Set(LINE_FURNITURE.filter((p) => p.endsArticle).map((p) => p.name));

/** Appeal phrases only decide short blocks: a long report about donations must survive. */
export const APPEAL_MAX_CHARS = 400;

/** A wire story's end mark closing its last paragraph: "… in return for the deployment. (END)" (Yonhap). */
export const TRAILING_END_MARK = /\s+\(END\)$/;

/**
 * Photo credit at the end of a line: "Photo: <photographer>/<agency>/Getty Images", "<name>/Alamy Stock Photo";
 * a credit in parentheses naming an institution is handled as a doubled caption instead.
 */
export const TRAILING_CREDIT = /(\s*\((?:(?:AP|AFP|EPA|UPI|Reuters|Getty|Xinhua)\s+(?:Photo|Images?)\b[^()]*|(?:photo|image|picture)s?(?: credit)?\s*(?:by\b|:)[^()]*|[^()\s]+(?:\s[^()\s]+){0,4}\/[^()]*)\)|\s*\b(photo|photograph|image|picture|video|credit|illustration)s?( by)?\s*:\s*[^.!?]{2,120}|\s+(\(?(AP|AFP|EPA|Reuters|Getty|Xinhua|Yonhap|AFP via Getty Images)( Photo)?\)?\s*)?[^.!?]{0,60}\b(getty images|stock photo|shutterstock|alamy|ap photo|afp photo|reuters photo|via reuters|via getty images|via ap|via afp|via epa|via yonhap)\b[^.!?]{0,60})$/i;
/**
 * A photo credit ending the line, as TRAILING_CREDIT finds it. Every form of it ends in a bracket, a name or a
 * label's text, never in a full stop, so a line that does (most prose) is let through without the pattern, which
 * is slow on long lines.
 */
export function trailingCredit(text: string): RegExpExecArray | null {
  return /[.!?]$/.test(text) ? null : (TRAILING_CREDIT.exec(text) ?? TRAILING_NAME_CREDIT.exec(text));
}

/**
 * A photographer's name and agency after the caption's last sentence, set off by a spaced slash: "Vladimir Putin and Kim
 * Jong Un in Pyongyang in June. Gavriil Grigorov / TASS" (The Moscow Times).
 */
const TRAILING_NAME_CREDIT = /(?<=[.!?]["'”’]?)\s+(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\/\s\p{Lu}[\p{L}&.'’ -]{1,40}$/u;

/**
 * A caption in news-agency style, whose credit may be missing: "This March 28, 2017, file photo, provided by … shows …",
 * "In this Oct. 5, 2024, photo, …" (benchmark page c58a), "This photo provided by the Ukrainian Presidential Press
 * Office shows …". A date between "this" and the photo, or the photo's provenance after it; or the note agencies put
 * under images North Korea's state media hand out ("Independent journalists were not given access to cover the event
 * depicted in this image distributed by the North Korean government.").
 */
export const AGENCY_CAPTION = /^(in )?this (?:(?=[^,]*\d)(?:\S+,? ){1,4}(file |handout |undated )?(photo|image|picture|frame grab|satellite image)s?\b|(file |handout |undated )?(photo|image|picture|frame grab|satellite image)s? (provided|released|distributed|taken|made available|obtained)\b)|^independent journalists were not given access to (cover )?the event depicted in this (image|photo)/i;

/** A cheap test that a line may end in a credit, so the costly TRAILING_CREDIT runs on few lines. */
export const CREDIT_HINT = /photo|image|picture|credit|courtesy|getty|stock|shutterstock|alamy|video|illustration|\/|via |foto|фото|bild\s?:|immagine|사진|写真/i;
/** Credit lines are short. */
export const CREDIT_LINE_MAX_CHARS = 90;

/**
 * A line that is only a photo credit: "Credit...", "Doug Mills/The New York Times", "GETTY", "Amy K. Dragoo/AIMMEDIA"
 * (extraction benchmark pages, between a headline and its body), "Courtesy of Andrew Vaughan" (page bdb5), "New York
 * State Sex Offender Registry via AP" (page c58a).
 */
export const CREDIT_LINE = /^((image|photo|picture) (copyright|caption|source)\b.*|((photo|image|picture)s? )?courtesy( of)?\s+\S.{0,70}|(photo |image )?credits?\s*(:|\.{2,}|…)?|(\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*\s?\/\s?(The\s)?\p{Lu}[\p{L}&.'’ -]*|getty( images)?|shutterstock|istock(photo)?|alamy( stock photo)?|(\p{Lu}+\/)?(AFP|EPA|AP|Reuters) via Getty Images|(\p{Lu}[\p{L}.'’&-]*\s){1,6}via (AP|AFP|EPA|Reuters|Getty Images)|[^.!?]{0,60}\bvia (AP|AFP|EPA|Reuters|Getty Images),? file( photo)?|photographer\s*:\s*\S.{1,80}|(photo|photograph|image|picture|foto|фото|bild|imagen|imagem|immagine|写真)s?\s?[:：]\s?.{2,80}|\[?사진\s?(제공)?\s?=\s?[^\]]{2,60}\]?)$/iu;

/** A Korean reporter's titles: reporter, correspondent, senior and guest reporter, stringer. */
const KOREAN_REPORTER_TITLES = '선임기자|객원기자|기자|특파원|통신원';

/**
 * A Korean agency's dateline: the place and the agency in brackets, then the reporter and his title ("(서울=연합뉴스)
 * 김철수 기자 = 북한군이 …").
 */
export const KOREAN_DATELINE = new RegExp(`^\\(([가-힣]{1,10})=([^()=]{2,20})\\)\\s*(?:([가-힣]{2,4})\\s?(?:${KOREAN_REPORTER_TITLES}))?`);

/**
 * A Russian or Ukrainian agency's dateline: the place in capitals, the day and month, then the agency after a dash
 * ("МОСКВА, 30 окт — РИА Новости.") or between slashes ("МОСКВА, 30 октября. /ТАСС/."). After the dash, one to three
 * capitalised words and a full stop: "ХАРЬКОВ, 30 окт — Взрывы прогремели в центре." is the story, not its credit.
 */
export const CYRILLIC_DATELINE = /^[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐ -]{1,30},\s+\d{1,2}\s+[а-яёіїєґ]{3,9}\.?\s*(?:[—–-]\s*([А-ЯЁІЇЄҐA-Z][^\s./]*(?:\s["«]?[А-ЯЁІЇЄҐA-Z][^\s./]*){0,2})\.\s|\/\s*([^/]{2,20}?)\s*\/)/;

/** TASS's English dateline, the agency between slashes: "MOSCOW, November 5. /TASS/." */
export const SLASHED_AGENCY_DATELINE = /^[A-Z][A-Z .'-]{1,30}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)\.?\s*\/([A-Za-z][\w .&-]{1,20})\/\.?\s/;

/** The agency a Russian or Ukrainian dateline, or one naming the agency between slashes, names, if the paragraph opens with one. */
export function slashedDatelineAgency(text: string): string | null {
  const m = CYRILLIC_DATELINE.exec(text);
  if (m) return (m[1] ?? m[2])!.trim();
  return SLASHED_AGENCY_DATELINE.exec(text)?.[1]?.trim() ?? null;
}

/** The paragraph opens with an agency's dateline, in English, Korean, Russian or Ukrainian: the story's first words. */
export function opensWithDateline(text: string): boolean {
  return DATELINE.test(text) || KOREAN_DATELINE.test(text) || CYRILLIC_DATELINE.test(text) || SLASHED_AGENCY_DATELINE.test(text);
}

/** A line that opens with an agency dateline: "SEOUL, Jan. 30 (Yonhap) --" (sample 001). */
export const DATELINE = /^([A-Z][A-Z .'-]{1,40}(, [A-Z][A-Za-z .'-]{1,30})?,?\s+(([A-Z][a-z]{2,8}\.?\s+\d{1,2})|(\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s*\(([A-Za-z][\w .&-]{1,40})\)\s*(--|—|–|-)\s*)/;

/** "<Outlet>'s Jane Doe reports." / "Reuters' Jane Doe reports": an outlet and its reporter. */
export const REPORTS_SENTENCE = /(?:^|[.!?]\s+)((?:[A-Z][\w&.]*\s?){1,4})['’]s?\s+((?:[A-Z][a-z'’-]+\s){1,3}[A-Z][a-z'’-]+)\s+reports?\.?\s*$/;

/**
 * Words of a label that a header may print where a writer's credit would go ("Breaking News", "Live Updates", "World
 * News"): a line made of them alone names no one.
 */
export const HEADER_LABEL_WORDS = new Set([
  'analysis', 'breaking', 'business', 'commentary', 'culture', 'editorial', 'entertainment', 'exclusive', 'explainer',
  'fact', 'check', 'feature', 'health', 'latest', 'live', 'local', 'national', 'news', 'opinion', 'photos', 'politics',
  'report', 'science', 'special', 'sport', 'sports', 'story', 'tech', 'technology', 'top', 'travel', 'update', 'updates',
  'video', 'weather', 'world',
]);

/**
 * A writer's job title on a line of its own, under the writer's name: "News reporter @TomGillespie1" (benchmark page
 * 9210), "Senior Contributor" (page a078), "Staff Writer". A few qualifying words, the role, and the writer's handle.
 * Only roles of those who write the story: an analyst, a producer or a photographer is as often a quoted source or a
 * picture's credit.
 */
const JOB_TITLE = /^((senior|chief|staff|deputy|associate|assistant|contributing|special|political|foreign|diplomatic|defen[cs]e|security|business|sports?|news|health|science|tech(nology)?|economics|world|national|local|digital|executive|managing|investigative|freelance|guest|lead|editorial|data)\s+){0,3}(reporter|correspondent|editor|contributor|writer|columnist|journalist|critic|blogger)(\s+@\w{2,30})?$/i;
/** The place or region a correspondent covers, before the role: "Seoul correspondent", "North Korea Correspondent". */
const PLACE_BEFORE_ROLE = /^\p{Lu}[\p{L}.'’-]*(\s\p{Lu}[\p{L}.'’-]*)?\s+(?=\S)/u;

/** A job title, handle included, is this short; the line under every title is asked, most of them prose. */
const JOB_TITLE_MAX_CHARS = 60;

/** The last letters of the roles ("reporter", "correspondent", "critic"), in small letters. */
const ROLE_ENDINGS = new Set(['r', 't', 'c']);

export function isJobTitleLine(text: string): boolean {
  if (text.length > JOB_TITLE_MAX_CHARS) return false;
  // Most short lines end in another letter, and so are no role; a handle may close the line instead.
  if (!ROLE_ENDINGS.has(text.charAt(text.length - 1).toLowerCase()) && !text.includes('@')) return false;
  if (JOB_TITLE.test(text)) return true;
  const place = PLACE_BEFORE_ROLE.exec(text);
  return place !== null && JOB_TITLE.test(text.slice(place[0].length));
}

/**
 * A Korean reporter's signature: the name, the title 기자 (reporter) or 특파원 (correspondent), and often the e-mail
 * address ("김철수 기자 kimcs@yna.co.kr"), at the end of the story or before its first words.
 */
export const KOREAN_BYLINE = new RegExp(`^([가-힣]{2,4})\\s?(?:${KOREAN_REPORTER_TITLES})(?:\\s*=)?(?:\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)?$`);

/** "By Yonhap", "By Jane Doe and John Roe" on its own line. */
export const BYLINE_LINE = /^by\s*:?\s+(.{2,120})$/i;

/**
 * The byline's label in the other languages of the archive's sources: German "Von", French "Par", Spanish and
 * Portuguese "Por"; and "Author:" with its translations, which need their colon ("Auteur Theory" is a title), English
 * included. A title may open with one of the short words ("Von Miller Signs With Bills", "Por fin…"), so what follows
 * is held to a name's shape more strictly than after "By".
 */
export const LABELLED_NAME_LINE = /^(?:(?:von|par|por)\s*:?|(?:authors?|autor(?:in|a)?|auteur|autore|автор|авторка|автори)\s*:)\s+(.{2,80})$/i;

/** `time2 hours ago`, `3 days ago` (sample 000): a relative time stamp. */
export const RELATIVE_TIME = /(\d+)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\s+ago\b/i;

/**
 * "Today 12:01 AM" (benchmark page 8743), "Yesterday at 5:30 pm": a day named from the capture's, with the time of
 * day. The time is required: "Today" alone is as often a menu's item (a section, a show's name).
 */
export const RELATIVE_DAY = /^(today|yesterday),?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?$/i;

/**
 * The labels a page prints before its dates, in the languages of the archive's sources: the publication's, the last
 * update's, and the date's alone. An update's date is never the publication's, whichever line comes first ("Обновлено:
 * 31 октября" over "Опубликовано: 30 октября").
 */
export const PUBLISHED_LABELS = [
  'first published', 'published', 'posted', 'issued', 'veröffentlicht', 'erschienen', 'publié', 'mis en ligne', 'publicado',
  'postado', 'pubblicato', 'gepubliceerd', 'опубликовано', 'опубліковано', 'дата публикации', 'дата публікації', '입력',
  '기사입력', '입력일', '등록', '등록일', '게재', '公開', '公開日', '掲載', '掲載日', '投稿', '投稿日', '发布', '发布时间',
  '發布', '發佈時間', '发表',
];
export const UPDATED_LABELS = [
  'last updated', 'updated', 'modified', 'zuletzt aktualisiert', 'aktualisiert', 'geändert', 'mis à jour', 'modifié',
  'actualisé', 'actualizado', 'atualizado', 'modificado', 'aggiornato', 'modificato', 'bijgewerkt', 'обновлено',
  'изменено', 'оновлено', '수정', '수정일', '최종수정', '업데이트', '更新', '更新日', '更新时间',
];
const PLAIN_DATE_LABELS = ['date', 'datum', 'fecha', 'data', 'дата'];

/** The label's words, longest first so that "last updated" is not read as "updated"... */
const LABEL_WORDS = [...PUBLISHED_LABELS, ...UPDATED_LABELS, ...PLAIN_DATE_LABELS].sort((a, b) => b.length - a.length).join('|');
/**
 * ...then a word that joins it to the date ("Published on", "Publié le", "Aktualisiert am", "Опубликовано в") and a
 * colon: "Published : Oct. 30, 2024 - 09:26" (sample 002). A letter right after the label makes it another word.
 */
export const DATE_LABEL = new RegExp(`^(${LABEL_WORDS})(?![\\p{L}\\p{N}])\\s*(?:(?:on|at|am|le|el|em|il|в|о)(?![\\p{L}\\p{N}]))?\\s*[:：]?\\s*`, 'iu');
/** An update's label right before a date, anywhere on a line: "By Al Root Updated Nov. 19, 2019 … / Original …". */
export const UPDATED_BEFORE_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(${UPDATED_LABELS.join('|')})(?![\\p{L}\\p{N}])[^\\p{L}\\p{N}]*$`, 'iu');

/** Which date a label announces. */
export function dateLabelKind(label: string): 'published' | 'updated' | 'other' {
  const word = label.toLowerCase().replace(/\s+/g, ' ');
  if (UPDATED_LABELS.includes(word)) return 'updated';
  return PLAIN_DATE_LABELS.includes(word) ? 'other' : 'published';
}
