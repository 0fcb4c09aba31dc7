// The query shapes bench/search.ts measures (#25): 1, 2 and 4 words, each once with words the
// synthetic posts use everywhere (sanity/dataset/generate-synthetic.ts: its subjects, verbs
// and objects fill every body, so nearly every post matches) and once with words only the
// bundled dataset's 8 posts use (a handful of matches). Today's GROQ search needs every word
// (`match` over an array); the index needs any one and ranks the rest, so "few" stays few in
// both. One typo, which only the index forgives, is measured in the index alone.

export type QueryShape = {
  name: string
  query: string
  words: number
  /** Also run through the GROQ baseline. */
  groq: boolean
}

export const QUERIES: readonly QueryShape[] = [
  { name: 'words_1_many', query: 'trust', words: 1, groq: true },
  { name: 'words_1_few', query: 'wealth', words: 1, groq: true },
  { name: 'words_2_many', query: 'money trust', words: 2, groq: true },
  { name: 'words_2_few', query: 'social media', words: 2, groq: true },
  { name: 'words_4_many', query: 'couples argue about money', words: 4, groq: true },
  { name: 'words_4_few', query: 'rising despite social media', words: 4, groq: true },
  { name: 'typo_1', query: 'relatioships', words: 1, groq: false },
]
