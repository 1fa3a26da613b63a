// Reporting-like sentences, headlines, captions and bylines for synthetic captures, from templates with many varied slots.
import type { Palette } from './palette.ts';
import type { Random } from './prng.ts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WHEN = ['on Monday', 'late on Tuesday', 'on Wednesday', 'on Thursday', 'early on Friday', 'over the weekend', 'earlier this week', 'last week', 'in recent days', 'this month', 'last month', 'since the autumn', 'overnight', 'in the past fortnight'];
const NK_FORCES = ['North Korean troops', 'North Korean soldiers', "units of the Korean People's Army", 'North Korean artillery crews', 'North Korean special forces', 'soldiers sent by Pyongyang', 'North Korean engineers', 'North Korean missile specialists', 'North Korean officers', 'North Korean infantry battalions', 'North Korean drone operators', 'North Korean conscripts'];
const OFFICIALS = ['a senior intelligence official', 'a military spokesperson', 'two lawmakers briefed by the spy agency', 'a Western diplomat', 'analysts at a Seoul think tank', 'a Ukrainian battalion commander', 'a former defence official', 'officials in Washington', 'a European security source', 'a spokesperson for the general staff', 'researchers tracking the deployment', 'a regional governor', 'a lawmaker on the intelligence committee', 'military bloggers in Russia'];
const SAID = ['said', 'told reporters', 'said in a statement', 'told lawmakers', 'wrote on social media', 'said in an interview', 'told a briefing', 'said at a news conference', 'told state television', 'said in a televised address'];
const ESTIMATED = ['estimated', 'believed', 'assessed', 'reported', 'claimed', 'warned', 'suggested', 'concluded', 'calculated'];
const ACTIVITIES = ['advancing on foot', 'digging trenches', 'training with Russian instructors', 'regrouping after heavy shelling', 'launching small-group assaults', 'holding forest positions', 'clearing abandoned villages', 'flying reconnaissance drones', 'guarding supply routes', 'manning artillery batteries', 'moving at night in trucks', 'repairing damaged bridges'];
const SUPPLIES = ['artillery shells', 'ballistic missiles', 'multiple rocket launchers', 'self-propelled howitzers', 'rifle ammunition', 'anti-tank mines', 'fuel and spare parts', 'winter uniforms', 'radio equipment', 'armoured personnel carriers', 'field kitchens', 'short-range rockets', 'mortar rounds', 'medical supplies'];
const TECHNOLOGY = ['satellite launch technology', 'submarine propulsion know-how', 'air defence radars', 'fighter jet parts', 'missile guidance systems', 'drone manufacturing lines', 'hard currency and oil', 'food shipments and fertiliser'];
const SIZES = ['heavy', 'mounting', 'unconfirmed', 'significant', 'limited', 'growing', 'sharp', 'steady', 'modest', 'unexpected', 'staggering', 'uneven'];
const OUTCOMES = ['casualties', 'losses', 'territorial gains', 'setbacks', 'pressure on the line', 'resistance', 'desertions', 'gains near the border'];
const QUALITIES = ['disciplined', 'fearless', 'well drilled', 'exhausted', 'poorly equipped', 'young and inexperienced', 'physically tough', 'cautious', 'aggressive', 'isolated'];
const QUOTES = [
  'We are watching every movement very closely',
  'This changes the calculation for everyone in the region',
  'The numbers are growing week by week',
  'Nobody expected them to arrive this quickly',
  'They fight in large groups and they do not retreat',
  'The price for this will be paid on the Korean Peninsula',
  'We will respond to every escalation with our partners',
  'It is a partnership of convenience, not of trust',
  'Every shell that arrives from the north is used against our cities',
  'The front line is now an international problem',
  'They are learning fast, and that worries us most',
  'We need more air defence, and we need it now',
];
/** Bodies whose officials hold meetings: a sentence about a meeting names one of these, not an army or a think tank. */
const MEETING_BODIES = ['NATO', 'G7', 'European Union', 'United Nations', 'State Department'];
const FIRST_NAMES = ['Jane', 'Min-ji', 'Oleksandr', 'Sarah', 'David', 'Ji-hoon', 'Maria', 'Tom', 'Elena', 'Hyun-woo', 'Anna', 'James', 'Yulia', 'Daniel', 'Soo-jin', 'Peter', 'Iryna', 'Michael', 'Laura', 'Seung-min'];
const LAST_NAMES = ['Doe', 'Kim', 'Park', 'Lee', 'Choi', 'Smith', 'Kovalenko', 'Brown', 'Jung', 'Novak', 'Shevchenko', 'Walker', 'Han', 'Ivanova', 'Miller', 'Yoon', 'Taylor', 'Bondar', 'Clark', 'Kang'];

/** Sentence templates: fixed words are few and short, so two reports share few five-word shingles by chance. */
const SENTENCES: ((r: Random, p: Palette) => string)[] = [
  (r, p) => `${cap(r.pick(OFFICIALS))} ${r.pick(SAID)} ${r.pick(WHEN)} that ${number(r)} ${r.pick(NK_FORCES)} were ${r.pick(ACTIVITIES)} near ${r.pick(p.frontLine)}.`,
  (r, p) => `${r.pick(p.people)} ${r.pick(SAID)} the deployment near ${r.pick(p.frontLine)} had changed the war, adding that more ${r.pick(SUPPLIES)} were expected ${r.pick(WHEN)}.`,
  (r, p) => `According to ${r.pick(OFFICIALS)}, ${r.pick(NK_FORCES)} have suffered ${r.pick(SIZES)} ${r.pick(OUTCOMES)} around ${r.pick(p.frontLine)} since ${r.pick(MONTHS)}.`,
  (r, p) => `${r.pick(p.agencies)} reported that ${number(r)} tonnes of ${r.pick(SUPPLIES)} had reached ${r.pick(p.capitals)} ${r.pick(WHEN)}.`,
  (r, p) => `${r.pick(p.capitals)} has not confirmed the figures, and ${r.pick(p.people)} declined to comment ${r.pick(WHEN)}.`,
  (r, p) => `Satellite images reviewed by ${the(r.pick(p.organisations))} showed ${r.pick(SUPPLIES)} being loaded onto trains bound for ${r.pick(p.frontLine)}.`,
  (r, p) => `In ${r.pick(p.capitals)}, ${r.pick(OFFICIALS)} ${r.pick(ESTIMATED)} that cooperation between Moscow and Pyongyang would deepen before ${r.pick(MONTHS)}.`,
  (r, p) => `${cap(r.pick(NK_FORCES))} were first seen near ${r.pick(p.frontLine)} in ${r.pick(MONTHS)}, ${r.pick(OFFICIALS)} ${r.pick(SAID)}, and have since been ${r.pick(ACTIVITIES)}.`,
  (r, p) => `Ukrainian commanders near ${r.pick(p.frontLine)} described the newcomers as ${r.pick(QUALITIES)} but ${r.pick(QUALITIES)} under drone attack.`,
  (r, p) => `${r.pick(p.people)} warned ${r.pick(WHEN)} that sending ${r.pick(TECHNOLOGY)} to North Korea could destabilise the Korean Peninsula.`,
  (r, p) => `${cap(the(r.pick(p.organisations)))} ${r.pick(ESTIMATED)} that ${r.int(2, 9) * 100} of the ${r.int(10, 120) * 100} soldiers had moved closer to ${r.pick(p.frontLine)} within ${r.int(2, 9)} days.`,
  (r, p) => `${r.pick(p.agencies)} quoted ${r.pick(OFFICIALS)} as saying the ${r.pick(OUTCOMES)} near ${r.pick(p.frontLine)} were ${r.pick(SIZES)} but not decisive.`,
  (r, p) => `Kim Jong Un has praised the ${r.pick(QUALITIES)} soldiers in speeches ${r.pick(WHEN)}, while ${r.pick(p.people)} has avoided naming them.`,
  (r, p) => `Officials in ${r.pick(p.capitals)} and ${r.pick(p.capitals)} are discussing whether to send ${r.pick(SUPPLIES)} in response, ${r.pick(OFFICIALS)} ${r.pick(SAID)}.`,
  (r, p) => `The fighting around ${r.pick(p.frontLine)} has brought ${r.pick(SIZES)} ${r.pick(OUTCOMES)} for both sides, ${r.pick(OFFICIALS)} ${r.pick(SAID)} ${r.pick(WHEN)}.`,
  (r, p) => `${cap(r.pick(NK_FORCES))} are believed to rotate every ${r.int(2, 12)} weeks, according to intelligence shared with ${r.pick(p.capitals)}.`,
  (r, p) => `Residents of ${r.pick(p.frontLine)} told ${r.pick(p.agencies)} they had heard Korean spoken on military radio channels ${r.pick(WHEN)}.`,
  (r, p) => `${cap(the(r.pick(p.organisations)))} said the arrangement gave Pyongyang ${r.pick(TECHNOLOGY)} in exchange for ${r.pick(['manpower', 'soldiers', 'labourers', 'shells', 'missiles'])}.`,
  (r, p) => `${r.pick(p.people)} and ${r.pick(p.people)} discussed ${r.pick(p.frontLine)} in a ${r.int(20, 90)}-minute phone call ${r.pick(WHEN)}, their offices said.`,
  (r, p) => `Neither Moscow nor Pyongyang has confirmed the deployment to ${r.pick(p.frontLine)}, though ${r.pick(p.people)} has not denied it.`,
  (r, p) => `“${r.pick(QUOTES)},” ${r.pick(p.people)} ${r.pick(SAID)} ${r.pick(WHEN)}.`,
  (r, p) => `“${r.pick(QUOTES)},” ${r.pick(OFFICIALS)} ${r.pick(SAID)}, speaking on condition of anonymity about ${r.pick(p.frontLine)}.`,
  (r, p) => `The war in Ukraine entered its ${r.pick(['third', 'fourth'])} year with ${r.pick(SIZES)} ${r.pick(OUTCOMES)} reported from ${r.pick(p.frontLine)} to ${r.pick(p.frontLine)}.`,
  (r, p) => `Drone footage released ${r.pick(WHEN)} appeared to show ${r.pick(NK_FORCES)} ${r.pick(ACTIVITIES)} outside ${r.pick(p.frontLine)}.`,
  (r, p) => `${cap(r.pick(OFFICIALS))} ${r.pick(ESTIMATED)} that Russia had paid for the soldiers with ${r.pick(TECHNOLOGY)} and ${r.pick(TECHNOLOGY)}.`,
  (r, p) => `At least ${number(r)} soldiers were captured near ${r.pick(p.frontLine)}, ${r.pick(p.people)} ${r.pick(SAID)}, a figure ${r.pick(p.capitals)} disputes.`,
  (r, p) => `Prices for ${r.pick(SUPPLIES)} on the black market in ${r.pick(p.capitals)} rose ${r.int(5, 80)} percent, ${r.pick(OFFICIALS)} ${r.pick(SAID)}.`,
  (r, p) => `${r.pick(MEETING_BODIES)} officials will meet in ${r.pick(['Brussels', 'Geneva', 'Vienna', 'New York', 'Warsaw', 'Tokyo'])} on ${r.pick(WEEKDAYS)} to discuss the ${r.pick(SIZES)} flow of ${r.pick(SUPPLIES)}.`,
];

/** What a report is about: who did what where. Its headline and its opening sentence both say it, as real reports do. */
export interface Angle {
  subject: readonly [string, string];
  action: readonly [string, string];
  place: string;
  tail: readonly [string, string];
}

/** [as a headline says it, as the opening sentence says it]: the sentence names North Korea for the topic rules. */
const SUBJECTS = [
  ['North Korean troops', 'North Korean troops'],
  ['North Korean soldiers', 'North Korean soldiers'],
  ["Pyongyang's troops", "Pyongyang's troops"],
  ["Kim's soldiers", "Kim Jong Un's soldiers"],
  ['North Korean forces', 'North Korean forces'],
  ['N. Korean units', 'North Korean units'],
  ['North Korean gunners', 'North Korean gunners'],
  ['DPRK troops', 'DPRK troops'],
] as const;
/** [as a headline says it, as the opening sentence says it]. */
const ACTIONS = [
  ['push toward', 'pushed toward'],
  ['dig in near', 'dug in near'],
  ['suffer losses in', 'suffered losses in'],
  ['join fighting for', 'joined the fighting for'],
  ['seen near', 'were seen near'],
  ['pull back from', 'pulled back from'],
  ['reinforce Russian lines in', 'reinforced Russian lines in'],
  ['take heavy fire in', 'took heavy fire in'],
  ['expand role around', 'expanded their role around'],
  ['prepare new assault on', 'prepared a new assault on'],
  ['shell Ukrainian positions near', 'shelled Ukrainian positions near'],
  ['rotate out of', 'rotated out of'],
] as const;
/** [as a headline ends, how the opening sentence ends]: the sentence names the war, for the topic rules. */
const TAILS = [
  ['as Russia presses offensive', 'as Russia presses its offensive in Ukraine'],
  ['as talks stall', 'as talks on ending the war in Ukraine stall'],
  ['in new phase of war', 'in a new phase of the war in Ukraine'],
  ['as winter sets in', 'as winter sets in along the front in Ukraine'],
  ['as losses mount', 'as losses mount on both sides of the war in Ukraine'],
  ['ahead of summit', 'ahead of a summit on the war in Ukraine'],
  ['officials say', "in Russia's war in Ukraine, officials say"],
  ['Seoul says', 'as the war in Ukraine drags on, Seoul says'],
  ['Kyiv says', 'alongside Russian units, Kyiv says'],
  ['spy agency says', "in the war in Ukraine, South Korea's spy agency says"],
  ['analysts warn', 'in the war against Ukraine, analysts warn'],
  ['says Pentagon', "in Russia's war in Ukraine, the Pentagon says"],
  ['lawmakers told', 'in the fighting against Ukraine, lawmakers were told'],
  ['report', "in Russia's war in Ukraine, according to a report"],
] as const;

/**
 * The few front-line places, people and bodies one report is about, as a palette to draw its sentences from: a report
 * names a handful of them (and so gets a handful of tags), not the whole gazetteer.
 */
export function cast(r: Random, p: Palette): Palette {
  return { ...p, frontLine: r.sample(p.frontLine, 2), people: r.sample(p.people, 2), organisations: r.sample(p.organisations, 1), capitals: r.sample(p.capitals, 2) };
}

export function angle(r: Random, p: Palette): Angle {
  return { subject: r.pick(SUBJECTS), action: r.pick(ACTIONS), place: r.pick(p.frontLine), tail: r.pick(TAILS) };
}

export function headline({ subject, action, place, tail }: Angle): string {
  const main = `${subject[0]} ${action[0]} ${place}`;
  if (tail[0] === 'report') return `${main}: report`;
  return /says|told|warn/.test(tail[0]) ? `${main}, ${tail[0]}` : `${main} ${tail[0]}`;
}

/** The opening sentence says what the headline says, at more length, as a report's lede does. */
export function lead(r: Random, { subject, action, place, tail }: Angle): string {
  return `${subject[1]} ${action[1]} ${place} ${r.pick(WHEN)} ${tail[1]}.`;
}

/** The standfirst: the angle again, put another way. */
export function standfirst(r: Random, { subject, place }: Angle): string {
  return `${subject[1]} are playing a ${r.pick(SIZES)} part near ${place} in the war in Ukraine, ${r.pick(OFFICIALS)} ${r.pick(SAID)} ${r.pick(WHEN)}.`;
}

/** Two to four sentences; a report's first paragraph opens with its lead. */
export function paragraph(r: Random, p: Palette, opening?: Angle): string {
  const sentences = Array.from({ length: r.int(2, 4) }, () => r.pick(SENTENCES)(r, p));
  if (opening) sentences[0] = lead(r, opening);
  return sentences.join(' ');
}

const COMPANIES = ['Samsung Electronics', 'Hyundai Motor', 'SK Hynix', 'LG Energy Solution', 'Kia', 'Naver', 'Kakao', 'Posco', 'Lotte Shopping', 'CJ CheilJedang'];
const HOME_CITIES = ['Seoul', 'Busan', 'Incheon', 'Daegu', 'Gwangju', 'Daejeon', 'Ulsan', 'Tokyo', 'Osaka'];
const DOMESTIC = ['consumer prices', 'apartment sales', 'chip exports', 'tourist arrivals', 'youth unemployment', 'household debt', 'birth rates', 'electricity demand', 'online shopping', 'rice harvests'];

/** Reporting on nothing this archive collects: neither North Korea nor the war. */
const OFF_TOPIC_SENTENCES: ((r: Random) => string)[] = [
  (r) => `${r.pick(COMPANIES)} said ${r.pick(WHEN)} that its quarterly operating profit rose ${r.int(3, 60)} percent on strong demand.`,
  (r) => `${cap(r.pick(DOMESTIC))} in ${r.pick(HOME_CITIES)} ${r.pick(['rose', 'fell', 'held steady', 'jumped', 'slowed'])} ${r.pick(WHEN)}, according to figures from the statistics office.`,
  (r) => `Economists had expected ${r.pick(DOMESTIC)} to ${r.pick(['recover', 'weaken', 'stabilise'])} before ${r.pick(MONTHS)}, a survey of ${r.int(10, 40)} analysts showed.`,
  (r) => `The city government of ${r.pick(HOME_CITIES)} plans to spend ${r.int(2, 90)} billion won on ${r.pick(['parks', 'subway lines', 'public housing', 'flood barriers', 'bicycle lanes'])} over ${r.int(2, 6)} years.`,
  (r) => `Shares of ${r.pick(COMPANIES)} closed ${r.int(1, 9)} percent ${r.pick(['higher', 'lower'])} after the announcement, outperforming the benchmark index.`,
  (r) => `Organisers expect ${number(r)} visitors at the festival in ${r.pick(HOME_CITIES)}, which runs until the end of ${r.pick(MONTHS)}.`,
];

/** [as a headline says it, as the opening sentence says it]. */
const OFF_TOPIC_ACTIONS = [
  ['profit jumps on chip demand', 'said its profit jumped on strong chip demand'],
  ['shares slide after earnings miss', 'saw its shares slide after an earnings miss'],
  ['opens new factory', 'opened a new factory'],
  ['plans record investment', 'announced plans for a record investment'],
  ['faces strike over pay', 'faces a strike over pay'],
  ['cuts prices to win buyers', 'cut prices to win buyers'],
] as const;

/** A report on nothing this archive collects; like an on-topic one, its lede echoes its headline. */
export interface OffTopicAngle {
  company: string;
  action: readonly [string, string];
  city: string;
}

export function offTopicAngle(r: Random): OffTopicAngle {
  return { company: r.pick(COMPANIES), action: r.pick(OFF_TOPIC_ACTIONS), city: r.pick(HOME_CITIES) };
}

export function offTopicHeadline({ company, action, city }: OffTopicAngle): string {
  return `${company} ${action[0]} in ${city}`;
}

export function offTopicParagraph(r: Random, opening?: OffTopicAngle): string {
  const sentences = Array.from({ length: r.int(2, 4) }, () => r.pick(OFF_TOPIC_SENTENCES)(r));
  if (opening) sentences[0] = `${opening.company} ${opening.action[1]} in ${opening.city} ${r.pick(WHEN)}, ${r.pick(['the company said', 'a spokesperson said', 'local media reported', 'according to filings'])}.`;
  return sentences.join(' ');
}

/** Short headlines of other stories, as "Most Popular" and "Related" lists print them. */
export function teaser(r: Random, p: Palette): string {
  return r.chance(0.7) ? offTopicHeadline(offTopicAngle(r)) : headline(angle(r, p));
}

export function personName(r: Random): string {
  return `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
}

export function caption(r: Random, p: Palette, onTopic: boolean): string {
  if (!onTopic) return `Shoppers in ${r.pick(HOME_CITIES)} ${r.pick(['on a busy street', 'at a market', 'outside a department store'])} in this file photo.`;
  return `${cap(r.pick(NK_FORCES))} ${r.pick(ACTIVITIES)} near ${r.pick(p.frontLine)} in an undated image released by ${the(r.pick(p.organisations))}.`;
}

function number(r: Random): string {
  // Grouped by hand rather than by toLocaleString, whose output depends on the ICU data Node was built with.
  return String(r.int(2, 120) * (r.chance(0.5) ? 100 : 10)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "the Pentagon", but "NATO" and "G7": acronyms take no article. */
function the(organisation: string): string {
  return /^[A-Z0-9]+$/.test(organisation) ? organisation : `the ${organisation}`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
