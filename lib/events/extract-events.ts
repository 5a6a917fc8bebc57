import type { Article, Span } from '../article/types';
import { actorById } from '../lang/gazetteer';
import { typesCompatible } from './type-families';
import type { TimeMention } from '../time/types';
import { sentenceActors } from './actors';
import { homeCountryOf, placeIdForDateline } from './home-country';
import type { EventGrammar, Trigger } from './grammar';
import { eventGrammarFor } from './grammars';
import { ordinalBefore } from './ordinal';
import type { EventMention, EventType, When } from './types';

/** Events that host others: a talk, session or statement "during" one of these belongs to it. */
export const CONTAINER_TYPES: ReadonlySet<EventType> = new Set([
  'state-visit', 'official-visit', 'working-visit', 'informal-visit', 'visit', 'summit', 'multilateral-meeting', 'forum',
]);

/** Events that happen as part of a visit or summit, and so may have one as their parent. */
export const PART_TYPES: ReadonlySet<EventType> = new Set([
  'talks', 'council-session', 'joint-statement', 'declaration', 'agreement-signing', 'briefing', 'press-statement',
]);

const DATED_KINDS = new Set(['date', 'range', 'month', 'year', 'relative']);

/** The time expression that governs a trigger: the nearest dated one before it in the sentence, else after it. */
function governingTime(times: TimeMention[], sentence: Span, trigger: Span, timeFollows: boolean): TimeMention | null {
  const inSentence = times.filter((t) => t.start >= sentence.start && t.end <= sentence.end && t.rule !== 'article/HeaderDate');
  const dated = inSentence.filter((t) => t.value !== null && DATED_KINDS.has(t.kind));
  const before = dated.filter((t) => t.end <= trigger.start).pop();
  // Kazakh puts the time before what it dates; English and Russian put it anywhere in the clause.
  return before ?? (timeFollows ? (dated.find((t) => t.start >= trigger.end) ?? null) : null);
}

function hasVagueTime(times: TimeMention[], sentence: Span): boolean {
  return times.some((t) => t.start >= sentence.start && t.end <= sentence.end && t.kind === 'vague');
}

interface Draft {
  mention: EventMention;
  /** Index of the mention in the same sentence it happens "during" (`сапары барысында`), if any. */
  duringIndex: number | null;
}

/**
 * Diplomatic event mentions of one article, each with its sentence, trigger, type, date (stated, inherited or
 * none), participants, place and status. Pure: the article and its time mentions in, mentions out.
 */
export function extractEvents(article: Article, times: TimeMention[]): EventMention[] {
  const { text } = article;
  const grammar = eventGrammarFor(article.language, article.script);
  if (!grammar) return [];
  const home = homeCountryOf(article);
  const out: EventMention[] = [];
  /** The last dated container event seen: what a later undated talk or session in the same report belongs to. */
  let context: EventMention | null = null;
  /** Every dated container so far, latest last: `Сапар аясында` refers back to the last visit, not the last summit. */
  const containers: EventMention[] = [];
  /** The last event mention kept, for a following sentence that only says who took part. */
  let previous: EventMention | null = null;

  for (const sentence of article.sentences) {
    const drafts: Draft[] = [];
    const triggers: Trigger[] = grammar.findTriggers(text, sentence);
    // `В нем приняли участие Токаев, Си Цзиньпин …` after a summit: the people join the event just mentioned.
    if (triggers.length === 0 && previous && grammar.attendance.test(text.slice(sentence.start, sentence.end))) {
      const people = sentenceActors(article, sentence, previous.type, home, grammar).participants;
      for (const p of people) if (!previous.participants.some((x) => x.actorId === p.actorId)) previous.participants.push({ actorId: p.actorId, role: 'participant' });
    }
    for (const trigger of triggers) {
      const actors = sentenceActors(article, sentence, trigger.type, home, grammar);
      const meetingBody = actors.entities.find(
        (e) => e.kind === 'actor' && actorById(e.id)?.meetingType && e.start <= trigger.start && e.end >= trigger.start,
      );
      let type: EventType = trigger.type;
      let bodyId: string | null = null;
      let ordinalAt = trigger.start;
      if (meetingBody) {
        const body = actorById(meetingBody.id);
        type = body?.meetingType ?? type;
        bodyId = meetingBody.id;
        ordinalAt = meetingBody.start;
      } else if (type === 'summit' || type === 'multilateral-meeting' || type === 'forum') {
        // `Шанхай ынтымақтастық ұйымының саммиті`, `the SCO summit`: the body named next to it is the summit's.
        bodyId = actors.entities.find((e) => e.kind === 'actor' && actorById(e.id)?.kind === 'body' && Math.abs(e.end - trigger.start) <= 30)?.id ?? null;
      } else if (trigger.entry?.needsBody) {
        const bodies = actors.bodyIds.map((id) => actorById(id));
        const council = bodies.find((b) => b?.meetingType === 'council-session');
        // A council the gazetteer does not know (`High-Level Strategic Cooperation Council`) still makes a session;
        // a session of another body (the UN General Assembly's, the SCO's) is a multilateral meeting.
        if (council || grammar.namesCouncil(text, trigger, sentence)) bodyId = council?.id ?? null;
        else if (bodies[0]) {
          type = 'multilateral-meeting';
          bodyId = bodies[0].id;
        } else continue;
      }
      // A generic "meeting" or "interview" is diplomatic only with someone from abroad (not a governor at home), or
      // "the presidents" / "the two leaders" meeting; a commentator's interview is not.
      if (!meetingBody && trigger.entry?.needsPerson && !meetsAbroad(actors.participants, home, grammar.headsPlural.test(text.slice(sentence.start, sentence.end)), type)) continue;
      // `сұхбат берген … саясаттанушы`: an interview given by a commentator is a source, not a diplomatic event.
      if (type === 'interview' && grammar.isCommentatorInterview(text, trigger, sentence)) continue;

      const time = governingTime(times, sentence, trigger, grammar.timeFollows(text, trigger, sentence));
      const status = grammar.status(text, trigger, sentence) ?? (time?.value && time.value > article.date ? 'announced' : 'reported');
      const when: When = time
        ? { source: 'stated', time }
        : { source: 'none', rule: hasVagueTime(times, sentence) ? 'vague-time' : 'no-time', ...(status === 'reported' ? { before: article.date } : {}) };
      const during = grammar.governsOthers(text, trigger, sentence);
      drafts.push({
        mention: {
          articleId: article.id,
          sentence,
          trigger: { start: trigger.start, end: trigger.end },
          type,
          when,
          participants: actors.participants,
          placeId: actors.placeId,
          status: time?.value && time.value.slice(0, 10) > article.date ? 'announced' : status,
          ordinal: bodyId || type === 'council-session' || type === 'summit' ? ordinalBefore(text, ordinalAt) : null,
          bodyId,
          rule: `events/${article.language}/${trigger.entry ? 'Trigger' : 'Composite'}`,
        },
        duringIndex: during ? drafts.length : null,
      });
    }

    const contextFor = (m: EventMention, governs: boolean): EventMention | null => {
      if (!CONTAINER_TYPES.has(m.type)) return context && sameDirection(m, context) ? context : null;
      const same = [...containers].reverse().find((c) => refersBack(m, c, governs));
      return same && sameDirection(m, same) ? same : null;
    };
    const governor = drafts.find((d) => d.duringIndex !== null);
    // A visit "during" which other things happen is dated first, so that what happens during it can take its date.
    const ordered = governor ? [governor, ...drafts.filter((d) => d !== governor)] : drafts;
    const kept = new Set<EventMention>();
    for (const draft of ordered) {
      const m = draft.mention;
      if (governor && draft !== governor && m.when.source === 'none') {
        // Something done "during" an undated visit adds no point to the timeline: its sentence already is the
        // visit's evidence. During a dated one it takes the visit's date.
        if (governor.mention.when.source === 'none') continue;
        inherit(m, governor.mention, 'parent');
      } else if (m.when.source === 'none' && contextFor(m, draft === governor) !== null) {
        // `В ходе визита …`, `Сапар барысында …`: an undated mention of the visit just reported is that visit; an
        // undated talk or session after a dated visit belongs to it.
        inherit(m, contextFor(m, draft === governor)!, 'parent');
      } else if (m.when.source === 'none' && m.status === 'reported' && isReportOfTheDay(article, sentence, m, grammar)) {
        // A dateline report of something done where it was filed: it happened on the day of the report.
        m.when = { source: 'inherited', value: article.date, from: 'article-date', rule: 'inherited/ArticleDate' };
        m.placeId ??= placeIdForDateline(article);
      }
      kept.add(m);
    }
    for (const { mention: m } of drafts) {
      // Nobody and nowhere, even after context: a generic mention (`сапар аясында`), not an event we can place.
      if (!kept.has(m) || (m.participants.length === 0 && m.placeId === null && m.bodyId === null)) continue;
      out.push(m);
      previous = m;
      if (CONTAINER_TYPES.has(m.type) && m.when.source !== 'none') {
        context = m;
        containers.push(m);
      }
    }
  }
  return out;
}

/**
 * Whether an undated past event is the news of the day: the article has a dateline, the event is told by the
 * reporter (not recalled inside someone's quoted words), and it happened where the report was filed (or nowhere
 * said). `Хиуаға жасаған кейінгі бейресми сапары` in a Tashkent report is an earlier visit, not today's.
 */
function isReportOfTheDay(article: Article, sentence: Span, m: EventMention, grammar: EventGrammar): boolean {
  if (!article.dateline || m.when.source !== 'none' || m.when.rule === 'vague-time') return false;
  if (grammar.isQuotedSpeech(article.text, sentence)) return false;
  const datelinePlace = placeIdForDateline(article);
  return m.placeId === null || datelinePlace === null || m.placeId === datelinePlace;
}

function meetsAbroad(participants: EventMention['participants'], home: string, headsPlural: boolean, type: EventType): boolean {
  if (headsPlural && type === 'talks') return true;
  const persons = participants.map((p) => actorById(p.actorId)).filter((a) => a?.kind === 'person');
  if (type === 'interview') return persons.length > 0;
  return participants.some((p) => {
    const actor = actorById(p.actorId);
    return actor !== undefined && actor.kind !== 'body' && actor.country !== undefined && actor.country !== home;
  });
}

/** A container mention with no actors of its own that governs others refers back to the same kind of event. */
function refersBack(m: EventMention, context: EventMention, governs: boolean): boolean {
  if (!governs || !typesCompatible(m.type, context.type)) return false;
  const theirs = new Set(context.participants.map((p) => actorById(p.actorId)?.country ?? p.actorId));
  return m.participants.length === 0 || m.participants.some((p) => theirs.has(actorById(p.actorId)?.country ?? p.actorId));
}

function sameDirection(m: EventMention, context: EventMention): boolean {
  return m.status === context.status || context.when.source === 'stated';
}

function inherit(m: EventMention, from: EventMention, kind: 'parent'): void {
  const value = from.when.source === 'stated' ? from.when.time.value : from.when.source === 'inherited' ? from.when.value : null;
  if (!value) return;
  m.when = { source: 'inherited', value, from: kind, rule: 'inherited/ContainingEvent' };
  m.placeId ??= from.placeId;
  if (m.participants.length === 0) m.participants = from.participants.map((p) => ({ ...p, role: 'participant' }));
}
