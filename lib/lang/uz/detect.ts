import type { Script } from '../../model';

/**
 * Uzbek function words: `va` (and), `bilan` (with), `uchun` (for), `yil`/`yilda` (year), `boʻyicha` (on, by),
 * `hamda`, `oʻrtasida` (between), `ham` (also). None is a Kazakh word in any of its alphabets (`jäne`, `men`, `jyly`,
 * `üşın`) nor an English one; two in a hundred words is Uzbek.
 */
const UZBEK_WORDS =
  /(?<![\p{L}ʻʼ'‘’`])(?:va|bilan|uchun|yil|yilda|yilning|yilgi|bo[ʻʼ'‘’`]yicha|hamda|ham|o[ʻʼ'‘’`]rtasida|esa|qilindi|etdi|bo[ʻʼ'‘’`]ladi)(?![\p{L}ʻʼ'‘’`])/giu;

export function detectUzbek(sample: string, script: Script): number {
  if (script !== 'Latn') return 0;
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  return (sample.match(UZBEK_WORDS)?.length ?? 0) / Math.max(2, words * 0.02);
}
