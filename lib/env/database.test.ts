import { describe, expect, it } from 'vitest'
import { resolveDatabase } from './database.ts'

describe('resolveDatabase', () => {
  it('is PGlite in .data/pglite under the working folder when nothing is set, or only blanks', () => {
    const expected = {
      kind: 'pglite',
      dataDir: '/srv/nabado/.data/pglite',
      label: 'PGlite in /srv/nabado/.data/pglite',
    }
    expect(resolveDatabase({}, '/srv/nabado')).toEqual(expected)
    expect(resolveDatabase({ DATABASE_URL: ' ', NABADO_DATA_DIR: '' }, '/srv/nabado')).toEqual(
      expected,
    )
  })

  it('keeps PGlite where NABADO_DATA_DIR says, relative to the working folder or absolute', () => {
    expect(resolveDatabase({ NABADO_DATA_DIR: 'var/data/' }, '/srv/nabado')).toMatchObject({
      kind: 'pglite',
      dataDir: '/srv/nabado/var/data/pglite',
    })
    expect(resolveDatabase({ NABADO_DATA_DIR: ' /var/lib/nabado ' }, '/srv')).toMatchObject({
      dataDir: '/var/lib/nabado/pglite',
    })
  })

  it('is PostgreSQL for a postgres:// or postgresql:// URL, labelled without the password', () => {
    const url = 'postgres://nabado:s3cret@db.internal:5433/nabado'
    expect(resolveDatabase({ DATABASE_URL: ` ${url} ` }, '/srv')).toEqual({
      kind: 'postgres',
      url,
      label: 'PostgreSQL at db.internal:5433/nabado',
    })
    const other = resolveDatabase({ DATABASE_URL: 'postgresql://u:p@127.0.0.1/site' }, '/srv')
    expect(other).toMatchObject({ kind: 'postgres', label: 'PostgreSQL at 127.0.0.1/site' })
    expect(other.label).not.toContain('p@')
  })

  it('takes DATABASE_URL over NABADO_DATA_DIR', () => {
    expect(
      resolveDatabase({ DATABASE_URL: 'postgres://db/nabado', NABADO_DATA_DIR: '/data' }, '/srv')
        .kind,
    ).toBe('postgres')
  })

  it('accepts a unix socket folder given as ?host=', () => {
    expect(
      resolveDatabase({ DATABASE_URL: 'postgres:///nabado?host=/run/postgresql' }, '/srv'),
    ).toMatchObject({ kind: 'postgres', label: 'PostgreSQL at socket /run/postgresql/nabado' })
  })

  it('refuses what is not a PostgreSQL URL, naming the variable', () => {
    expect(() => resolveDatabase({ DATABASE_URL: 'db.internal:5432' }, '/srv')).toThrow(
      /^DATABASE_URL must start with postgres:\/\//,
    )
    expect(() => resolveDatabase({ DATABASE_URL: 'not a url' }, '/srv')).toThrow(
      /^DATABASE_URL must be a URL/,
    )
    expect(() => resolveDatabase({ DATABASE_URL: 'mysql://u:p@db/nabado' }, '/srv')).toThrow(
      /^DATABASE_URL must start with postgres:\/\//,
    )
    expect(() => resolveDatabase({ DATABASE_URL: 'postgres:///nabado' }, '/srv')).toThrow(
      /^DATABASE_URL must name a host/,
    )
    expect(() => resolveDatabase({ DATABASE_URL: 'postgres://db/a/b' }, '/srv')).toThrow(
      /^DATABASE_URL must end with one database name/,
    )
  })

  it('never puts the password in an error message', () => {
    let message = ''
    try {
      resolveDatabase({ DATABASE_URL: 'mysql://u:hunter2@db/nabado' }, '/srv')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/DATABASE_URL/)
    expect(message).not.toContain('hunter2')
  })
})
