import { actorById, placeById } from '../lang/gazetteer';
import type { EventType, Participant } from '../events/types';
import { composeTitle } from './compose-title';
import { EVENT_TYPE_NAMES } from './event-type-names';
import { numberToRoman } from '../lang/roman';
import type { UiLocale } from './types';

export { EVENT_TYPE_NAMES };

const EN_ORDINALS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** 21st, 22nd, 23rd, 11th–13th. */
function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The Russian ordinal agrees with the meeting's noun: 21-й форум, 2-е заседание, 3-я встреча. */
const RU_ORDINAL_ENDING: Record<string, string> = {
  forum: '-й',
  'council-session': '-е',
  'multilateral-meeting': '-я',
};

function ordinalWord(n: number, locale: UiLocale, roman: boolean, meetingType: string | undefined): string {
  if (roman) return numberToRoman(n);
  if (locale === 'en') return EN_ORDINALS[n] ?? englishOrdinal(n);
  return locale === 'kk' ? `${n}-` : `${n}${RU_ORDINAL_ENDING[meetingType ?? ''] ?? '-е'}`;
}

export interface TitleInput {
  type: EventType;
  bodyId: string | null;
  ordinal: number | null;
  placeId: string | null;
  countries: string[];
  /** Who took part (persons give the title its names: "Tokayev–Mirziyoyev talks"). */
  participants?: readonly Participant[];
}

/**
 * A title per UI language. A named occurrence of a body reads as its own name (`VII Consultative Meeting of the
 * Heads of State of Central Asia`); otherwise a title composed from who, where and what (`Tokayev–Mirziyoyev talks
 * in Tashkent`, «Тоқаевтың Өзбекстанға мемлекеттік сапары»); and only where the structure is too thin for that, the
 * type with its place or countries (`Summit: Astana`).
 */
export function eventTitles(input: TitleInput): Record<UiLocale, string> {
  const out = {} as Record<UiLocale, string>;
  const body = input.bodyId ? actorById(input.bodyId) : undefined;
  const place = input.placeId ? placeById(input.placeId) : undefined;
  for (const locale of ['kk', 'ru', 'en'] as const) {
    if (body?.occurrenceTitle && input.ordinal !== null) {
      const roman = body.meetingType === 'summit';
      const n = ordinalWord(input.ordinal, locale, roman, body.meetingType);
      const title = body.occurrenceTitle[locale].replace('{n}', n).replace('- ', '-');
      out[locale] = capitalise(title, locale);
      continue;
    }
    const composed = composeTitle({ ...input, participants: input.participants ?? [] }, locale);
    if (composed) {
      out[locale] = capitalise(composed, locale);
      continue;
    }
    const name = EVENT_TYPE_NAMES[input.type][locale];
    const where =
      body?.names[locale] ??
      place?.names[locale] ??
      input.countries.map((c) => actorById(c)?.names[locale] ?? c).join(' – ');
    out[locale] = where ? `${name}: ${where}` : name;
  }
  return out;
}

function capitalise(text: string, locale: UiLocale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
