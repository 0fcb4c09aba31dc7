/**
 * Whether two words are at most one edit apart, counting as one edit an inserted, a deleted
 * or a changed letter, or two neighbouring letters swapped (Damerau–Levenshtein distance ≤ 1,
 * which is also the optimal string alignment distance at this bound). By code points, so that
 * a letter outside the Basic Multilingual Plane is one letter.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const x = Array.from(a)
  const y = Array.from(b)
  if (Math.abs(x.length - y.length) > 1) return false
  // Skip the common beginning and end; what is left must be one edit.
  let start = 0
  while (start < x.length && start < y.length && x[start] === y[start]) start++
  let endX = x.length
  let endY = y.length
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--
    endY--
  }
  const restX = endX - start
  const restY = endY - start
  // One letter inserted, deleted or changed.
  if (restX <= 1 && restY <= 1) return true
  // Two neighbours swapped.
  return restX === 2 && restY === 2 && x[start] === y[start + 1] && x[start + 1] === y[start]
}
