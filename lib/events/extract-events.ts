import type { Article } from '../article/types';
import type { TimeMention } from '../time/types';
import { actorById, placeById } from '../lang/gazetteer';
import { sentenceActors } from './actors';
import { typesCompatible } from './type-families';
import { ArticleDates } from './article-dates';
import type { EventGrammar } from './grammar';
import { homeCountryOf } from './home-country';
import { isHabitual } from './habitual';
import { draftMention, type Draft } from './mention-draft';
import type { EventMention } from './types';

export { CONTAINER_TYPES, PART_TYPES } from './types-sets';

/**
 * Diplomatic event mentions of one article, each with its sentence, trigger, type, date (stated, inherited or
 * none), participants, place and status. Pure: the article, its time mentions and its language plug-in's grammar
 * (lib/lang/registry.ts) in, mentions out: the engine knows no language.
 */
export function extractEvents(article: Article, times: TimeMention[], grammar: EventGrammar): EventMention[] {
  const { text } = article;
  const home = homeCountryOf(article);
  const dates = new ArticleDates(article, grammar);
  const out: EventMention[] = [];
  /** The last event mention kept, for a following sentence that only says who took part. */
  let previous: EventMention | null = null;
  /** The recurring meeting last named, for "the fifth meeting" or "the previous one in Dushanbe" after it. */
  let recentBody: string | null = null;

  for (const sentence of article.sentences) {
    const triggers = grammar.findTriggers(text, sentence);
    // `В нем приняли участие Токаев, Си Цзиньпин …` after a summit: the people join the event just mentioned.
    if (triggers.length === 0 && previous && grammar.attendance.test(text.slice(sentence.start, sentence.end))) {
      for (const p of sentenceActors(article, sentence, previous.type, home, grammar).participants) {
        if (!previous.participants.some((x) => x.actorId === p.actorId))
          previous.participants.push({ actorId: p.actorId, role: 'participant' });
      }
    }
    const drafts = triggers
      .map((t) => draftMention(article, sentence, t, times, grammar, home, recentBody))
      .filter((d): d is Draft => d !== null);
    const kept = oneMentionPerEvent(dates.resolve(sentence, drafts)).filter((m) => !isHabitual(text, m, grammar));
    for (const m of kept) if (m.bodyId && actorById(m.bodyId)?.meetingType) recentBody = m.bodyId;
    out.push(...kept);
    previous = kept.at(-1) ?? previous;
  }
  return placedInTheirHost(datedByTheirBody(out, article));
}

/**
 * A visit to one country is not held in a city of another: `Ресейге жасайтын сапарына` in a report filed in Astana
 * (the place came from the dateline or the context) has no place, rather than Astana.
 */
function placedInTheirHost(mentions: EventMention[]): EventMention[] {
  for (const m of mentions) {
    if (!m.type.endsWith('visit') || m.placeId === null) continue;
    const hosts = new Set(
      m.participants
        .filter((p) => p.role === 'host')
        .map(
          (p) => actorById(p.actorId)?.country ?? (actorById(p.actorId)?.kind === 'country' ? p.actorId : undefined),
        ),
    );
    const country = placeById(m.placeId)?.country;
    if (hosts.size > 0 && country && !hosts.has(country)) m.placeId = null;
  }
  return mentions;
}

/**
 * `Форумның алдыңғы, XIX отырысы` ("the forum's previous, 19th session"): two event words a few letters apart for one
 * event. The one that names its edition or body stays.
 */
function oneMentionPerEvent(mentions: EventMention[]): EventMention[] {
  const informative = (m: EventMention) =>
    Number(m.ordinal !== null) * 2 + Number(m.bodyId !== null) + Number(m.when.source === 'stated');
  return mentions.filter(
    (m) =>
      !mentions.some(
        (o) =>
          o !== m &&
          typesCompatible(o.type, m.type) &&
          (o.bodyId === m.bodyId || m.bodyId === null) &&
          (o.document ?? null) === (m.document ?? null) &&
          Math.min(Math.abs(o.trigger.start - m.trigger.end), Math.abs(m.trigger.start - o.trigger.end)) <= 25 &&
          (informative(o) > informative(m) || (informative(o) === informative(m) && o.trigger.start > m.trigger.start)),
      ),
  );
}

/**
 * A headline ("Mirziyoyev arrives in Turkistan") was given the day of the report for want of a date; when the body
 * then dates the same event (`сенбі күні`, on Saturday), the headline's event is that one, on that day.
 */
function datedByTheirBody(mentions: EventMention[], article: Article): EventMention[] {
  for (const m of mentions) {
    if (m.sentence.start !== article.titleSpan.start || m.when.source !== 'inherited' || m.when.from !== 'article-date')
      continue;
    const people = new Set(m.participants.map((p) => p.actorId));
    const same = mentions.find(
      (x) =>
        x !== m &&
        x.when.source === 'stated' &&
        typesCompatible(x.type, m.type) &&
        x.participants.some((p) => people.has(p.actorId) && actorById(p.actorId)?.kind === 'person'),
    );
    if (same?.when.source === 'stated' && same.when.time.value) {
      m.when = { source: 'inherited', value: same.when.time.value, from: 'parent', rule: 'inherited/BodyOfArticle' };
      m.placeId ??= same.placeId;
    }
  }
  return mentions;
}
