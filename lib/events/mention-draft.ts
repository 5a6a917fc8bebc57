import type { Article, Span } from '../article/types';
import { actorById } from '../lang/gazetteer';
import type { TimeMention } from '../time/types';
import { sentenceActors } from './actors';
import type { EventGrammar, Trigger } from './grammar';
import { ordinalBefore, type OrdinalWord } from './ordinal';
import type { EventMention, EventStatus, EventType, When } from './types';
import { DAY_MS } from '../model';

const DATED_KINDS = new Set(['date', 'range', 'month', 'year', 'relative', 'season', 'week', 'quarter']);

/** The time expression that governs a trigger: the nearest dated one before it in the sentence, else after it. */
function governingTime(times: TimeMention[], sentence: Span, trigger: Span, timeFollows: boolean): TimeMention | null {
  const inSentence = times.filter(
    (t) => t.start >= sentence.start && t.end <= sentence.end && t.rule !== 'article/HeaderDate',
  );
  const dated = inSentence.filter((t) => t.value !== null && DATED_KINDS.has(t.kind));
  const before = dated.filter((t) => t.end <= trigger.start).pop();
  // Kazakh puts the time before what it dates; English and Russian put it anywhere in the clause.
  const found = before ?? (timeFollows ? (dated.find((t) => t.start >= trigger.end) ?? null) : null);
  return found ? narrowest(found, dated) : null;
}

/**
 * `былтыр шілдеде` ("last year in July") is two expressions side by side, the year and the month: the event is
 * dated by the narrower one.
 */
function narrowest(time: TimeMention, dated: readonly TimeMention[]): TimeMention {
  const i = dated.indexOf(time);
  const next = dated[i + 1];
  const prev = dated[i - 1];
  for (const other of [next, prev]) {
    if (!other?.value || !time.value) continue;
    const gap = other.start >= time.end ? other.start - time.end : time.start - other.end;
    if (gap < 0 || gap > 3) continue;
    if (other.value.startsWith(time.value) && other.value.length > time.value.length) return other;
  }
  return time;
}

function hasVagueTime(times: TimeMention[], sentence: Span): boolean {
  return times.some((t) => t.start >= sentence.start && t.end <= sentence.end && t.kind === 'vague');
}

/** A generic "meeting" or "interview" is diplomatic only with someone from abroad, or "the presidents" meeting. */
function meetsAbroad(
  participants: EventMention['participants'],
  home: string,
  headsPlural: boolean,
  type: EventType,
): boolean {
  if (headsPlural && type === 'talks') return true;
  const persons = participants.map((p) => actorById(p.actorId)).filter((a) => a?.kind === 'person');
  if (type === 'interview') return persons.length > 0;
  return participants.some((p) => {
    const actor = actorById(p.actorId);
    return actor !== undefined && actor.kind !== 'body' && actor.country !== undefined && actor.country !== home;
  });
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const DAY = /^(\d{4})(-\d{2}-\d{2})$/;
const shiftYear = (day: string, by: number) => day.replace(/^\d{4}/, (y) => String(Number(y) + by));

/**
 * A day and month with no year takes its year from the event's own tense, not the sentence's: "during the April
 * 14–15 state visit" in a December report is the past April; «договорились встретиться 3–4 декабря» in November is
 * the coming December, whatever verb the sentence ends on. The tagger read the sentence; the event reads the verb
 * that governs its own word.
 */
function yearByStatus(time: TimeMention, status: EventStatus | null, articleDate: string): TimeMention {
  if (time.stated.year || !time.value || status === null) return time;
  const [first, second] = time.value.split('/');
  if (!first || !DAY.test(first) || (second !== undefined && !DAY.test(second))) return time;
  // Two weeks either way are more likely a misread verb than a year off.
  const by =
    status === 'announced' && (second ?? first) < addDays(articleDate, -14)
      ? 1
      : status === 'reported' && first > addDays(articleDate, 14)
        ? -1
        : 0;
  if (by === 0) return time;
  const value = second === undefined ? shiftYear(first, by) : `${shiftYear(first, by)}/${shiftYear(second, by)}`;
  return { ...time, value, rule: `${time.rule}+EventTense` };
}

/**
 * "Arrived today for a two-day state visit", «екі күнге созылатын саммит бүгін басталды»: a visit, summit or forum
 * dated by its first day and said to last N days covers them all.
 */
function lasting(time: TimeMention, times: TimeMention[], sentence: Span, type: EventType): TimeMention {
  if (!time.value || !DAY.test(time.value) || !LASTING_TYPES.has(type)) return time;
  const duration = times.find(
    (t) =>
      t.kind === 'duration' && t.start >= sentence.start && t.end <= sentence.end && /^P[2-7]D$/.test(t.value ?? ''),
  );
  if (!duration) return time;
  const days = Number(duration.value!.slice(1, -1));
  const end = addDays(time.value, days - 1);
  return { ...time, value: `${time.value}/${end}`, kind: 'range', rule: `${time.rule}+${duration.rule}` };
}

/** "On Thursday, the second day of the visit": the visit ran from the day before at least. */
function sinceFirstDay(time: TimeMention, nthDay: number | null): TimeMention {
  if (!nthDay || nthDay < 2 || nthDay > 7 || !time.value || !DAY.test(time.value)) return time;
  return {
    ...time,
    value: `${addDays(time.value, -(nthDay - 1))}/${time.value}`,
    kind: 'range',
    rule: `${time.rule}+DayOfVisit`,
  };
}

const LASTING_TYPES: ReadonlySet<EventType> = new Set([
  'state-visit',
  'official-visit',
  'working-visit',
  'informal-visit',
  'visit',
  'summit',
  'forum',
  'multilateral-meeting',
  'council-session',
]);

const SUMMIT_WORD = /саммит|sammit|summit|съезд|форум|forum/iu;
const MEETING_WORDS: ReadonlySet<EventType> = new Set([
  'talks',
  'summit',
  'council-session',
  'forum',
  'multilateral-meeting',
]);
/** Whether the words before a meeting word say it is the next or the previous edition. */
function neighbourOf(before: string): 'next' | 'previous' | null {
  const m = NEIGHBOUR.exec(before);
  if (!m) return null;
  return /^(?:next|upcoming|following|forthcoming|кезекті|келесі|алдағы|следующ|очередн|предстоящ|kezektı|kelesı|aldağy)/iu.test(
    m[0],
  )
    ? 'next'
    : 'previous';
}

const NEIGHBOUR =
  /(?:previous|last|next|upcoming|following|forthcoming|алдыңғы|кезекті|келесі|алдағы|бұрынғы|предыдущ|прошл|следующ|очередн|предстоящ|aldyñğy|kezektı|kelesı|aldağy)[\p{L}]*[\s,]+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Which recurring meeting a bare meeting word names: none of its own in the sentence, but an edition number or
 * "previous"/"next" before it, and a series named earlier in the article. A body named elsewhere in the sentence
 * that holds no meetings (the UN, a country) does not stop it.
 */
function editionOf(
  text: string,
  trigger: Trigger,
  type: EventType,
  recentBody: string | null,
  actors: { bodyIds: string[]; participants: EventMention['participants'] },
  ordinalWord: OrdinalWord,
): string | null {
  if (!recentBody || !MEETING_WORDS.has(type)) return null;
  if (actors.bodyIds.some((b) => b !== recentBody && actorById(b)?.meetingType)) return null;
  const before = text.slice(Math.max(0, trigger.start - 60), trigger.start);
  if (ordinalBefore(text, trigger.start, ordinalWord) !== null || NEIGHBOUR.test(before)) return recentBody;
  // `Кездесуге Тоқаев, Жапаров, Рахмон … қатысты` after the summit: "the meeting" of three leaders or more is it.
  return type === 'talks' && actorById(recentBody)?.meetingType === 'summit' && isMultilateral(actors)
    ? recentBody
    : null;
}

/** A summit's sentence: a body that holds summits, or three countries or more. */
function isMultilateral(actors: { bodyIds: string[]; participants: EventMention['participants'] }): boolean {
  if (actors.bodyIds.some((b) => actorById(b)?.meetingType === 'summit' || (actorById(b)?.members?.length ?? 0) > 2))
    return true;
  const countries = new Set(actors.participants.map((p) => actorById(p.actorId)?.country ?? p.actorId));
  return countries.size >= 3;
}

/** The document a signing is of, from its words: the Declaration and the package of documents signed the same day are two events. */
function documentKind(words: string): EventMention['document'] {
  if (/деклар|declar|deklar/iu.test(words)) return 'declaration';
  if (/договор|treat|шарт|şart/iu.test(words)) return 'treaty';
  if (/меморандум|memorand/iu.test(words)) return 'memorandum';
  if (/пакет|package|paket|документов|documents|құжаттар|qūjattar|соглашений|agreements/iu.test(words))
    return 'documents';
  return null;
}

export interface Draft {
  mention: EventMention;
  /** Whether other events in its sentence happen "during" it (`сапары барысында`). */
  governs: boolean;
  /** "This visit": the event the article is about. */
  deictic: boolean;
  /** "On the second day of the visit": which day of it the sentence is on. */
  nthDay: number | null;
  /** "After his first state visit": a time another event is measured from, not the news of the day. */
  anchor: boolean;
}

/**
 * One event word, read in its sentence: its type (refined by the body named with it), participants, place, the
 * time that governs it and its status. Null when the word is not a diplomatic event here (a session of no council,
 * a meeting with nobody from abroad, a commentator's interview).
 */
export function draftMention(
  article: Article,
  sentence: Span,
  trigger: Trigger,
  times: TimeMention[],
  grammar: EventGrammar,
  home: string,
  /** The recurring meeting the article last named (`Консультативтік кездесу`): what "the fifth meeting" means. */
  recentBody: string | null = null,
): Draft | null {
  const { text } = article;
  const actors = sentenceActors(article, sentence, trigger.type, home, grammar, trigger);
  const meetingBody = actors.entities.find(
    (e) => e.kind === 'actor' && actorById(e.id)?.meetingType && e.start <= trigger.start && e.end >= trigger.start,
  );
  let type: EventType = trigger.type;
  let bodyId: string | null = null;
  let ordinalAt = trigger.start;
  const named = meetingBody ? null : editionOf(text, trigger, type, recentBody, actors, grammar.ordinalWord);
  const gap = (e: { start: number; end: number }) =>
    e.end <= trigger.start ? trigger.start - e.end : e.start >= trigger.end ? e.start - trigger.end : 0;
  if (meetingBody) {
    type = actorById(meetingBody.id)?.meetingType ?? type;
    bodyId = meetingBody.id;
    ordinalAt = meetingBody.start;
  } else if (named) {
    // `Бесінші кездесу Душанбеде өткен`, "the previous meeting in Dushanbe": an edition of the series just named.
    type = actorById(named)?.meetingType ?? type;
    bodyId = named;
  } else if (type === 'summit' || type === 'multilateral-meeting' || type === 'forum') {
    // `Шанхай ынтымақтастық ұйымының саммиті`, `the SCO summit`: the body named next to it is the summit's.
    // (before it, or right after: `второй саммит «Центральная Азия – Китай»`)
    const near = actors.entities.filter((e) => e.kind === 'actor' && actorById(e.id)?.kind === 'body' && gap(e) <= 30);
    bodyId = near.sort((a, b) => gap(a) - gap(b))[0]?.id ?? null;
  } else if (trigger.entry?.needsBody) {
    // The body nearest the session word is whose session it is (`ШОС … Совета глав государств заседание`; the
    // second Central Asia – Russia summit, and then `заседание Совета глав государств СНГ`).
    // Russian and English name it after the word (`заседание Совета глав государств СНГ`, `a session of the
    // SCO Council`), Kazakh before it (`ТМД … кеңесінің отырысы`): that side is looked at first.
    const after = article.language !== 'kk';
    const side = (e: { start: number }) => (e.start >= trigger.end === after ? 0 : 1);
    const nearest = actors.entities
      .filter((e) => e.kind === 'actor' && actorById(e.id)?.kind === 'body' && gap(e) <= 60)
      .sort((a, b) => side(a) - side(b) || gap(a) - gap(b))
      .map((e) => e.id);
    const bodies = [...new Set([...nearest, ...actors.bodyIds])]
      .map((id) => actorById(id))
      .filter((b) => b !== undefined);
    const meeting = bodies.find((b) => b.meetingType === 'summit' || b.meetingType === 'forum');
    const council = bodies.find((b) => b.meetingType === 'council-session');
    const meetingFirst =
      meeting !== undefined && (council === undefined || bodies.indexOf(meeting) < bodies.indexOf(council));
    if (meeting && meetingFirst) {
      // The SCO's or the CIS's Council of Heads of State in session is its summit; a forum's plenary session, the forum.
      type = meeting.meetingType === 'forum' ? 'forum' : 'summit';
      bodyId = meeting.id;
    } else if (council || grammar.namesCouncil(text, trigger, sentence)) {
      // A council the gazetteer does not know (`High-Level Strategic Cooperation Council`) still makes a session.
      bodyId = council?.id ?? null;
    } else if (bodies[0]) {
      // A session of another body (the UN General Assembly's) is a multilateral meeting.
      type = 'multilateral-meeting';
      bodyId = bodies[0].id;
    } else return null;
  }
  // Signing a declaration between two states is an agreement signing; a summit's declaration (or its final documents,
  // adopted) is its joint statement, as is any declaration adopted rather than signed.
  if (type === 'agreement-signing') {
    const words = text.slice(trigger.start, trigger.end);
    const adopted = /қабылдан|qabyldan|приня|adopted/iu.test(words);
    const declaration = /деклар|declar|deklar|коммюнике|communiqu|kommiunike/iu.test(words);
    const summit =
      isMultilateral(actors) ||
      SUMMIT_WORD.test(text.slice(sentence.start, sentence.end)) ||
      (recentBody !== null && actorById(recentBody)?.meetingType === 'summit');
    if ((declaration && (adopted || summit)) || (adopted && summit)) type = 'joint-statement';
  }
  const headsPlural = grammar.headsPlural.test(text.slice(sentence.start, sentence.end));
  // `arrived in Astana`, `Мәскеуге келді`: a visit only where the sentence says where to.
  if (trigger.entry?.needsDestination && actors.destinationCountry === null) return null;
  // `ТМД елдері басшыларының бейресми кездесуі`, `встреча в формате «БРИКС плюс»`, `an informal gathering of CIS
  // leaders`: a meeting word with no foreign leader named, next to a body that holds summits, is that body's summit.
  if (!meetingBody && !named && type === 'talks' && trigger.entry?.needsPerson) {
    const foreignPerson = actors.participants.some((p) => {
      const actor = actorById(p.actorId);
      return actor?.kind === 'person' && actor.country !== home;
    });
    const summitBody = foreignPerson
      ? undefined
      : actors.entities
          .filter((e) => e.kind === 'actor' && actorById(e.id)?.meetingType === 'summit' && gap(e) <= 40)
          .sort((a, b) => gap(a) - gap(b))[0];
    if (summitBody) {
      type = 'summit';
      bodyId = summitBody.id;
    }
  }
  if (
    !meetingBody &&
    !named &&
    !bodyId &&
    trigger.entry?.needsPerson &&
    !meetsAbroad(actors.participants, home, headsPlural, type)
  )
    return null;
  // `сұхбат берген … саясаттанушы`: an interview given by a commentator is a source, not a diplomatic event.
  if (type === 'interview' && grammar.isCommentatorInterview(text, trigger, sentence)) return null;

  const found = governingTime(times, sentence, trigger, grammar.timeFollows(text, trigger, sentence));
  const verbStatus = grammar.status(text, trigger, sentence);
  const nthDay = type.endsWith('visit') ? grammar.dayOfVisit(text, trigger, sentence) : null;
  const time = found
    ? sinceFirstDay(lasting(yearByStatus(found, verbStatus, article.date), times, sentence, type), nthDay)
    : null;
  const future = Boolean(time?.value && time.value.slice(0, 10) > article.date);
  // A date after the article's own cannot have been reported yet, whatever the verb looks like.
  const status = future ? 'announced' : (verbStatus ?? 'reported');
  const when: When = time
    ? { source: 'stated', time }
    : {
        source: 'none',
        rule: hasVagueTime(times, sentence) ? 'vague-time' : 'no-time',
        ...(status === 'reported' ? { before: article.date } : {}),
      };
  return {
    mention: {
      articleId: article.id,
      sentence,
      trigger: { start: trigger.start, end: trigger.end },
      type,
      when,
      participants: actors.participants,
      placeId: actors.placeId,
      status,
      // `XX форум`, `the fifth summit`: an edition, with or without the series' name.
      ordinal: bodyId || MEETING_WORDS.has(type) ? ordinalBefore(text, ordinalAt, grammar.ordinalWord) : null,
      bodyId,
      document: type === 'agreement-signing' ? documentKind(text.slice(trigger.start, trigger.end)) : null,
      relation: MEETING_WORDS.has(type)
        ? neighbourOf(text.slice(Math.max(0, trigger.start - 60), trigger.start))
        : null,
      rule: `events/${article.language}/${trigger.entry ? 'Trigger' : 'Composite'}`,
    },
    governs: grammar.governsOthers(text, trigger, sentence),
    deictic: grammar.isDeictic(text, trigger),
    nthDay,
    anchor: grammar.isTimeAnchor(text, trigger, sentence),
  };
}
