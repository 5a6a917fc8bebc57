import type { Article, Span } from '../article/types';
import { actorById } from '../lang/gazetteer';
import type { EventGrammar } from './grammar';
import { homeCountryOf, placeIdForDateline } from './home-country';
import { paragraphStart } from './paragraph';
import type { Draft } from './mention-draft';
import { CONTAINER_TYPES } from './types-sets';
import { typesCompatible } from './type-families';
import type { EventMention } from './types';
import { DAY_MS } from '../model';

/**
 * Dates for the event mentions that have none of their own, read through an article in order: what happens during
 * a visit takes its days, an undated "the visit" refers back to the visit just reported, and a past event in a
 * dateline report happened on the day of the report. Never a made-up date: what is left stays undated.
 */
export class ArticleDates {
  /** Every dated container so far, latest last: `Сапар аясында` refers back to the last visit, not the last summit. */
  private readonly containers: EventMention[] = [];
  /** The last event that named someone from abroad: who a later "the two presidents" are. */
  private topic: EventMention | null = null;
  /** The last single day a sentence stated for an event, and the paragraph it is in. */
  private lastDay: { value: string; paragraph: number } | null = null;
  /** Whether the lead dates its event two days or more before the report: a recap, not the news of the day. */
  private recap = false;

  private readonly home: string;
  /** For a weekly review, the days of the week it reviews (EDTF interval); null for any other article. */
  private readonly weekly: string | null;

  constructor(
    private readonly article: Article,
    private readonly grammar: EventGrammar,
  ) {
    this.home = homeCountryOf(article);
    this.weekly = reviewedWeek(article, grammar);
  }

  /** Date one sentence's drafts; returns the mentions worth keeping, in text order. */
  resolve(sentence: Span, drafts: Draft[]): EventMention[] {
    const governor = drafts.find((d) => d.governs);
    // A visit "during" which other things happen is dated first, so that what happens during it can take its date.
    const ordered = governor ? [governor, ...drafts.filter((d) => d !== governor)] : drafts;
    const kept = new Set<EventMention>();
    const sentenceText = this.article.text.slice(sentence.start, sentence.end);
    const anterior = this.grammar.anterior.test(sentenceText);
    const thatVisit = this.grammar.thatVisit.test(sentenceText);
    const paragraph = paragraphStart(this.article.text, sentence.start);
    // The day the narrative is on: the last day a sentence of this paragraph stated for an event.
    const narrative =
      this.lastDay && this.lastDay.paragraph === paragraph && !this.isLead(sentence) ? this.lastDay.value : null;
    for (const draft of ordered) {
      const m = draft.mention;
      const context =
        m.when.source === 'none' && !anterior
          ? this.contextFor(m, draft === governor || draft.deictic, thatVisit)
          : null;
      if (governor && draft !== governor && m.when.source === 'none') {
        // Something done "during" an undated visit adds no point to the timeline: its sentence already is the
        // visit's evidence. During a dated one it takes the visit's date.
        if (governor.mention.when.source === 'none') continue;
        inherit(m, governor.mention);
      } else if (
        m.when.source === 'none' &&
        narrative &&
        !thatVisit &&
        !CONTAINER_TYPES.has(m.type) &&
        m.status === 'reported' &&
        !draft.anchor
      ) {
        // "On Wednesday the presidents held talks. A package of documents was signed in their presence.": the
        // paragraph goes on about that day.
        m.when = { source: 'inherited', value: narrative, from: 'parent', rule: 'inherited/SameParagraph' };
        if (context) {
          m.placeId ??= context.placeId;
          if (m.participants.length === 0)
            m.participants = context.participants.map((p) => ({ ...p, role: 'participant' }));
        }
      } else if (context) {
        // `В ходе визита …`, `Сапар барысында …`: an undated mention of the visit just reported is that visit; an
        // undated talk or session after a dated visit belongs to it.
        inherit(m, context);
      } else if (anterior) {
        // Recalled, not today's news: it keeps no date the text does not give it, and says it is an earlier one.
        if (m.when.source === 'none') m.when = { ...m.when, rule: 'anterior' };
      } else if (m.when.source === 'none' && draft.deictic && m.status === 'reported' && CONTAINER_TYPES.has(m.type)) {
        // `Осы сапарымның басты мақсаты …` ("the main aim of this visit of mine"), said where the report was filed:
        // the visit under way on the day of the report, even in the speaker's own words.
        m.when = { source: 'inherited', value: this.article.date, from: 'article-date', rule: 'inherited/ThisEvent' };
        m.placeId ??= placeIdForDateline(this.article);
      } else if (
        m.when.source === 'none' &&
        m.status === 'reported' &&
        this.weekly !== null &&
        !this.grammar.isQuotedSpeech(this.article.text, sentence)
      ) {
        // A weekly review ("during the week the President paid an official visit"): some day of that week.
        m.when = { source: 'inherited', value: this.weekly, from: 'article-date', rule: 'inherited/WeekOfReview' };
      } else if (
        m.when.source === 'none' &&
        m.status === 'reported' &&
        !draft.anchor &&
        this.isReportOfTheDay(sentence, m)
      ) {
        // The news of the day, or a dateline report of something done where it was filed: it happened that day.
        // "The second day of the state visit" on the day of the report: it began the day before.
        const first =
          draft.nthDay && draft.nthDay >= 2 && draft.nthDay <= 7
            ? shiftDay(this.article.date, -(draft.nthDay - 1))
            : null;
        m.when = {
          source: 'inherited',
          value: first ? `${first}/${this.article.date}` : this.article.date,
          from: 'article-date',
          rule: 'inherited/ArticleDate',
        };
        if (!this.isLead(sentence) || m.placeId === null) m.placeId ??= placeIdForDateline(this.article);
      }
      kept.add(m);
    }
    const out: EventMention[] = [];
    const quoted = this.grammar.isQuotedSpeech(this.article.text, sentence);
    for (const { mention: m } of drafts) {
      if (!kept.has(m)) continue;
      // "Yesterday's talks were fruitful", "the two presidents held talks": nobody named, so the people the report
      // is about (its last event that named anyone), unless the sentence recalls something earlier.
      if (
        m.participants.length === 0 &&
        m.placeId === null &&
        m.bodyId === null &&
        this.topic &&
        !anterior &&
        !quoted
      ) {
        m.participants = this.topic.participants.map((p) => ({
          ...p,
          role: p.role === 'chair' ? 'participant' : p.role,
        }));
        m.placeId = this.topic.placeId;
      }
      // Nobody and nowhere, even after context: a generic mention (`сапар аясында`), not an event we can place.
      if (m.participants.length === 0 && m.placeId === null && m.bodyId === null) continue;
      if (m.participants.some((p) => p.actorId !== this.home && actorById(p.actorId)?.country !== this.home))
        this.topic = m;
      if (m.when.source === 'stated' && m.when.time.value && /^\d{4}-\d{2}-\d{2}$/.test(m.when.time.value))
        this.lastDay = { value: m.when.time.value, paragraph };
      if (this.isLead(sentence) && m.when.source === 'stated' && m.when.time.value) {
        const end = m.when.time.value.split('/').at(-1) ?? '';
        if (end.length === 10 && distanceFrom(m, this.article.date) >= 2 && end < this.article.date) this.recap = true;
      }
      out.push(m);
      if (CONTAINER_TYPES.has(m.type) && m.when.source !== 'none') {
        this.containers.push(m);
      }
    }
    return out;
  }

  private contextFor(m: EventMention, governs: boolean, thatVisit = false): EventMention | null {
    if (!CONTAINER_TYPES.has(m.type)) {
      // "During that visit the two leaders held talks": the visit last told of, however long ago it was.
      if (thatVisit) {
        const visit = [...this.containers].reverse().find((c) => c.type.endsWith('visit'));
        if (visit) return visit;
      }
      // An undated talk or signing belongs to the visit or summit it shares someone with; failing that, to the one
      // nearest the article's date (the news of the day, not the summit recalled in passing), the later on a tie.
      const fitting = this.containers.filter((c) => sameDirection(m, c));
      const sharing = fitting.filter((c) => sharesSomeone(m, c, this.home));
      const pool = sharing.length > 0 ? sharing : fitting;
      let best: EventMention | null = null;
      let bestDistance = Infinity;
      for (const c of pool) {
        const d = distanceFrom(c, this.article.date);
        if (d <= bestDistance) {
          best = c;
          bestDistance = d;
        }
      }
      return best;
    }
    const same = [...this.containers].reverse().find((c) => refersBack(m, c, governs));
    return same && sameDirection(m, same) ? same : null;
  }

  /**
   * Whether an undated past event is the news of the day: the article has a dateline, the event is told by the
   * reporter (not recalled inside someone's quoted words), and it happened where the report was filed (or nowhere
   * said). `Хиуаға жасаған кейінгі бейресми сапары` in a Tashkent report is an earlier visit, not today's.
   */
  private isReportOfTheDay(sentence: Span, m: EventMention): boolean {
    if (m.when.source !== 'none' || m.when.rule === 'vague-time') return false;
    if (this.grammar.isQuotedSpeech(this.article.text, sentence)) return false;
    // The headline and the lead paragraph tell the news of the day, wherever it happened and however it was filed.
    if (this.isLead(sentence)) return true;
    // A recap (its lead dated days before the report) tells of that past: the dateline day is not its events' day.
    if (!this.article.dateline || this.recap) return false;
    const datelinePlace = placeIdForDateline(this.article);
    return m.placeId === null || datelinePlace === null || m.placeId === datelinePlace;
  }

  /** The title, or the first sentence of the body: what the report is about. */
  private isLead(sentence: Span): boolean {
    const { titleSpan, sentences } = this.article;
    return sentence.start === titleSpan.start || sentence.start === sentences[1]?.start;
  }
}

/**
 * The week a weekly review looks back on: its headline or lead speaks of the week ending ("the outgoing week",
 * «Аяқталып жатқан апта», «Прошедшая неделя»), and it is the ISO week of the article's date (the one before, for a
 * review published on a Monday).
 */
function reviewedWeek(article: Article, grammar: EventGrammar): string | null {
  const from = article.dateline?.end ?? article.body.start;
  const lineEnd = article.text.indexOf('\n', from);
  const lead = `${article.title}\n${article.text.slice(from, lineEnd === -1 ? undefined : lineEnd)}`;
  if (!grammar.weeklyReview.test(lead)) return null;
  const day = new Date(`${article.date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  const monday = new Date(day.getTime() - (weekday - 1 + (weekday === 1 ? 7 : 0)) * DAY_MS);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return `${iso(monday)}/${iso(new Date(monday.getTime() + 6 * DAY_MS))}`;
}

/** A container mention that governs others refers back to a visit of the same kind with a country in common. */
function refersBack(m: EventMention, context: EventMention, governs: boolean): boolean {
  if (!governs || !typesCompatible(m.type, context.type)) return false;
  const theirs = new Set(context.participants.map((p) => actorById(p.actorId)?.country ?? p.actorId));
  return (
    m.participants.length === 0 || m.participants.some((p) => theirs.has(actorById(p.actorId)?.country ?? p.actorId))
  );
}

/** Whether two mentions name someone (other than nobody) from the same country, or the same city. */
function sharesSomeone(m: EventMention, c: EventMention, home: string): boolean {
  if (m.placeId !== null && m.placeId === c.placeId) return true;
  const countries = (x: EventMention) => new Set(x.participants.map((p) => actorById(p.actorId)?.country ?? p.actorId));
  const theirs = countries(c);
  const ours = [...countries(m)];
  // The home side alone is in nearly every event: sharing only it says nothing.
  return ours.some((x) => theirs.has(x) && x !== home);
}

const shiftDay = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Days between a dated mention and a day. */
function distanceFrom(m: EventMention, day: string): number {
  const value = m.when.source === 'stated' ? m.when.time.value : m.when.source === 'inherited' ? m.when.value : null;
  const start = (value ?? day).split('/')[0] ?? day;
  const full = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
  const d = Math.abs(Date.parse(`${full}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS;
  return Number.isFinite(d) ? d : Infinity;
}

function sameDirection(m: EventMention, context: EventMention): boolean {
  return m.status === context.status || context.when.source === 'stated';
}

function inherit(m: EventMention, from: EventMention): void {
  const value =
    from.when.source === 'stated' ? from.when.time.value : from.when.source === 'inherited' ? from.when.value : null;
  if (!value) return;
  m.when = { source: 'inherited', value, from: 'parent', rule: 'inherited/ContainingEvent' };
  m.placeId ??= from.placeId;
  if (m.participants.length === 0) m.participants = from.participants.map((p) => ({ ...p, role: 'participant' }));
}
