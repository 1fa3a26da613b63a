// Captures of one syndicated story as three outlets printed it (lightly edited each time), and an unrelated on-topic article.
import { dumpText } from './storeArchive.ts';

/** The wire text every outlet carried; each copy below changes its first sentence or drops a paragraph. */
const WIRE = [
  'North Korean troops deployed to Russia have suffered heavy casualties in their first weeks of fighting in the Kursk region, South Korea\'s spy agency told lawmakers on Wednesday.',
  'The National Intelligence Service said at least 100 North Korean soldiers had been killed and around 1,000 wounded since the troops were sent into combat against Ukrainian forces in December.',
  'The agency said the high losses were due to the unfamiliar battlefield terrain and the troops\' lack of experience against drone attacks, according to lawmaker Lee Seong-kweun, who briefed reporters after a closed-door session.',
  'North Korea has sent about 11,000 soldiers to Russia, according to assessments by Seoul, Washington and Kyiv, and Ukraine says the units have been thrown into assaults alongside Russian marines and paratroopers.',
  'Pyongyang is also believed to be preparing to rotate in additional troops, and may send more artillery shells and short-range missiles, the lawmaker said, citing the intelligence service.',
  'Neither Moscow nor Pyongyang has officially confirmed that North Korean troops are fighting in the war, though Russian President Vladimir Putin has not denied reports of their presence.',
];

const withFirst = (first: string, rest: readonly string[]) => [first, ...rest.slice(1)];

/** The Korea Herald's print of the wire story. */
export const STORY_COPY_A = dumpText({
  outlet: 'The Korea Herald',
  headline: 'N. Korean troops suffer heavy losses in Kursk: NIS',
  byline: 'Yonhap',
  dateLine: 'Published : Dec. 19, 2024 - 14:02',
  paragraphs: WIRE,
});

/** Another outlet's copy: a changed first sentence and its own headline. */
export const STORY_COPY_B = dumpText({
  outlet: 'Newsweek',
  headline: 'Spy agency says North Korean soldiers taking heavy casualties fighting for Russia',
  byline: 'Reuters',
  dateLine: 'Published : Dec. 19, 2024 - 09:15',
  paragraphs: withFirst(
    'Hundreds of North Korean soldiers fighting for Russia have been killed or wounded in the Kursk region, Seoul\'s intelligence agency said on Wednesday, in its first public estimate of the losses.',
    WIRE,
  ),
});

/** A third copy arriving later: another headline, another first sentence, the last paragraph cut. */
export const STORY_COPY_C = dumpText({
  outlet: 'NBC News',
  headline: 'North Korea\'s troops in Russia hit hard in first weeks of combat, Seoul says',
  byline: 'Associated Press',
  dateLine: 'Published : Dec. 19, 2024 - 16:40',
  paragraphs: withFirst(
    'North Korea\'s soldiers have taken heavy casualties since entering combat in Russia\'s Kursk region this month, South Korean intelligence officials said Wednesday.',
    WIRE,
  ).slice(0, -1),
});

/** On topic (North Korea and the war) but a different story altogether. */
export const UNRELATED = dumpText({
  outlet: 'Fox News',
  headline: 'Zelenskyy offers to swap captured North Korean soldiers for Ukrainian prisoners',
  byline: 'Jane Doe',
  dateLine: 'Published : Jan. 12, 2025 - 08:30',
  paragraphs: [
    'Ukrainian President Volodymyr Zelenskyy said Sunday that Kyiv was ready to hand over two North Korean soldiers captured in the Kursk region if Kim Jong Un could arrange their exchange for Ukrainians held in Russia.',
    'The two men were taken prisoner by Ukrainian special forces and paratroopers, Zelenskyy said in a post on social media, sharing a video of the interrogation in which one of them said he had been told he was going to a training exercise.',
    'South Korea\'s intelligence service confirmed the capture and said it was cooperating with Ukraine, adding that one of the soldiers had said he wished to stay in Ukraine rather than go back to the North.',
    'Seoul has said it would accept any North Korean soldier who asked to defect, since its constitution regards North Koreans as citizens of the South, a position Pyongyang rejects.',
  ],
});
