import { anyOf, foldRu, forms } from './pattern';

// Weekday nouns in every case, singular and plural (`по понедельникам` is a set). ISO numbering: Monday is 1.
const MASCULINE = ['', 'а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах'];
const FEMININE = ['а', 'ы', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах'];

const STEMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['понедельник', MASCULINE],
  ['вторник', MASCULINE],
  ['сред', FEMININE],
  ['четверг', MASCULINE],
  ['пятниц', ['а', 'ы', 'е', 'у', 'ей', 'ею', '', 'ам', 'ами', 'ах']],
  ['суббот', FEMININE],
  ['воскресень', ['е', 'я', 'ю', 'ем', 'и', 'ям', 'ями', 'ях']],
];

const WEEKDAY_FORMS = new Map<string, number>();
STEMS.forEach(([stem, endings], i) => forms(stem, endings).forEach((f) => WEEKDAY_FORMS.set(foldRu(f), i + 1)));
// `среда` (Wednesday) is also "environment, medium": its bare forms are left to the parsers' context checks.
WEEKDAY_FORMS.set('воскресение', 7);

/** Any weekday noun in any case. */
export const RU_WEEKDAY = anyOf(WEEKDAY_FORMS.keys());

/** ISO weekday number (Monday 1 … Sunday 7) of a weekday noun, or null. */
export function ruWeekdayNumber(word: string): number | null {
  return WEEKDAY_FORMS.get(foldRu(word)) ?? null;
}

/** Plural dative forms after `по` make a set: `по понедельникам`, `по выходным`. */
export function isPluralDative(word: string): boolean {
  return /(?:ам|ям)$/.test(foldRu(word));
}

// Adjectives: `субботней встречи`, `воскресного матча`.
const ADJECTIVE_ENDINGS = ['ий', 'его', 'ему', 'им', 'ем', 'яя', 'ей', 'юю', 'ее', 'ие', 'их', 'ими'];
const HARD_ENDINGS = ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ое', 'ые', 'ых', 'ыми'];
/** Any form of `субботний`, `воскресный`, `пятничный`, `понедельничный`, … */
export const RU_WEEKDAY_ADJECTIVE = anyOf([
  ...forms('субботн', ADJECTIVE_ENDINGS),
  ...forms('воскресн', HARD_ENDINGS),
  ...forms('пятничн', HARD_ENDINGS),
  ...forms('понедельничн', HARD_ENDINGS),
]);
