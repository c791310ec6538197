import { matchName } from '../normalize-name';

/** Industry names a sector cell is checked against (English, lower case). */
const KNOWN_SECTORS = [
  'technology', 'software', 'hardware', 'medical', 'healthcare', 'retail', 'entertainment', 'marketing',
  'telecommunications', 'finance', 'employment', 'services', 'manufacturing', 'education', 'energy',
  'construction', 'logistics', 'insurance', 'banking', 'government', 'automotive', 'agriculture', 'hospitality',
];
const known = new Map(KNOWN_SECTORS.map((s) => [s, s]));

/**
 * A sector value, with misspellings of a known industry corrected
 * ("technolgy" → "technology", at most 2 edits on names of 6+ letters).
 * `corrected` is true when the value changed, so the caller reports it.
 */
export function normalizeSector(text: string): { sector: string; corrected: boolean } {
  const value = text.trim();
  const found = matchName(value.toLowerCase(), known, value.length >= 6 ? 2 : 0);
  if (!found || found.how === 'exact' || found.how === 'normalized') return { sector: found?.how === 'exact' ? found.name : value, corrected: false };
  return { sector: found.name, corrected: true };
}
