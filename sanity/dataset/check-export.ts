/**
 * Checks the rules `sanity dataset import` enforces on an NDJSON export, so the bundled
 * dataset can always be imported into a real project: ids and types on every document,
 * well-formed references that point at documents in the file, and a unique _key on every
 * object in an array. Returns one message per problem (empty when valid).
 */
export function checkExport(documents: unknown[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  const references: Array<{ ref: string; where: string }> = []

  documents.forEach((document, index) => {
    if (!isObject(document)) {
      problems.push(`line ${index + 1}: not an object`)
      return
    }
    const { _id: id, _type: type } = document
    const where = typeof id === 'string' ? id : `line ${index + 1}`
    if (typeof id !== 'string' || !/^[a-zA-Z0-9_][a-zA-Z0-9._-]*$/.test(id) || id.length > 128) {
      problems.push(`${where}: _id missing or not a valid document id`)
    } else if (ids.has(id)) {
      problems.push(`${where}: duplicate _id`)
    } else {
      ids.add(id)
    }
    if (typeof type !== 'string' || type.length === 0) problems.push(`${where}: _type missing`)
    walk(document, where, problems, references)
  })

  for (const { ref, where } of references) {
    if (!ids.has(ref)) problems.push(`${where}: reference to missing document ${ref}`)
  }
  return problems
}

function walk(
  value: unknown,
  path: string,
  problems: string[],
  references: Array<{ ref: string; where: string }>,
): void {
  if (Array.isArray(value)) {
    const keys = new Set<string>()
    value.forEach((item, index) => {
      const itemPath = `${path}[${index}]`
      if (isObject(item)) {
        const key = item._key
        if (typeof key !== 'string' || key.length === 0) problems.push(`${itemPath}: _key missing`)
        else if (keys.has(key)) problems.push(`${itemPath}: duplicate _key ${key}`)
        else keys.add(key)
      }
      walk(item, itemPath, problems, references)
    })
    return
  }
  if (!isObject(value)) return
  if ('_ref' in value) {
    if (value._type !== 'reference') problems.push(`${path}: reference without _type "reference"`)
    if (typeof value._ref !== 'string') problems.push(`${path}: _ref is not a string`)
    else if (value._weak !== true) references.push({ ref: value._ref, where: path })
  }
  for (const [field, child] of Object.entries(value))
    walk(child, `${path}.${field}`, problems, references)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
