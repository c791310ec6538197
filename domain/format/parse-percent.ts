/**
 * A percentage typed by a person ("12,5", "12.5 %", "7") as basis points
 * (1250), without floating point. Up to two decimals, 0–100; null otherwise.
 */
export function parsePercentBps(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s%]/g, ''));
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

/** Basis points as a percentage for an input field: 1250 → "12.5", 700 → "7". */
export function bpsToPercentText(bps: number, decimalSeparator = '.'): string {
  const whole = Math.floor(bps / 100);
  const fraction = String(bps % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}${decimalSeparator}${fraction}` : String(whole);
}
