/**
 * Luhn (mod 10) check digit for a string of decimal digits: the digit that,
 * appended, makes the Luhn sum a multiple of 10. Spain's CIF and Italy's
 * Partita IVA both use it.
 */
export function luhnCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError(`Luhn input must be digits (got "${digits}")`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    // The rightmost payload digit is doubled, since the check digit follows it.
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
