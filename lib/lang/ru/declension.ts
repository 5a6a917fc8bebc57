/**
 * Russian case forms for composing text (titles), the generating counterpart of ./morphology.ts. Enough for the
 * gazetteer's names: surnames (Токаев → Токаева, Токаевым; Зеленский → Зеленского; Чапутова → Чапутовой), first
 * names, countries and cities (Ташкент → в Ташкенте, в Узбекистан; Москва → в Москве, в Москву; Турция → в Турции;
 * Центральная Азия → в Центральной Азии). What the rules get wrong is an override in the gazetteer
 * (lib/lang/gazetteer/forms.ts): Тяньцзинь, Израиль, Боровое, the Emirates.
 */

export type RuCase = 'gen' | 'prep' | 'acc' | 'ins';
export type RuGender = 'm' | 'f';

/** What is being declined: a person's name word (animate), or a place/country/body word (inanimate). */
export interface RuWordOptions {
  gender: RuGender;
  animate: boolean;
}

const HUSHING_OR_VELAR = /[гкхжшщч]$/u;

/** Words that never change: ending in о, е, и, у, ы, э, ю (Лукашенко, Душанбе, Алматы, Баку, Моди). */
const INDECLINABLE_END = /[оеёиуыэю]$/u;

function adjective(word: string, c: RuCase, animate: boolean): string | null {
  const m = /^(.*)(ая|яя|ий|ый|ой|ое|ее)$/u.exec(word);
  if (!m) return null;
  const [, stem = '', end = ''] = m;
  // -ий is an adjective after a suffix consonant (Зеленский, Римский, Синий); Каспий, Геннадий are nouns.
  if (end === 'ий' && !/(?:[скцжшчщгх]|[^аеиоуыэюя]н)$/u.test(stem)) return null;
  const soft = end === 'яя' || end === 'ее' || (end === 'ий' && !HUSHING_OR_VELAR.test(stem));
  if (end === 'ая' || end === 'яя') {
    if (c === 'acc') return stem + (soft ? 'юю' : 'ую');
    return stem + (soft ? 'ей' : 'ой');
  }
  const neuter = end === 'ое' || end === 'ее';
  const y = soft ? 'е' : 'о';
  switch (c) {
    case 'gen':
      return `${stem}${y}го`;
    case 'prep':
      return `${stem}${soft ? 'е' : 'о'}м`;
    case 'acc':
      return neuter || !animate ? word : `${stem}${y}го`;
    case 'ins':
      return stem + (soft || HUSHING_OR_VELAR.test(stem) ? 'им' : 'ым');
  }
}

/** A feminine noun or surname. Consonant-ending ones do not change (Меркель, Новак for a woman). */
function feminine(word: string, c: RuCase, animate: boolean): string {
  const surname = /^(.*(?:ов|ев|ёв|ин|ын))а$/u.exec(word);
  if (animate && surname) return c === 'acc' ? `${surname[1]}у` : `${surname[1]}ой`;
  if (word.endsWith('ия')) return word.slice(0, -1) + { gen: 'и', prep: 'и', acc: 'ю', ins: 'ей' }[c];
  if (word.endsWith('я')) return word.slice(0, -1) + { gen: 'и', prep: 'е', acc: 'ю', ins: 'ей' }[c];
  if (word.endsWith('а')) {
    const stem = word.slice(0, -1);
    const gen = HUSHING_OR_VELAR.test(stem) ? 'и' : 'ы';
    const ins = /[жшщчц]$/u.test(stem) ? 'ей' : 'ой';
    return stem + { gen, prep: 'е', acc: 'у', ins }[c];
  }
  if (word.endsWith('ь') && !animate) return word.slice(0, -1) + { gen: 'и', prep: 'и', acc: 'ь', ins: 'ью' }[c];
  return word;
}

function masculine(word: string, c: RuCase, animate: boolean): string {
  // Обама → Обамы, Абдулла → Абдуллой: the -а declension, whatever the gender.
  if (word.endsWith('а') || word.endsWith('я')) return feminine(word, c, false);
  if (word.endsWith('ь')) {
    const stem = word.slice(0, -1);
    return { gen: `${stem}я`, prep: `${stem}е`, acc: animate ? `${stem}я` : word, ins: `${stem}ем` }[c];
  }
  if (word.endsWith('й')) {
    const stem = word.slice(0, -1);
    const prep = stem.endsWith('и') ? `${stem}и` : `${stem}е`; // Каспий → Каспии, Китай → Китае
    return { gen: `${stem}я`, prep, acc: animate ? `${stem}я` : word, ins: `${stem}ем` }[c];
  }
  const russianSurname = animate && /(?:ов|ев|ёв|ин|ын)$/u.test(word);
  const ins = russianSurname ? 'ым' : /[жшщчц]$/u.test(word) ? 'ем' : 'ом';
  return { gen: `${word}а`, prep: `${word}е`, acc: animate ? `${word}а` : word, ins: `${word}${ins}` }[c];
}

/** One word in a case. Capitalised words keep their capital; abbreviations and numerals do not change. */
export function ruWord(word: string, c: RuCase, o: RuWordOptions): string {
  if (word.length < 2 || word === word.toLocaleUpperCase('ru') || !/^[\p{Script=Cyrillic}]+$/u.test(word)) return word;
  const adj = word.length > 3 ? adjective(word, c, o.animate) : null;
  if (adj !== null) return adj;
  if (INDECLINABLE_END.test(word)) return word;
  return o.gender === 'f' ? feminine(word, c, o.animate) : masculine(word, c, o.animate);
}

/**
 * A name in a case, word by word: lower-case particles (бен, фон, дер, ас-) and Roman numerals stay, hyphenated
 * parts decline only at the end (Санкт-Петербурге, Улан-Баторе, Келлер-Зуттер).
 */
export function ruPhrase(phrase: string, c: RuCase, o: RuWordOptions): string {
  return phrase
    .split(' ')
    .map((w) => {
      if (!/^\p{Lu}/u.test(w)) return w;
      const parts = w.split('-');
      const last = parts.pop() ?? '';
      return [...parts, ruWord(last, c, o)].join('-');
    })
    .join(' ');
}

/** A noun phrase's gender from its last word: -а/-я and a soft sign after a sibilant-free stem read feminine. */
export function ruPlaceGender(name: string): RuGender {
  const last = name.split(/[\s-]/).pop() ?? name;
  return /[ая]$/u.test(last) || /(?:ань|усь|ерь)$/u.test(last) ? 'f' : 'm';
}

/** "в" or "во" before a place in the prepositional or accusative: во Франции, во Вьетнаме, в Вене. */
export function ruIn(word: string): string {
  return /^[ВвФф][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]/u.test(word) ? 'во' : 'в';
}
