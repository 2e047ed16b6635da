/** Weights of the CVR modulus-11 check, digit by digit. */
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/**
 * A Danish CVR number: 8 digits, the first not 0, whose weighted sum (2,7,6,5,4,3,2,1) is
 * divisible by 11. Shared by the API's validation and the registration form's live check.
 */
export function isValidCvr(value: unknown): boolean {
  if (typeof value !== 'string' || !/^[1-9]\d{7}$/.test(value)) return false;
  const sum = [...value].reduce((acc, digit, i) => acc + Number(digit) * CVR_WEIGHTS[i], 0);
  return sum % 11 === 0;
}

/** A CVR number as people type it ("3512 1005", "35 12 10 05"): the API and the form both drop the spaces. */
export function compactCvr(value: string): string {
  return value.replace(/\s/g, '');
}

/** Why a CVR number is not valid, in words a form can show; null when it is valid. */
export function cvrProblem(value: string): 'format' | 'checksum' | null {
  if (!/^[1-9]\d{7}$/.test(value)) return 'format';
  return isValidCvr(value) ? null : 'checksum';
}
