/**
 * Normalizes an organization name for exact comparison: Unicode compatibility form, lowercase,
 * "ё" as "е", apostrophes dropped (Ukrainian and Belarusian spell them several ways), every other
 * run of punctuation or space as one space. "RFE/RL" and "rfe rl" compare equal; "Meduza" and
 * "Meduza Project" do not.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a normalized text, for looking names up as whole word sequences. */
export function nameWords(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}
