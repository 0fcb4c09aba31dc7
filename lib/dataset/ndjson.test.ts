import { describe, expect, it } from 'vitest'
import { parseNdjson, toNdjson } from './ndjson.ts'

describe('parseNdjson', () => {
  it('reads one document per line and skips blank lines', () => {
    const text = '{"_id":"a","_type":"post"}\n\n{"_id":"b","_type":"author","name":"N"}\n'
    expect(parseNdjson(text)).toEqual([
      { _id: 'a', _type: 'post' },
      { _id: 'b', _type: 'author', name: 'N' },
    ])
  })

  it('names the source and line of a line that is not JSON', () => {
    expect(() => parseNdjson('{"_id":"a","_type":"post"}\n{oops', 'x.ndjson')).toThrow(
      /^x\.ndjson:2: not JSON/,
    )
  })

  it('refuses a line without a string _id and _type', () => {
    expect(() => parseNdjson('{"_id":"a"}')).toThrow(
      'dataset:1: a document needs a string _id and _type',
    )
    expect(() => parseNdjson('null')).toThrow(/dataset:1/)
  })

  it('writes what it reads', () => {
    const documents = [{ _id: 'a', _type: 'post', title: 'Line\nbreak' }]
    const text = toNdjson(documents)
    expect(text.split('\n')).toHaveLength(2)
    expect(parseNdjson(text)).toEqual(documents)
  })
})
