import { actorById, placeById, type ActorEntry, type PlaceEntry } from '../lang/gazetteer';
import {
  hasShortName,
  isFormatBody,
  kkGenitiveOf,
  ruActor,
  ruPlace,
  ruPlacePreposition,
  shortName,
} from '../lang/gazetteer/forms';
import { kkDative, kkInstrumental, kkJoin, kkLocativeAttributive } from '../lang/kk/declension';
import type { EventType, Participant } from '../events/types';
import { EVENT_TYPE_NAMES } from './event-type-names';
import type { UiLocale } from './types';

export interface ComposeInput {
  type: EventType;
  bodyId: string | null;
  placeId: string | null;
  countries: readonly string[];
  participants: readonly Participant[];
}

/** Kazakh type words: bare (Ташкенттегі келіссөздер) and with the 3rd-person possessive after a genitive (… келіссөздері). */
const KK_TYPE: Record<EventType, { bare: string; owned: string }> = {
  'state-visit': { bare: 'мемлекеттік сапар', owned: 'мемлекеттік сапары' },
  'official-visit': { bare: 'ресми сапар', owned: 'ресми сапары' },
  'working-visit': { bare: 'жұмыс сапары', owned: 'жұмыс сапары' },
  'informal-visit': { bare: 'бейресми сапар', owned: 'бейресми сапары' },
  visit: { bare: 'сапар', owned: 'сапары' },
  talks: { bare: 'келіссөздер', owned: 'келіссөздері' },
  summit: { bare: 'саммит', owned: 'саммиті' },
  'multilateral-meeting': { bare: 'көпжақты кездесу', owned: 'көпжақты кездесуі' },
  'council-session': { bare: 'кеңес отырысы', owned: 'кеңес отырысы' },
  briefing: { bare: 'брифинг', owned: 'брифингі' },
  'press-statement': { bare: 'баспасөз мәлімдемесі', owned: 'баспасөз мәлімдемесі' },
  'joint-statement': { bare: 'бірлескен мәлімдеме', owned: 'бірлескен мәлімдемесі' },
  declaration: { bare: 'декларация', owned: 'декларациясы' },
  'agreement-signing': { bare: 'келісімге қол қою', owned: 'келісімге қол қоюы' },
  'phone-call': { bare: 'телефон арқылы сөйлесу', owned: 'телефон арқылы сөйлесуі' },
  interview: { bare: 'сұхбат', owned: 'сұхбаты' },
  forum: { bare: 'форум', owned: 'форумы' },
  other: { bare: 'оқиға', owned: 'оқиғасы' },
};

const VISITS = new Set<EventType>(['state-visit', 'official-visit', 'working-visit', 'informal-visit', 'visit']);
/** Said by one side ("Tokayev's briefing"), or by the few named together ("Tokayev–Mirziyoyev briefing"). */
const BY_ONE = new Set<EventType>(['briefing', 'press-statement', 'interview']);
/** Gatherings that are a body's meeting when a body is known: "SCO summit in Astana". */
const GATHERINGS = new Set<EventType>(['summit', 'multilateral-meeting', 'council-session', 'forum']);
/** Made by two or more sides: with one side known, only the place is said. */
const JOINT = new Set<EventType>(['joint-statement', 'declaration', 'agreement-signing']);
/** No place in the title: a call has two ends. */
const PLACELESS = new Set<EventType>(['phone-call']);

/** At most this many names in a title; more read as a list, and the countries or the place say it better. */
const MAX_NAMED = 3;

/** Kazakhstan's side first (the corpus is Kazakh diplomacy), otherwise as given. */
function kzFirst(actors: ActorEntry[]): ActorEntry[] {
  return [...actors].sort((a, b) => Number(b.country === 'kz') - Number(a.country === 'kz'));
}

function actors(ids: readonly string[]): ActorEntry[] {
  return ids.map((id) => actorById(id)).filter((a): a is ActorEntry => a !== undefined);
}

function persons(input: ComposeInput): ActorEntry[] {
  return kzFirst(actors([...new Set(input.participants.map((p) => p.actorId))]).filter((a) => a.kind === 'person'));
}

/** The sides of a two- or three-way event: people if named, else countries; one person only where one makes sense. */
function parties(input: ComposeInput): ActorEntry[] {
  const people = persons(input);
  // A briefing the two presidents gave together ("the presidents held a briefing") is both of theirs.
  if (BY_ONE.has(input.type)) return people.length >= 2 && people.length <= MAX_NAMED ? people : people.slice(0, 1);
  if (people.length >= 2 && people.length <= MAX_NAMED) return people;
  const countries = kzFirst(actors(input.countries));
  if (countries.length >= 2 && countries.length <= MAX_NAMED) return countries;
  return people.length === 1 && !JOINT.has(input.type) ? people : [];
}

/**
 * One side of talks or a call: Kazakhstan's own is the subject ("Tokayev's talks"), anyone else the counterpart
 * ("Talks with Putin").
 */
const isCounterpart = (input: ComposeInput, sides: ActorEntry[]) =>
  sides.length === 1 && !BY_ONE.has(input.type) && sides[0]!.country !== 'kz';

/** Who visits where: the guest (a person) and the country (or, failing that, the city) visited. */
function visitParts(
  input: ComposeInput,
  place: PlaceEntry | undefined,
): { guest?: ActorEntry; to?: ActorEntry | PlaceEntry } {
  const people = actors(input.participants.map((p) => p.actorId)).filter((a) => a.kind === 'person');
  const roleOf = (a: ActorEntry) => input.participants.find((p) => p.actorId === a.id)?.role;
  const host = people.find((a) => roleOf(a) === 'host');
  const placeCountry = place?.country ? actorById(place.country) : undefined;
  let guest = people.find((a) => roleOf(a) === 'guest');
  const toCountry =
    placeCountry && placeCountry.id !== guest?.country
      ? placeCountry
      : host?.country && host.country !== guest?.country
        ? actorById(host.country)
        : actors(input.countries).find((c) => c.id !== (guest?.country ?? 'kz'));
  guest ??= people.find((a) => a.country !== toCountry?.id);
  const to = toCountry ?? (place && place.country !== guest?.country ? place : undefined);
  return { ...(guest ? { guest } : {}), ...(to ? { to } : {}) };
}

const isPlace = (x: ActorEntry | PlaceEntry): x is PlaceEntry => x.kind === 'city' || x.kind === 'region';

// ---------------------------------------------------------------- English

/** A name as it stands alone: "the United States" takes the article ("to the United States"); a compound does not. */
function enName(a: ActorEntry | PlaceEntry, article = true): string {
  const name = isPlace(a) ? a.names.en : shortName(a, 'en');
  return article && /^(?:United|Republic|Netherlands|Philippines|Vatican)\b/.test(name) ? `the ${name}` : name;
}
const enPossessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const enType = (type: EventType) => EVENT_TYPE_NAMES[type].en.toLowerCase();

function english(input: ComposeInput, place: PlaceEntry | undefined, body: ActorEntry | undefined): string | null {
  const type = enType(input.type);
  const at = place && !PLACELESS.has(input.type) ? ` in ${place.names.en}` : '';
  if (VISITS.has(input.type)) {
    const { guest, to } = visitParts(input, place);
    if (!guest && !to) return null;
    return `${guest ? `${enPossessive(enName(guest))} ${type}` : type}${to ? ` to ${enName(to)}` : ''}`;
  }
  if (GATHERINGS.has(input.type) && body)
    return hasShortName(body) || isFormatBody(body) ? `${shortName(body, 'en')} ${type}${at}` : null;
  const sides = parties(input);
  if (isCounterpart(input, sides)) return `${type} with ${enName(sides[0]!)}${at}`;
  if (sides.length === 1) return `${enPossessive(enName(sides[0]!))} ${type}${at}`;
  if (sides.length > 1) return `${sides.map((s) => enName(s, false)).join('–')} ${type}${at}`;
  return at ? `${type}${at}` : null;
}

// ---------------------------------------------------------------- Russian

function ruJoin(names: string[]): string {
  return names.length <= 2 ? names.join(' и ') : `${names.slice(0, -1).join(', ')} и ${names[names.length - 1]}`;
}
function ruAt(place: PlaceEntry): string {
  const form = ruPlace(place, 'prep');
  return `${ruPlacePreposition(place, form)} ${form}`;
}
function ruTo(to: ActorEntry | PlaceEntry): string {
  const form = isPlace(to) ? ruPlace(to, 'acc') : ruActor(to, 'acc');
  return `${ruPlacePreposition(to, form)} ${form}`;
}

function russian(input: ComposeInput, place: PlaceEntry | undefined, body: ActorEntry | undefined): string | null {
  const type = EVENT_TYPE_NAMES[input.type].ru;
  const at = place && !PLACELESS.has(input.type) ? ` ${ruAt(place)}` : '';
  if (VISITS.has(input.type)) {
    const { guest, to } = visitParts(input, place);
    if (!guest && !to) return null;
    return [type, guest ? ruActor(guest, 'gen') : '', to ? ruTo(to) : ''].filter(Boolean).join(' ');
  }
  if (GATHERINGS.has(input.type) && body) {
    if (isFormatBody(body)) return `${type} «${body.names.ru}»${at}`;
    return hasShortName(body) ? `${type} ${shortName(body, 'ru')}${at}` : null;
  }
  const sides = parties(input);
  if (isCounterpart(input, sides)) return `${type} с ${ruActor(sides[0]!, 'ins')}${at}`;
  // Signing is between the sides: «Подписание соглашения между Казахстаном и Узбекистаном».
  if (input.type === 'agreement-signing' && sides.length > 1)
    return `${type} между ${ruJoin(sides.map((s) => ruActor(s, 'ins')))}${at}`;
  if (sides.length > 0) return `${type} ${ruJoin(sides.map((s) => ruActor(s, 'gen')))}${at}`;
  return at ? `${type}${at}` : null;
}

// ---------------------------------------------------------------- Kazakh

const kkName = (a: ActorEntry | PlaceEntry) => (isPlace(a) ? a.names.kk : shortName(a, 'kk'));

function kazakh(input: ComposeInput, place: PlaceEntry | undefined, body: ActorEntry | undefined): string | null {
  const words = KK_TYPE[input.type];
  const at = place && !PLACELESS.has(input.type) ? `${kkLocativeAttributive(place.names.kk)} ` : '';
  if (VISITS.has(input.type)) {
    const { guest, to } = visitParts(input, place);
    if (!guest && !to) return null;
    const where = to ? `${kkDative(kkName(to))} ` : '';
    return guest ? `${kkGenitiveOf(kkName(guest))} ${where}${words.owned}` : `${where}${words.bare}`;
  }
  if (GATHERINGS.has(input.type) && body) {
    if (isFormatBody(body)) return `${at}«${body.names.kk}» ${words.owned}`;
    return hasShortName(body) ? `${kkGenitiveOf(shortName(body, 'kk'))} ${at}${words.owned}` : null;
  }
  const sides = parties(input);
  if (isCounterpart(input, sides)) return `${at}${kkInstrumental(kkName(sides[0]!))} ${words.bare}`;
  if (sides.length > 0) return `${kkGenitiveOf(kkJoin(sides.map(kkName)))} ${at}${words.owned}`;
  return at ? `${at}${words.bare}` : null;
}

/**
 * A title in one language from the event's structure: who (surnames, or countries), what (the type) and where
 * (the city, or for a visit the country visited), each in the case the language wants. Null when the structure is
 * too thin for a sentence-like title (no people, no countries, no place): the caller falls back to `Type: place`.
 */
export function composeTitle(input: ComposeInput, locale: UiLocale): string | null {
  if (input.type === 'other') return null;
  const place = input.placeId ? placeById(input.placeId) : undefined;
  const body = input.bodyId ? actorById(input.bodyId) : undefined;
  // A body that is itself a meeting (Astana International Forum) and has no abbreviation: its own name says it.
  if (body && GATHERINGS.has(input.type) && !hasShortName(body) && !isFormatBody(body))
    return body.meetingType ? body.names[locale] : null;
  if (locale === 'en') return english(input, place, body);
  if (locale === 'ru') return russian(input, place, body);
  return kazakh(input, place, body);
}
