import { adjective } from '../adjectives';
import { anyOf, foldRu } from '../pattern';
import { addDays } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, START } from './fragments';

// Days named from the reference date, and their adjectives (`сегодняшнего`, `вчерашней`, `завтрашнюю`).
const OFFSETS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, ['сегодня', ...adjective('сегодняшн', true)]],
  [-1, ['вчера', ...adjective('вчерашн', true)]],
  [1, ['завтра', ...adjective('завтрашн', true)]],
  [-2, ['позавчера', ...adjective('позавчерашн', true)]],
  [2, ['послезавтра', ...adjective('послезавтрашн', true)]],
];
const OFFSET_OF = new Map<string, number>(OFFSETS.flatMap(([n, list]) => list.map((w) => [foldRu(w), n] as const)));

/**
 * `сегодня`, `вчера`, `завтра`, `позавчера`, `послезавтра`, with a preposition (`до завтра`, `с сегодняшнего дня`)
 * and their adjectives. `На сегодняшний день` and `сегодняшний день` ("nowadays") are vague: left to vague.ts,
 * which matches the longer span.
 */
export const relativeDayParser: TimeParser = {
  name: 'parser/ru/RelativeDay',
  pattern: new RegExp(
    `${START}(?:(?:до|с|со|на|к|после)\\s+)?(?<word>${anyOf(OFFSET_OF.keys())})${END}(?:\\s+(?<day>дня|день|дню|утра|вечера))?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const offset = OFFSET_OF.get(foldRu(m.groups?.word ?? ''));
    if (offset === undefined) return null;
    // `завтрашний день` with nothing else is "the future"; `завтрашнего дня` after `с` is still a day.
    return {
      value: addDays(ctx.referenceDate, offset),
      kind: 'relative',
      stated: { year: false, month: false, day: false },
    };
  },
};
