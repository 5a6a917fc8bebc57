import { anyOf, foldRu } from '../pattern';
import { pad } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, START } from './fragments';

// Parts of the day, as adverbs and nouns (`утром`, `с утра`, `к вечеру`, `поздним вечером`), with TIMEX3 codes.
const PARTS: Record<string, string> = {
  утр: 'MO',
  утром: 'MO',
  утра: 'MO',
  утро: 'MO',
  утру: 'MO',
  вечер: 'EV',
  вечером: 'EV',
  вечера: 'EV',
  вечеру: 'EV',
  ночь: 'NI',
  ночью: 'NI',
  ночи: 'NI',
  ночам: 'NI',
  днём: 'AF',
  днем: 'AF',
  полдень: 'MI',
  полдня: 'MI',
  полудня: 'MI',
  полночь: 'NI',
  полуночи: 'NI',
  обед: 'MI',
  обеда: 'MI',
};
const PART_WORD = anyOf(Object.keys(PARTS).filter((w) => w !== 'утр'));
const EARLY_LATE = anyOf([
  'рано',
  'поздно',
  'ранним',
  'поздним',
  'ранее',
  'рано утром',
  'глубокой',
  'поздней',
  'этим',
  'тем же',
  'в тот же',
  'этой',
  'прошлой',
  'в эту',
  'в ту',
]);
const HEDGE = anyOf([
  'около',
  'примерно',
  'приблизительно',
  'почти',
  'ровно',
  'незадолго до',
  'сразу после',
  'после',
  'до',
  'с',
  'со',
  'к',
  'в',
  'во',
  'на',
  'после',
]);
const ZONE =
  '(?:\\s+(?:по\\s+(?:местному|московскому|киевскому|астанинскому|восточному|гринвичу|\\p{L}+ому)(?:\\s+времени)?|по\\s+Москве|мск|МСК|GMT|UTC|\\(\\s*мск\\s*\\)))?';
const HOURS_WORD = '(?:час(?:а|ов)?|ч\\.?)';

/**
 * A time of day: `в 15:00`, `в 15.00 по местному времени`, `около 23:00 мск`, `с 11:00 до 17:00`, `в 6 часов
 * вечера`, `около 8 утра`, `на 73-й минуте` (of a match), `утром`, `поздним вечером`, `сегодня утром`, `в полдень`, `около полуночи`. EDTF needs a
 * date for a time, which the text does not give here: the value is null and the TIMEX3 value is a time on an
 * unknown day (`XXXX-XX-XXT15:00`, `XXXX-XX-XXTMO`).
 */
export const timeOfDayParser: TimeParser = {
  name: 'parser/ru/TimeOfDay',
  pattern: new RegExp(
    `${START}(?<![.,:/])(?:(?<hedge>${HEDGE})\\s+)*(?:(?<h>[01]?\\d|2[0-3])(?<sep>[:.])(?<min>[0-5]\\d)(?::[0-5]\\d)?(?![.,:/]?\\d)(?:\\s*(?:-|–|—|до)\\s*(?:[01]?\\d|2[0-3])[:.][0-5]\\d)?` +
      `|(?<minute>\\d{1,3})-?(?:й|ей|ой)\\s+минут(?:е|ы|у)` +
      `|(?<hw>[01]?\\d|2[0-3])\\s*(?:${HOURS_WORD}\\s*)?(?:(?<mw>[0-5]?\\d)\\s*(?:мин(?:ут|уты|\\.)?)\\s*)?(?<half>утра|дня|вечера|ночи)` +
      `|(?:(?<early>${EARLY_LATE})\\s+)?(?<part>${PART_WORD}))${END}(?<zone>${ZONE})`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const stated = { year: false, month: false, day: false };
    const time = (value: string): ParsedTime => ({
      value: null,
      kind: 'time',
      stated,
      timex: { type: 'TIME', value: `XXXX-XX-XXT${value}` },
    });
    if (g.minute) return g.hedge ? { value: null, kind: 'time', stated } : null; // a minute of a match: no clock time
    if (g.h) {
      // `15:13` may be a score, `13.15` an article of a law, `11.29` an amount: a clock time needs a preposition
      // before it or a time zone after it, and no amount word after it.
      const after = ctx.sentence.slice(m.index + m[0].length);
      if (/^\s*(?:млн|млрд|миллиард|миллион|тыс|трлн|%|процент|раз|руб|долл|евро|балл|очк)/iu.test(after)) return null;
      if (!g.hedge && !g.zone) return null;
      return time(`${pad(Number(g.h))}:${g.min ?? '00'}`);
    }
    if (g.hw) {
      let hour = Number(g.hw);
      const half = foldRu(g.half ?? '');
      if ((half === 'дня' || half === 'вечера') && hour < 12) hour += 12;
      if (half === 'ночи' && hour === 12) hour = 0;
      return time(`${pad(hour)}:${pad(Number(g.mw ?? 0))}`);
    }
    const code = PARTS[foldRu(g.part ?? '')];
    if (!code) return null;
    // `ночи`, `вечера`, `утра` alone are usually part of something else (`до поздней ночи`, `вечера памяти`).
    if (
      !g.early &&
      /^(?:ночи|вечера|утра|вечер|утро|ночь|обед|обеда|полдня|днём|днем|вечеру|утру)$/iu.test(g.part ?? '') &&
      !/^(?:с|со|до|к|в|во|на|около)\s/iu.test(m[0])
    )
      return null;
    return time(code);
  },
};
