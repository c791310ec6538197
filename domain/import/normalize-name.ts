/**
 * The comparison key for names typed by people: no accents, lower case, no
 * spaces or punctuation. "GTX Pro", "GTXPro" and "gtx-pro" share "gtxpro".
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Edit distance (insert, delete, substitute) between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Finds `text` among `names` (name → value): exactly, then by normalized
 * name, then — when `maxDistance` > 0 — by the single closest normalized name
 * within that edit distance. `how` says which, so callers can warn about
 * anything but an exact match.
 */
export function matchName<T>(text: string, names: ReadonlyMap<string, T>, maxDistance = 0): { value: T; name: string; how: 'exact' | 'normalized' | 'fuzzy' } | null {
  const exact = names.get(text);
  if (exact !== undefined) return { value: exact, name: text, how: 'exact' };
  const key = normalizeName(text);
  if (key === '') return null;
  let best: { value: T; name: string; distance: number } | null = null;
  let tie = false;
  for (const [name, value] of names) {
    const distance = editDistance(key, normalizeName(name));
    if (distance === 0) return { value, name, how: 'normalized' };
    if (distance > maxDistance) continue;
    if (!best || distance < best.distance) [best, tie] = [{ value, name, distance }, false];
    else if (distance === best.distance) tie = true;
  }
  return best && !tie ? { value: best.value, name: best.name, how: 'fuzzy' } : null;
}
