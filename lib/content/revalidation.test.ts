import { describe, expect, it } from 'vitest'
import { parsePublishEvent, tagsForChange } from './revalidation.ts'

describe('tagsForChange', () => {
  it('refreshes a post under its new and old slug, and every post list', () => {
    expect(tagsForChange({ _type: 'post', slug: 'new', previousSlug: 'old' })).toEqual([
      'posts',
      'post:new',
      'post:old',
    ])
    expect(tagsForChange({ _type: 'post', slug: 'same', previousSlug: 'same' })).toEqual([
      'posts',
      'post:same',
    ])
  })

  it('refreshes every page when settings change', () => {
    expect(tagsForChange({ _type: 'siteSettings' })).toEqual(['settings'])
  })

  it('refreshes post lists when an author or category changes, nothing for other types', () => {
    expect(tagsForChange({ _type: 'category' })).toEqual(['posts'])
    expect(tagsForChange({ _type: 'sanity.imageAsset' })).toEqual([])
  })
})

describe('parsePublishEvent', () => {
  it('reads slugs given as text or as Sanity slug objects', () => {
    expect(parsePublishEvent({ _type: 'post', slug: { current: 'a' }, previousSlug: 'b' })).toEqual(
      { _type: 'post', slug: 'a', previousSlug: 'b' },
    )
  })

  it('drops a slug that is not well-formed text (a lone surrogate)', () => {
    expect(parsePublishEvent({ _type: 'post', slug: '\ud800x', previousSlug: 'b' })).toEqual({
      _type: 'post',
      slug: null,
      previousSlug: 'b',
    })
  })

  it.each([null, 'post', [], {}, { _type: 5 }, { _type: '' }, { _type: 'x'.repeat(101) }])(
    'refuses %j',
    (body) => expect(parsePublishEvent(body)).toBeNull(),
  )
})
