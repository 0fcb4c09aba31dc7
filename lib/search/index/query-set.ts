// The queries readers' search is held to (#25), each with the posts it must rank in the top 3:
// word forms, typos, phrases, Swahili words and questions, over the bundled dataset and over
// the synthetic one (sanity/dataset/generate-synthetic.ts, 300 posts: generated posts whose
// titles are "<opener> <subject> <verb> <object> (<n>)", newest first, then the bundled ones).
// query-set.test.ts runs them; the ranking in search.ts was chosen by measuring them.

export type QueryCase = {
  query: string
  /** Every one of these posts is among the first three results. */
  top3: string[]
  /** When set, each of the first three results is one of these (the top3 among them). */
  within?: string[]
  /** The suggestion expected ("Did you mean …?"); null when nothing should be corrected. */
  suggestion?: string | null
  why: string
}

// The bundled posts.
const PULL_AWAY = 'post-the-hidden-male-fear-that-makes-him-pull-away-from-you'
const MONEY_CHANGES_LOVE =
  'post-when-money-changes-love-the-hidden-ways-wealth-affects-relationships'
const LONELINESS = 'post-why-loneliness-is-rising-despite-social-media'
const FAILING_IN_KENYA = 'post-the-real-reason-relationships-are-failing-in-kenya-today'
const CULTURAL_PRESSURE = 'post-why-many-kenyan-relationships-collapse-under-cultural-pressure'
const TRUST = 'post-the-hidden-forces-making-trust-harder-in-todays-relationships'
const BEING_STRONG =
  'post-the-emotional-cost-of-being-strong-in-kenyan-society-and-why-many-are-tired-of-pretending'
const EXPECTATIONS =
  'post-love-money-and-expectations-the-hidden-reasons-modern-couples-are-struggling-more-than-ever'

/** The four posts with "Relationships" in their title. */
const RELATIONSHIP_POSTS = [MONEY_CHANGES_LOVE, FAILING_IN_KENYA, CULTURAL_PRESSURE, TRUST]

export const BUNDLED_QUERIES: readonly QueryCase[] = [
  // The three the issue found failing.
  { query: 'lonely', top3: [LONELINESS], why: "the stem's prefix: 'lone':* finds loneliness" },
  { query: 'trust issues', top3: [TRUST], why: 'not every word required ("issues" is nowhere)' },
  {
    query: 'relatioships',
    top3: [],
    within: RELATIONSHIP_POSTS,
    suggestion: 'relationships',
    why: 'one letter missing',
  },
  // Word forms.
  { query: 'loneliness', top3: [LONELINESS], why: 'the word as written' },
  { query: 'Lonely?', top3: [LONELINESS], why: 'case and punctuation' },
  { query: 'relationship', top3: [], within: RELATIONSHIP_POSTS, why: 'singular of the titles' },
  { query: 'relationships', top3: [], within: RELATIONSHIP_POSTS, why: 'as in the titles' },
  { query: 'pull', top3: [PULL_AWAY], why: 'in the title' },
  { query: 'pulling', top3: [PULL_AWAY], why: '"Pulling Away Is Clarity", a heading' },
  { query: 'pulled', top3: [PULL_AWAY], why: 'stem of pull, pulls, pulling' },
  { query: 'trust', top3: [TRUST], why: 'in the title' },
  { query: 'trusting', top3: [TRUST], why: "stem 'trust'" },
  { query: 'betrayals', top3: [TRUST], why: 'in the standfirst' },
  { query: 'betrayal', top3: [TRUST], why: 'singular of the standfirst, as in the body' },
  { query: 'rebuild trust', top3: [TRUST], why: '"Rebuilding the Ground", a heading' },
  {
    query: 'negotiating a windfall',
    top3: [MONEY_CHANGES_LOVE],
    why: '"windfall" in the standfirst',
  },
  // Typos.
  {
    query: 'lonliness',
    top3: [LONELINESS],
    suggestion: 'loneliness',
    why: 'one letter missing',
  },
  { query: 'dowery', top3: [CULTURAL_PRESSURE], suggestion: 'dowry', why: 'one letter too many' },
  {
    query: 'betrayl after a past relationship',
    top3: [TRUST],
    suggestion: 'betrayal after a past relationship',
    why: 'a typo among right words',
  },
  {
    query: 'finacial security',
    top3: [EXPECTATIONS],
    suggestion: 'financial security',
    why: 'missing letter',
  },
  { query: 'Trsut', top3: [TRUST], suggestion: 'Trust', why: 'two letters swapped, case kept' },
  {
    query: 'pull awya',
    top3: [PULL_AWAY],
    suggestion: null,
    why: 'a typo in a short word is left',
  },
  // Phrases.
  {
    query: 'men pull away after getting close',
    top3: [PULL_AWAY],
    why: 'a sentence of the body',
  },
  { query: '"social media"', top3: [LONELINESS], why: 'quoted, as in the title' },
  { query: 'cost of living', top3: [FAILING_IN_KENYA], why: 'a phrase of the body' },
  { query: 'tired of pretending', top3: [BEING_STRONG], why: 'end of the title' },
  { query: 'who pays rent', top3: [EXPECTATIONS], why: 'a question in the body' },
  { query: 'locked phones', top3: [TRUST], why: 'first words of the standfirst' },
  // Swahili (the bundled posts have one word of it: a chama, a savings group).
  { query: 'chama', top3: [LONELINESS], why: 'Swahili, untouched by the English stemmer' },
  { query: 'join a chama', top3: [LONELINESS], why: 'Swahili among English' },
  // Questions and several words.
  {
    query: 'why is loneliness rising',
    top3: [LONELINESS],
    why: 'stop words left out, the rest in the title',
  },
  {
    query: 'why do kenyan relationships fail',
    top3: [FAILING_IN_KENYA, CULTURAL_PRESSURE],
    why: "'fail':* finds failing",
  },
  {
    query: 'how does money change love',
    top3: [MONEY_CHANGES_LOVE],
    why: 'the title in other words',
  },
  { query: 'dowry and family expectations', top3: [CULTURAL_PRESSURE], why: 'the standfirst' },
  {
    query: 'modern couples struggling with expectations',
    top3: [EXPECTATIONS],
    why: 'most words of the title',
  },
  { query: 'burnout', top3: [BEING_STRONG], why: 'one word of the body' },
  { query: 'attachment psychology', top3: [PULL_AWAY], why: 'the standfirst' },
]

/** The synthetic dataset's size: the generator is seeded by it, so the ids below are its. */
export const SYNTHETIC_POSTS = 300

const synthetic = (slug: string) => `post-${slug}`

export const SYNTHETIC_QUERIES: readonly QueryCase[] = [
  {
    query: 'newly married partners underestimate jealousy',
    top3: [synthetic('why-newly-married-partners-underestimate-jealousy-1')],
    why: "the title's words",
  },
  {
    query: 'young professionals in Nairobi misread money',
    top3: [synthetic('why-young-professionals-in-nairobi-misread-money-5')],
    why: "the title's words",
  },
  {
    query: 'couples hide long-distance love',
    top3: [synthetic('how-couples-hide-long-distance-love-9')],
    why: 'a hyphenated word',
  },
  {
    query: 'families upcountry underestimate dowry negotiations',
    top3: [
      synthetic('the-quiet-truth-about-how-families-upcountry-underestimate-dowry-negotiations-11'),
    ],
    why: "the title's words",
  },
  {
    query: 'couples quietly avoid trust',
    top3: [synthetic('why-couples-quietly-avoid-trust-17')],
    why: "the title's words",
  },
  {
    query: 'students hiding trust',
    top3: [synthetic('the-quiet-truth-about-how-students-hide-trust-26')],
    why: 'hiding / hide',
  },
  {
    query: 'friends underestimating grief',
    top3: [synthetic('why-friends-underestimate-grief-39')],
    why: 'underestimating / underestimate',
  },
  {
    query: 'single mothers arguing over a dowry negotiation',
    top3: [synthetic('how-single-mothers-argue-about-dowry-negotiations-40')],
    why: 'arguing / argue, negotiation / negotiations',
  },
  {
    query: 'students underestimate jealosy',
    top3: [synthetic('how-students-underestimate-jealousy-42')],
    suggestion: 'students underestimate jealousy',
    why: 'a letter missing',
  },
  {
    query: 'familes upcountry carry their phones',
    top3: [synthetic('how-families-upcountry-carry-their-phones-56')],
    suggestion: null,
    why: "a typo found without correcting it: 'famil':* (familes) is a prefix of 'famili' (families)",
  },
  {
    query: 'students carry dowry negotiatons',
    top3: [synthetic('the-quiet-truth-about-how-students-carry-dowry-negotiations-49')],
    suggestion: 'students carry dowry negotiations',
    why: 'a letter missing',
  },
  {
    query: 'couples carry silence after a fight',
    top3: [synthetic('what-happens-when-couples-carry-silence-after-a-fight-43')],
    why: 'a phrase with a stop word inside',
  },
  {
    query: 'why do friends slowly rebuild money?',
    top3: [synthetic('how-friends-slowly-rebuild-money-48')],
    why: 'a question',
  },
  {
    query: 'young professionals in Nairobi carry loneliness',
    top3: [synthetic('nobody-tells-you-how-young-professionals-in-nairobi-carry-loneliness-24')],
    why: "the title's words",
  },
  {
    query: 'lonely young professionals in nairobi',
    top3: [synthetic('nobody-tells-you-how-young-professionals-in-nairobi-carry-loneliness-24')],
    why: 'lonely / loneliness among the title',
  },
  {
    query: 'trust harder today',
    top3: [TRUST],
    why: 'a bundled post among 292 generated ones about trust',
  },
  {
    query: 'loneliness despite social media',
    top3: [LONELINESS],
    why: 'a bundled post among generated ones about loneliness',
  },
]
