/**
 * The seven articles the seed page suggests under its article. Their real bodies are not in
 * the seed, so these are short original sample bodies written for the demo dataset, in the
 * same plain-text shape as the seed ("1. " lines are h2 headings, "- " lines are bullets).
 */
export type SamplePost = {
  title: string
  publishedAt: string
  categories: string[]
  excerpt: string
  body: string
}

export const samplePosts: SamplePost[] = [
  {
    title: 'When Money Changes Love: The Hidden Ways Wealth Affects Relationships',
    publishedAt: '2026-02-24T08:30:00+03:00',
    categories: ['relationships', 'money'],
    excerpt:
      'A raise, a windfall or a lost job can change a couple faster than any argument. Here is how money quietly rewrites the rules of love.',
    body: `Money rarely arrives in a relationship alone. It brings expectations, old family stories and new kinds of power.
When one partner starts earning much more, the couple does not just gain income. They gain a question neither of them asked for: who decides now?
1. Power Moves With the Pay Slip
The partner who pays often, without meaning to, becomes the partner who chooses: the house, the school, the holiday.
The other partner may feel grateful and shrunk at the same time.
2. What Couples Who Stay Close Do Differently
- They talk about money before it becomes a fight.
- They agree on what is shared and what is personal.
- They treat unpaid work at home as work.
Wealth does not ruin love. Silence about wealth does.`,
  },
  {
    title: 'Why Loneliness Is Rising Despite Social Media',
    publishedAt: '2026-02-20T09:00:00+03:00',
    categories: ['society'],
    excerpt:
      'We have never had more ways to reach each other, and many people have never felt more alone. Connection and contact are not the same thing.',
    body: `Your phone lights up all day. Group chats, status updates, reactions. And still, many evenings feel empty.
This is the quiet paradox of our time: more contact, less connection.
1. Scrolling Is Not Belonging
Watching other people's lives is not the same as being part of them. A like asks nothing of us and gives little back.
Real belonging needs time, presence and the risk of being known.
2. Small Ways Back to Each Other
- Call instead of texting, once a week.
- Join something that meets in person: a choir, a chama, a football team.
- Tell one friend how you really are.
Loneliness is not a personal failure. It is a signal, like hunger, that something we need is missing.`,
  },
  {
    title: 'The Real Reason Relationships Are Failing in Kenya Today',
    publishedAt: '2026-02-15T10:00:00+03:00',
    categories: ['relationships', 'kenyan-society'],
    excerpt:
      'Blame is easy: money, phones, the other gender. The harder truth is that many couples were never taught how to stay together.',
    body: `Every week brings a new viral argument about why Kenyan relationships do not last. Men blame women, women blame men, and everyone blames money.
Underneath the noise sits something less dramatic and more important: skills.
1. Nobody Taught Us How
Many of us grew up watching parents who endured rather than talked. We learned how to keep quiet, not how to repair.
2. Pressure From Every Side
- The cost of living leaves little room for rest.
- Families expect weddings, dowry and support all at once.
- Social media sets a standard no real couple meets.
Relationships are not failing because people stopped caring. They are failing because caring was never enough on its own.`,
  },
  {
    title: 'Why Many Kenyan Relationships Collapse Under Cultural Pressure',
    publishedAt: '2026-02-10T08:00:00+03:00',
    categories: ['relationships', 'kenyan-society'],
    excerpt:
      'Between dowry talks, family expectations and the church, a couple can end up living a relationship that belongs to everyone but them.',
    body: `In Kenya, two people rarely date alone. Parents, aunties, elders and friends all have a stake, and a say.
That support can be a gift. It can also become a weight.
1. When Culture Becomes a Script
Dowry, clan, religion and the right age to marry can turn a love story into a list of obligations.
Couples who never agree on their own rules end up following everyone else's.
2. Holding Culture and Choice Together
- Decide together which traditions you keep, and why.
- Speak to your own family yourself; do not send your partner.
- Protect time that belongs only to the two of you.
Culture is meant to hold a couple up, not to hold them hostage.`,
  },
  {
    title: 'The Hidden Forces Making Trust Harder in Today’s Relationships',
    publishedAt: '2026-02-05T09:30:00+03:00',
    categories: ['relationships', 'psychology'],
    excerpt:
      'Locked phones, past betrayals and endless options: trust has more to fight against than it did a generation ago.',
    body: `Trust used to be built slowly and tested rarely. Today it is tested every time a phone buzzes face down on the table.
1. Too Many Windows
Dating apps and direct messages keep other options one tap away. Even faithful partners feel the draft.
2. Old Wounds, New Partners
Many people carry betrayal from a past relationship into the next one, and make the new partner pay the old debt.
3. Rebuilding the Ground
- Say what you need before suspicion grows.
- Keep small promises; they are how big trust is earned.
- Talk about the past so it stops steering the present.
Trust is not a feeling you wait for. It is a practice you choose, over and over.`,
  },
  {
    title:
      'The Emotional Cost of Being Strong in Kenyan Society — And Why Many Are Tired of Pretending',
    publishedAt: '2026-01-29T07:45:00+03:00',
    categories: ['society', 'psychology'],
    excerpt:
      '“Be strong” is advice every Kenyan has heard. Carried for years, it turns into exhaustion that nobody is allowed to name.',
    body: `We praise the strong one. The first-born who pays fees for siblings. The mother who never cries. The man who never asks for help.
But strength that can never rest becomes a cage.
1. The Price Nobody Sees
Burnout, short tempers, sleepless nights and a body that finally says what the mouth would not.
2. Permission to Put It Down
- Name one thing you are carrying alone.
- Ask one person to carry part of it.
- Rest before you break, not after.
Being strong was never meant to mean being alone.`,
  },
  {
    title:
      'Love, Money, and Expectations: The Hidden Reasons Modern Couples Are Struggling More Than Ever',
    publishedAt: '2026-01-22T08:15:00+03:00',
    categories: ['relationships', 'money'],
    excerpt:
      'Modern couples want partnership, romance and financial security all at once. The expectations are fair; the silence around them is not.',
    body: `Our grandparents married for survival. We marry for love, friendship, passion, partnership and a shared five-year plan.
Those are beautiful hopes. Unspoken, they become traps.
1. Expectations Nobody Said Out Loud
Who pays rent? Who sends money home? Who gives up a job when the baby comes? Most couples find out by fighting.
2. Talking Before It Hurts
- Share your numbers: income, debt, family obligations.
- Say what you expect, not what you hint at.
- Revisit the plan when life changes.
Love can carry a lot of weight, but only when both people can see what they are lifting.`,
  },
]
