/** The tone of a tone-marked syllable: 1–4, or 5 for the neutral tone. */
const MARKS: Record<string, number> = {
  ā: 1, ē: 1, ī: 1, ō: 1, ū: 1, ǖ: 1,
  á: 2, é: 2, í: 2, ó: 2, ú: 2, ǘ: 2,
  ǎ: 3, ě: 3, ǐ: 3, ǒ: 3, ǔ: 3, ǚ: 3,
  à: 4, è: 4, ì: 4, ò: 4, ù: 4, ǜ: 4,
};

export function toneOf(syllable: string): number {
  for (const ch of syllable.normalize('NFC')) {
    const tone = MARKS[ch];
    if (tone) return tone;
  }
  return 5;
}
