import { matchName, normalizeName } from './normalize-name';

/** Names that Intl does not produce but people write. */
const ALIASES: Record<string, string> = {
  usa: 'US', us: 'US', unitedstatesofamerica: 'US', eeuu: 'US', eua: 'US',
  uk: 'GB', greatbritain: 'GB', england: 'GB', inglaterra: 'GB',
  korea: 'KR', corea: 'KR', republicofkorea: 'KR',
  holland: 'NL', holanda: 'NL', czechrepublic: 'CZ', republicacheca: 'CZ',
};

/** Names that are corrected but worth a warning: they could mean another country. */
const AMBIGUOUS = new Set(['korea', 'corea']);

/** Codes Intl names that are not current ISO 3166-1 countries (withdrawn, or not countries). */
const NOT_COUNTRIES = new Set('AN BU CS DD DY FX HV NH RH SU TP UK VD YD YU ZR AC CP DG EA EU EZ IC QO TA UN XA XB ZZ'.split(' '));

let namesCache: Map<string, string> | null = null;

/** Every region name in English and Spanish (normalized) → ISO alpha-2. */
function regionNames(): Map<string, string> {
  if (namesCache) return namesCache;
  const names = new Map<string, string>();
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const es = new Intl.DisplayNames(['es'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      for (const name of [en.of(code), es.of(code)]) {
        if (name && name !== code && !names.has(normalizeName(name))) names.set(normalizeName(name), code);
      }
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) names.set(alias, code);
  namesCache = names;
  return names;
}

/**
 * ISO 3166-1 alpha-2 code for a country cell: the code itself ("ES"), or a
 * name in English or Spanish ("Spain", "España", "United States"), or a
 * near-miss spelling ("Philipines" → PH, at most 2 edits, reported through
 * `corrected`). Null when nothing matches unambiguously.
 */
export function countryCode(text: string): { code: string; corrected: string | null } | null {
  const value = text.trim();
  if (/^[A-Za-z]{2}$/.test(value)) {
    const code = value.toUpperCase();
    const known = !NOT_COUNTRIES.has(code) && new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
    return known ? { code, corrected: null } : null;
  }
  const names = regionNames();
  const found = matchName(normalizeName(value), names, value.length >= 6 ? 2 : 0);
  if (!found) return null;
  const warn = found.how === 'fuzzy' || AMBIGUOUS.has(normalizeName(value));
  return { code: found.value, corrected: warn ? new Intl.DisplayNames(['en'], { type: 'region' }).of(found.value)! : null };
}
