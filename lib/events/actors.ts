import type { Article, Span } from '../article/types';
import { actorById, findEntities, headOfState, placeById, type EntityMention } from '../lang/gazetteer';
import type { EventGrammar } from './grammar';
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

function isVisitType(type: EventType): boolean {
  return type.endsWith('visit');
}

/** `Қазақстан Президенті`, `Қазақстан мен Өзбекстан президенттері`: the head of state of the country named. */
function headsNamedByTitle(
  text: string,
  entities: EntityMention[],
  sentence: Span,
  grammar: EventGrammar,
  date: string,
): string[] {
  const heads: string[] = [];
  for (const e of entities) {
    const country = e.kind === 'actor' ? actorById(e.id) : undefined;
    if (!country || country.kind !== 'country') continue;
    const title = grammar.countryHeadTitle(
      text.slice(e.end, Math.min(sentence.end, e.end + 30)),
      text.slice(Math.max(sentence.start, e.start - 30), e.start),
    );
    if (!title) continue;
    const head = headOfState(country.id, date);
    if (head) heads.push(head.id);
    // A plural title covers the countries joined to this one just before it (`Қазақстан мен Өзбекстан`).
    if (title === 'plural') {
      const prior = entities.filter(
        (p) => p.end <= e.start && e.start - p.end < 12 && actorById(p.id)?.kind === 'country',
      );
      for (const p of prior) {
        const h = headOfState(p.id, date);
        if (h) heads.push(h.id);
      }
    }
  }
  return heads;
}

/**
 * The gazetteer's finds in one sentence. A sentence with three event words is asked about three times; the last
 * sentence's answer is kept (entities are not changed by their users).
 */
let lastEntities: { text: string; start: number; end: number; entities: EntityMention[] } | null = null;
function entitiesOf(article: Article, sentence: Span): EntityMention[] {
  const hit = lastEntities;
  if (hit && hit.text === article.text && hit.start === sentence.start && hit.end === sentence.end) return hit.entities;
  const entities = findEntities(article.text, sentence.start, sentence.end, article.language, article.script);
  lastEntities = { text: article.text, start: sentence.start, end: sentence.end, entities };
  return entities;
}

/**
 * Resolve the actors of one sentence for an event of `type`. Commentators (a political scientist quoted) are
 * sources, not participants; a bare `Президент` in a Kazakh agency's report is the head of its home country.
 */
export function sentenceActors(
  article: Article,
  sentence: Span,
  type: EventType,
  homeCountry: string,
  grammar: EventGrammar,
  /** The event word, when there is one: of several places, the one nearest it wins. */
  trigger?: Span,
): SentenceActors {
  const { text } = article;
  const entities = entitiesOf(article, sentence);
  const sentenceText = text.slice(sentence.start, sentence.end);

  const persons: string[] = [];
  const countries: string[] = [];
  const bodyIds: string[] = [];
  let destinationCountry: string | null = null;
  /** A destination in the event word's own clause, which wins over one in another clause. */
  let clauseDestination: string | null = null;
  const places: Array<{ id: string; rank: number; distance: number }> = [];
  const hostPersons = new Set<string>();
  const clause = trigger ? clauseAround(text, sentence, trigger) : sentence;
  const inClause = (e: Span) => e.start >= clause.start && e.end <= clause.end;

  for (const e of entities) {
    if (e.kind === 'place') {
      const place = placeById(e.id);
      const role = grammar.placeRole(text, e);
      // A city is where things happen; a region (`Орталық Азия мемлекеттері`) is a place only in a place case.
      if (place?.kind === 'city' || role !== null) {
        // A visit is where it goes (`Ташкентке`); anything else is where it is held (`Астанада`), not where someone
        // went next (`Шушаға келмес бұрын, … Астанада саммит өткізді`).
        const rank = isVisitType(type)
          ? role === 'to'
            ? 0
            : role === 'in'
              ? 1
              : 2
          : role === 'in'
            ? 0
            : role === null
              ? 1
              : 2;
        const distance = trigger ? Math.min(Math.abs(e.start - trigger.start), Math.abs(e.end - trigger.end)) : e.start;
        // Another clause tells of another event (`chose Moscow for his first trip, and in May Putin came to Nur-Sultan`).
        places.push({ id: e.id, rank: inClause(e) ? rank : rank + 10, distance });
      }
      if (role === 'to' && place?.country) {
        destinationCountry ??= place.country;
        if (inClause(e)) clauseDestination ??= place.country;
      }
      continue;
    }
    const actor = actorById(e.id);
    if (!actor) continue;
    if (actor.kind === 'body') bodyIds.push(actor.id);
    if (actor.kind === 'country') {
      countries.push(actor.id);
      if (grammar.placeRole(text, e) === 'to') {
        destinationCountry ??= actor.id;
        if (inClause(e)) clauseDestination ??= actor.id;
      }
    }
    if (actor.kind === 'person') {
      if (grammar.isCommentator(text, e, sentence)) continue;
      persons.push(actor.id);
      if (grammar.isInviter(text, e)) hostPersons.add(actor.id);
    }
  }

  persons.push(...headsNamedByTitle(text, entities, sentence, grammar, article.date));
  // `Президент`, `Мемлекет басшысы` with no name after it and no country before it: the home country's head.
  const bare = grammar.bareHeadTitle;
  bare.lastIndex = 0;
  for (let m = bare.exec(sentenceText); m; m = bare.exec(sentenceText)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    // `Президент Шавкат Мирзиёевке` is a title in apposition to a name; `Мемлекет басшысы Жапаровпен` is a subject.
    const apposition = grammar.isApposition(m[0]);
    const named =
      apposition &&
      entities.some(
        (e) => e.kind === 'actor' && actorById(e.id)?.kind === 'person' && e.start >= end && e.start - end <= 2,
      );
    const titled = entities.some(
      (e) =>
        e.kind === 'actor' &&
        actorById(e.id)?.kind === 'country' &&
        ((e.end <= at && at - e.end <= 2) || (e.start >= end && e.start - end <= 4)),
    );
    if (named || titled) continue;
    const head = headOfState(homeCountry, article.date);
    if (head) persons.push(head.id);
  }
  // Where the sentence has several clauses, a destination in another one is another event's.
  if (clause.start !== sentence.start || clause.end !== sentence.end) destinationCountry = clauseDestination;
  // `chose Moscow for his first foreign trip`, `talks in Moscow during the visit`: a visit with no word for where it
  // goes goes to the foreign city its clause names.
  if (destinationCountry === null && isVisitType(type)) {
    const abroad = entities
      .filter((e) => e.kind === 'place' && inClause(e))
      .map((e) => ({
        country: placeById(e.id)?.kind === 'city' ? placeById(e.id)?.country : undefined,
        distance: trigger ? Math.abs(e.start - trigger.start) : 0,
      }))
      .filter((x) => x.country !== undefined && x.country !== homeCountry)
      .sort((a, b) => a.distance - b.distance)[0];
    destinationCountry = abroad?.country ?? null;
  }
  if (grammar.headsPlural.test(sentenceText)) {
    // "The presidents": the heads of every country in play, including the host of a visit.
    for (const c of new Set([...countries, ...(destinationCountry ? [destinationCountry] : []), homeCountry])) {
      const head = headOfState(c, article.date);
      if (
        head &&
        (countries.includes(c) || c === destinationCountry || persons.some((p) => actorById(p)?.country === c))
      ) {
        persons.push(head.id);
      }
    }
  }

  const uniquePersons = [...new Set(persons)];
  const personCountries = new Set(uniquePersons.map((p) => actorById(p)?.country));
  const chaired = grammar.chaired.test(sentenceText);
  const roleOf = (actorId: string): ActorRole => {
    const country = actorById(actorId)?.country ?? null;
    if (type === 'council-session' && chaired) return 'chair';
    if (isVisitType(type) && (destinationCountry || hostPersons.size > 0)) {
      // The one who invited hosts; otherwise whoever belongs to the country the visit goes to.
      if (hostPersons.has(actorId) || (destinationCountry !== null && country === destinationCountry)) return 'host';
      return 'guest';
    }
    return 'participant';
  };
  const participants: Participant[] = [
    ...uniquePersons.map((id) => ({ actorId: id, role: roleOf(id) })),
    // A country counts as an actor only where none of its people is named (no "Kazakhstan" beside "Tokayev").
    ...[...new Set(countries)].filter((c) => !personCountries.has(c)).map((id) => ({ actorId: id, role: roleOf(id) })),
  ];
  // A visit goes somewhere: the destination country is its host even when no host is named.
  if (
    isVisitType(type) &&
    destinationCountry &&
    !personCountries.has(destinationCountry) &&
    !countries.includes(destinationCountry)
  ) {
    participants.push({ actorId: destinationCountry, role: 'host' });
  }
  const placeId = places.sort((a, b) => a.rank - b.rank || a.distance - b.distance)[0]?.id ?? null;
  return { entities, participants, placeId, destinationCountry, bodyIds: [...new Set(bodyIds)] };
}

/**
 * The clause of the sentence the event word is in: split at `;` and at a comma that opens another clause (`, and`,
 * `, while`, `, а`, `, но`, `, ал`, `, бірақ`). Places and destinations in other clauses belong to other events.
 */
const CLAUSE_BREAK = /;|,\s+(?:and|while|whereas|but|а|но|тогда\s+как|ал|бірақ|al|bıraq)\s/giu;
function clauseAround(text: string, sentence: Span, trigger: Span): Span {
  const s = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= trigger.start) start = at + m[0].length;
    else if (at >= trigger.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}
