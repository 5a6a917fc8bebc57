import type { Article, Span } from '../article/types';
import { KK_CHAIRED, KK_COMMENTATOR, KK_HEAD_SINGULAR, KK_HEADS_PLURAL, KK_INVITATION } from '../lang/kk/event-words';
import { actorById, findEntities, headOfState, placeById, type EntityMention } from '../lang/gazetteer';
import type { ActorRole, EventType, Participant } from './types';

/** Who and where a sentence names, resolved against the gazetteer. */
export interface SentenceActors {
  entities: EntityMention[];
  /** Persons (and countries with no person of theirs named), in text order, without duplicates. */
  participants: Participant[];
  /** A city or region, preferring one in a locative or dative form (`Ташкентте`, `Ташкентке`). */
  placeId: string | null;
  /** The country a visit goes to: from a dative place or country (`Өзбекстанға`, `Ташкентке`). */
  destinationCountry: string | null;
  bodyIds: string[];
}

const DATIVE = /^(?:[ыі]?[ғгқкн][ае]|ğa|ge|qa|ke|na|ne)$/iu;
const LOCATIVE = /^(?:[ыі]?н?[дт][ае]|da|de|ta|te)$/iu;

function isVisitType(type: EventType): boolean {
  return type.endsWith('visit');
}

/** `Қазақстан Президенті`, `Өзбекстан мен Қазақстан президенттері`: the head of state of the country before. */
function headsNamedByTitle(text: string, entities: EntityMention[], sentenceEnd: number): string[] {
  const heads: string[] = [];
  for (const e of entities) {
    const country = e.kind === 'actor' ? actorById(e.id) : undefined;
    if (!country || country.kind !== 'country') continue;
    const after = text.slice(e.end, Math.min(sentenceEnd, e.end + 30));
    const next = /^\s+([\p{L}]+(?:\s+басшы[\p{L}]*)?)/u.exec(after)?.[1] ?? '';
    if (KK_HEAD_SINGULAR.test(next) || /^президенттер/iu.test(next)) {
      const head = headOfState(country.id);
      if (head) heads.push(head.id);
      // `Қазақстан мен Өзбекстан президенттері`: the plural covers the countries joined by мен/және before it.
      if (/^президенттер/iu.test(next)) {
        const prior = entities.filter((p) => p.end <= e.start && e.start - p.end < 12 && actorById(p.id)?.kind === 'country');
        for (const p of prior) {
          const h = headOfState(p.id);
          if (h) heads.push(h.id);
        }
      }
    }
  }
  return heads;
}

/**
 * Resolve the actors of one sentence for an event of `type`. Commentators (a political scientist quoted) are
 * sources, not participants; a bare `Президент` in a Kazakh agency's report is the head of its home country.
 */
export function sentenceActors(article: Article, sentence: Span, type: EventType, homeCountry: string): SentenceActors {
  const { text } = article;
  const entities = findEntities(text, sentence.start, sentence.end, article.language, article.script);
  const sentenceText = text.slice(sentence.start, sentence.end);

  const persons: string[] = [];
  const countries: string[] = [];
  const bodyIds: string[] = [];
  let placeId: string | null = null;
  let destinationCountry: string | null = null;
  const hostPersons = new Set<string>();

  for (const e of entities) {
    if (e.kind === 'place') {
      const place = placeById(e.id);
      const cased = DATIVE.test(e.suffix) || LOCATIVE.test(e.suffix);
      // A city is where things happen; a region (`Орталық Азия мемлекеттері`) is a place only in a place case.
      if (placeId === null && (place?.kind === 'city' || cased)) placeId = e.id;
      if (DATIVE.test(e.suffix) && place?.country) destinationCountry ??= place.country;
      continue;
    }
    const actor = actorById(e.id);
    if (!actor) continue;
    if (actor.kind === 'body') bodyIds.push(actor.id);
    if (actor.kind === 'country') {
      countries.push(actor.id);
      if (DATIVE.test(e.suffix)) destinationCountry ??= actor.id;
    }
    if (actor.kind === 'person') {
      const before = text.slice(Math.max(sentence.start, e.start - 40), e.start);
      if (KK_COMMENTATOR.test(before.split(/\s+/).slice(-3).join(' '))) continue;
      persons.push(actor.id);
      if (KK_INVITATION.test(text.slice(e.end, e.end + 20))) hostPersons.add(actor.id);
    }
  }

  persons.push(...headsNamedByTitle(text, entities, sentence.end));
  // `Президент`, `Мемлекет басшысы` with no name after it and no country before it: the home country's head.
  const bare = /(?<![\p{L}])(?:президент(?:і|ы|тің|ке|пен)?|мемлекет басшы(?:сы|сының|сына)?|prezident(?:ı)?)(?![\p{L}])/giu;
  for (let m = bare.exec(sentenceText); m; m = bare.exec(sentenceText)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    // `Президент Шавкат Мирзиёевке` is a title in apposition to a name; `Мемлекет басшысы Жапаровпен` is a subject.
    const apposition = /^(?:президент|prezident)$/iu.test(m[0]);
    const named = apposition && entities.some((e) => e.kind === 'actor' && actorById(e.id)?.kind === 'person' && e.start >= end && e.start - end <= 2);
    const titled = entities.some((e) => e.kind === 'actor' && actorById(e.id)?.kind === 'country' && e.end <= at && at - e.end <= 2);
    if (named || titled) continue;
    const head = headOfState(homeCountry);
    if (head) persons.push(head.id);
  }
  if (KK_HEADS_PLURAL.test(sentenceText)) {
    // "The presidents": the heads of every country in play, including the host of a visit.
    for (const c of new Set([...countries, ...(destinationCountry ? [destinationCountry] : []), homeCountry])) {
      const head = headOfState(c);
      if (head && (countries.includes(c) || c === destinationCountry || persons.some((p) => actorById(p)?.country === c))) {
        persons.push(head.id);
      }
    }
  }

  const uniquePersons = [...new Set(persons)];
  const personCountries = new Set(uniquePersons.map((p) => actorById(p)?.country));
  const chaired = KK_CHAIRED.test(sentenceText);
  const roleOf = (actorId: string): ActorRole => {
    const country = actorById(actorId)?.country ?? null;
    if (type === 'council-session' && chaired) return 'chair';
    if (isVisitType(type) && destinationCountry) {
      if (hostPersons.has(actorId) || country === destinationCountry) return 'host';
      return 'guest';
    }
    return 'participant';
  };
  const participants: Participant[] = [
    ...uniquePersons.map((id) => ({ actorId: id, role: roleOf(id) })),
    // A country counts as an actor only where none of its people is named (no "Kazakhstan" beside "Tokayev").
    ...[...new Set(countries)]
      .filter((c) => !personCountries.has(c))
      .map((id) => ({ actorId: id, role: roleOf(id) })),
  ];
  // A visit goes somewhere: the destination country is its host even when no host is named.
  if (isVisitType(type) && destinationCountry && !personCountries.has(destinationCountry) && !countries.includes(destinationCountry)) {
    participants.push({ actorId: destinationCountry, role: 'host' });
  }
  return { entities, participants, placeId, destinationCountry, bodyIds: [...new Set(bodyIds)] };
}
