import { anaphor as a, type Anaphor } from '../../../time/anaphora';

/** «В тот же день», «на следующий день»: days named by the date the text has just given (lib/time/anaphora.ts). */
export const RU_ANAPHORA: readonly Anaphor[] = [
  { ...a('в\\s+тот\\s+раз|во\\s+время\\s+того\\s+визита|в\\s+ходе\\s+того\\s+визита', 0), any: true },
  a(
    '(?:(?:вечером|утром|днём|днем|позднее|позже)\\s+)?(?:в\\s+)?(?:тот\\s+же|этот\\s+же|того\\s+же|этого\\s+же)\\s+(?:день|дня|вечер)|в\\s+тот\\s+день',
    0,
  ),
  a('на\\s+(?:следующий|другой)\\s+день|на\\s+следующее\\s+утро|днём\\s+позже|днем\\s+позже|спустя\\s+день', 1),
  // `Накануне,` / `накануне вечером`: the day before; `накануне визита` is "on the eve of", a preposition.
  { pattern: /(?<![\p{L}\p{N}])накануне(?=\s*[,.;]|\s+(?:вечером|днём|днем|утром))/giu, offset: -1 },
];
