import type { TRandom } from '../random';

/**
 * US Employer Identification Number, written NN-NNNNNNN. An EIN has no check
 * digit: only the two-digit prefix (the IRS campus or channel that issued it)
 * can be checked against the IRS list of valid prefixes.
 */
export const US_EIN_PREFIXES: readonly string[] = [
  '01', '02', '03', '04', '05', '06', '10', '11', '12', '13', '14', '15', '16', '20', '21', '22', '23', '24',
  '25', '26', '27', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44',
  '45', '46', '47', '48', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63',
  '64', '65', '66', '67', '68', '71', '72', '73', '74', '75', '76', '77', '80', '81', '82', '83', '84', '85',
  '86', '87', '88', '90', '91', '92', '93', '94', '95', '98', '99',
];

/** True when the EIN's first two digits are a prefix the IRS assigns. */
export function isUsEinPrefix(prefix: string): boolean {
  return US_EIN_PREFIXES.includes(prefix);
}

/** A random EIN with a valid prefix, formatted NN-NNNNNNN. */
export function generateUsEin(random: TRandom): string {
  return `${random.pick(US_EIN_PREFIXES)}-${random.digits(7)}`;
}
