/** Letters that Unicode does not decompose into a base letter plus accent. */
const LETTER_FOLDS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
}

/**
 * Lower-case, accent-free text for name search, so what the front desk types on any keyboard
 * finds "Łukasz Żółć" or "Zoë Ærøskøbing". Used for the stored index and for the query alike.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøæœßđðþıħ]/g, (letter) => LETTER_FOLDS[letter] ?? letter)
}
