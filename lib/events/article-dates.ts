import type { Article, Span } from '../article/types';
import { actorById } from '../lang/gazetteer';
import type { EventGrammar } from './grammar';
import { placeIdForDateline } from './home-country';
import type { Draft } from './mention-draft';
import { CONTAINER_TYPES } from './types-sets';
import { typesCompatible } from './type-families';
import type { EventMention } from './types';

/**
 * Dates for the event mentions that have none of their own, read through an article in order: what happens during
 * a visit takes its days, an undated "the visit" refers back to the visit just reported, and a past event in a
 * dateline report happened on the day of the report. Never a made-up date: what is left stays undated.
 */
export class ArticleDates {
  /** The last dated container event seen: what a later undated talk or session in the same report belongs to. */
  private context: EventMention | null = null;
  /** Every dated container so far, latest last: `Сапар аясында` refers back to the last visit, not the last summit. */
  private readonly containers: EventMention[] = [];

  constructor(
    private readonly article: Article,
    private readonly grammar: EventGrammar,
  ) {}

  /** Date one sentence's drafts; returns the mentions worth keeping, in text order. */
  resolve(sentence: Span, drafts: Draft[]): EventMention[] {
    const governor = drafts.find((d) => d.governs);
    // A visit "during" which other things happen is dated first, so that what happens during it can take its date.
    const ordered = governor ? [governor, ...drafts.filter((d) => d !== governor)] : drafts;
    const kept = new Set<EventMention>();
    for (const draft of ordered) {
      const m = draft.mention;
      const context = m.when.source === 'none' ? this.contextFor(m, draft === governor) : null;
      if (governor && draft !== governor && m.when.source === 'none') {
        // Something done "during" an undated visit adds no point to the timeline: its sentence already is the
        // visit's evidence. During a dated one it takes the visit's date.
        if (governor.mention.when.source === 'none') continue;
        inherit(m, governor.mention);
      } else if (context) {
        // `В ходе визита …`, `Сапар барысында …`: an undated mention of the visit just reported is that visit; an
        // undated talk or session after a dated visit belongs to it.
        inherit(m, context);
      } else if (m.when.source === 'none' && m.status === 'reported' && this.isReportOfTheDay(sentence, m)) {
        // A dateline report of something done where it was filed: it happened on the day of the report.
        m.when = { source: 'inherited', value: this.article.date, from: 'article-date', rule: 'inherited/ArticleDate' };
        m.placeId ??= placeIdForDateline(this.article);
      }
      kept.add(m);
    }
    const out: EventMention[] = [];
    for (const { mention: m } of drafts) {
      // Nobody and nowhere, even after context: a generic mention (`сапар аясында`), not an event we can place.
      if (!kept.has(m) || (m.participants.length === 0 && m.placeId === null && m.bodyId === null)) continue;
      out.push(m);
      if (CONTAINER_TYPES.has(m.type) && m.when.source !== 'none') {
        this.context = m;
        this.containers.push(m);
      }
    }
    return out;
  }

  private contextFor(m: EventMention, governs: boolean): EventMention | null {
    if (!CONTAINER_TYPES.has(m.type)) return this.context && sameDirection(m, this.context) ? this.context : null;
    const same = [...this.containers].reverse().find((c) => refersBack(m, c, governs));
    return same && sameDirection(m, same) ? same : null;
  }

  /**
   * Whether an undated past event is the news of the day: the article has a dateline, the event is told by the
   * reporter (not recalled inside someone's quoted words), and it happened where the report was filed (or nowhere
   * said). `Хиуаға жасаған кейінгі бейресми сапары` in a Tashkent report is an earlier visit, not today's.
   */
  private isReportOfTheDay(sentence: Span, m: EventMention): boolean {
    if (!this.article.dateline || m.when.source !== 'none' || m.when.rule === 'vague-time') return false;
    if (this.grammar.isQuotedSpeech(this.article.text, sentence)) return false;
    const datelinePlace = placeIdForDateline(this.article);
    return m.placeId === null || datelinePlace === null || m.placeId === datelinePlace;
  }
}

/** A container mention that governs others refers back to a visit of the same kind with a country in common. */
function refersBack(m: EventMention, context: EventMention, governs: boolean): boolean {
  if (!governs || !typesCompatible(m.type, context.type)) return false;
  const theirs = new Set(context.participants.map((p) => actorById(p.actorId)?.country ?? p.actorId));
  return m.participants.length === 0 || m.participants.some((p) => theirs.has(actorById(p.actorId)?.country ?? p.actorId));
}

function sameDirection(m: EventMention, context: EventMention): boolean {
  return m.status === context.status || context.when.source === 'stated';
}

function inherit(m: EventMention, from: EventMention): void {
  const value = from.when.source === 'stated' ? from.when.time.value : from.when.source === 'inherited' ? from.when.value : null;
  if (!value) return;
  m.when = { source: 'inherited', value, from: 'parent', rule: 'inherited/ContainingEvent' };
  m.placeId ??= from.placeId;
  if (m.participants.length === 0) m.participants = from.participants.map((p) => ({ ...p, role: 'participant' }));
}
