import { describe, expect, it } from 'vitest';
import type { EventMention, EventStatus, EventType } from '../events/types';
import { ANNOUNCED_WINDOW_DAYS, REPORTED_WINDOW_DAYS, clusterMentions, type MentionWithDate } from './cluster';

let n = 0;
interface Opts {
  type?: EventType;
  /** A stated day or range (`2025-03-01`, `2025-03-01/2025-03-02`), a month (`2025-03`), or nothing. */
  when?: string;
  /** How the date was had: stated in the sentence (default), or inherited from the dateline day. */
  how?: 'stated' | 'article-date';
  status?: EventStatus;
  articleDate: string;
  article?: string;
  place?: string | null;
  actors?: Array<string | [string, 'host' | 'guest' | 'participant']>;
  body?: string;
  ordinal?: number;
}

/** A mention in its own article (or a named one), Tokayev and the given actors taking part. */
function mention(o: Opts): MentionWithDate {
  const kind = !o.when ? 'date' : o.when.length === 7 ? 'month' : o.when.includes('/') ? 'range' : 'date';
  const m: EventMention = {
    articleId: o.article ?? `a${String(++n).padStart(4, '0')}`,
    sentence: { start: n * 100, end: n * 100 + 50 },
    trigger: { start: n * 100, end: n * 100 + 5 },
    type: o.type ?? 'talks',
    when: !o.when
      ? { source: 'none', rule: 'test' }
      : o.how === 'article-date'
        ? { source: 'inherited', value: o.when, from: 'article-date', rule: 'test' }
        : {
            source: 'stated',
            time: {
              start: 0,
              end: 1,
              text: o.when,
              value: o.when,
              kind,
              stated: { year: true, month: true, day: kind !== 'month' },
              rule: 'test',
            },
          },
    participants: ['tokayev', ...(o.actors ?? [])].map((a) =>
      typeof a === 'string' ? { actorId: a, role: 'participant' as const } : { actorId: a[0], role: a[1] },
    ),
    placeId: o.place ?? null,
    status: o.status ?? 'reported',
    ordinal: o.ordinal ?? null,
    bodyId: o.body ?? null,
    rule: 'test',
  };
  return { mention: m, articleDate: o.articleDate, home: 'kz' };
}

/** Which of `all` share a cluster with `x`. */
function together(all: MentionWithDate[], x: MentionWithDate): MentionWithDate[] {
  const cluster = clusterMentions(all).find((c) => c.mentions.some((y) => y.mention === x.mention))!;
  return all.filter((y) => cluster.mentions.some((z) => z.mention === y.mention));
}
const reasonsOf = (all: MentionWithDate[], x: MentionWithDate) =>
  clusterMentions(all)
    .flatMap((c) => c.mentions)
    .find((y) => y.mention === x.mention)!
    .link.reasons.map((r) => r.code);

describe('dated mentions', () => {
  it('join an event of their days that shares a counterpart, and say why', () => {
    const a = mention({
      when: '2025-11-11/2025-11-12',
      articleDate: '2025-11-05',
      status: 'announced',
      actors: ['putin'],
      type: 'state-visit',
    });
    const b = mention({
      when: '2025-11-11',
      articleDate: '2025-11-11',
      actors: ['putin'],
      type: 'visit',
      place: 'moscow',
    });
    expect(together([a, b], b)).toEqual([a, b]);
    expect(reasonsOf([a, b], b)).toEqual(expect.arrayContaining(['same-counterpart', 'dates-overlap']));
    expect(reasonsOf([a, b], a)).toEqual(['first']);
  });

  it('the home president alone is no evidence: two talks of Tokayev on one day with different counterparts stay apart', () => {
    const putin = mention({ when: '2025-09-01', articleDate: '2025-09-01', actors: ['putin'], place: 'tianjin' });
    const xi = mention({ when: '2025-09-01', articleDate: '2025-09-01', actors: ['xi-jinping'], place: 'tianjin' });
    expect(together([putin, xi], xi)).toEqual([xi]);
  });

  it('a visit to another country is another visit, even days apart with the same president (Moscow 11–12, Tashkent 14–15)', () => {
    const moscow = mention({
      type: 'state-visit',
      when: '2025-11-11/2025-11-12',
      articleDate: '2025-11-12',
      actors: [['ru', 'host']],
      place: 'moscow',
    });
    const tashkent = mention({
      type: 'state-visit',
      when: '2025-11-14/2025-11-15',
      articleDate: '2025-11-13',
      status: 'announced',
      actors: [['uz', 'host']],
      place: 'tashkent',
    });
    const arrival = mention({
      type: 'visit',
      when: '2025-11-13',
      how: 'article-date',
      articleDate: '2025-11-13',
      actors: [['uz', 'host']],
    });
    expect(together([moscow, tashkent, arrival], arrival)).toEqual([tashkent, arrival]);
    expect(together([moscow, tashkent, arrival], moscow)).toEqual([moscow]);
  });

  it('two explicit dates that cannot both hold are two events, whatever else they share', () => {
    const first = mention({ when: '2021-11-12', articleDate: '2021-11-12', actors: ['erdogan'], place: 'istanbul' });
    const second = mention({ when: '2021-11-20', articleDate: '2021-11-20', actors: ['erdogan'], place: 'istanbul' });
    expect(together([first, second], second)).toEqual([second]);
  });

  it('editions are different events: the 5th and the 7th meeting never join, the 7th always does, even moved', () => {
    const body = 'central-asia-consultative-meeting';
    const fifth = mention({ type: 'summit', when: '2023-09-14', articleDate: '2023-09-14', body, ordinal: 5 });
    const seventh = mention({
      type: 'summit',
      when: '2025-11-14',
      articleDate: '2025-10-01',
      status: 'announced',
      body,
      ordinal: 7,
    });
    const moved = mention({ type: 'summit', when: '2025-11-16', articleDate: '2025-11-16', body, ordinal: 7 });
    const undatedFifth = mention({ type: 'summit', articleDate: '2025-11-16', body, ordinal: 5 });
    const all = [fifth, seventh, moved, undatedFifth];
    expect(together(all, moved)).toEqual([seventh, moved]);
    expect(together(all, undatedFifth)).toEqual([fifth, undatedFifth]);
    expect(reasonsOf(all, undatedFifth)).toContain('same-occurrence');
  });
});

describe('dated by a month', () => {
  it('joins the one event of that month that shares a counterpart, not one of two', () => {
    const visit = mention({
      type: 'state-visit',
      when: '2024-07-02/2024-07-03',
      articleDate: '2024-07-02',
      actors: ['xi-jinping'],
    });
    const recap = mention({ type: 'state-visit', when: '2024-07', articleDate: '2025-06-11', actors: ['xi-jinping'] });
    expect(together([visit, recap], recap)).toEqual([visit, recap]);
    const again = mention({
      type: 'state-visit',
      when: '2024-07-20',
      articleDate: '2024-07-20',
      actors: ['xi-jinping'],
    });
    expect(together([visit, again, recap], recap)).toEqual([recap]);
  });
});

describe('undated mentions: vague stays vague', () => {
  it('join the dated event of the same counterpart a few days before a report, or after an announcement', () => {
    const talks = mention({ when: '2025-03-10', articleDate: '2025-03-10', actors: ['putin'] });
    const report = mention({ articleDate: '2025-03-12', actors: ['putin'] });
    expect(together([talks, report], report)).toEqual([talks, report]);
    const announced = mention({ articleDate: '2025-02-20', status: 'announced', actors: ['putin'] });
    expect(together([talks, announced], announced)).toEqual([talks, announced]);
  });

  it('never across years: an undated "talks with Putin" in 2025 stays undated beside talks of 2021', () => {
    const old = mention({ when: '2021-06-01', articleDate: '2021-06-01', actors: ['putin'] });
    const undated = mention({ articleDate: '2025-06-01', actors: ['putin'] });
    expect(together([old, undated], undated)).toEqual([undated]);
    const late = mention({
      articleDate: `2021-06-${String(2 + REPORTED_WINDOW_DAYS).padStart(2, '0')}`,
      actors: ['putin'],
    });
    expect(together([old, late], late)).toEqual([late]);
    expect(ANNOUNCED_WINDOW_DAYS).toBeGreaterThan(REPORTED_WINDOW_DAYS);
  });

  it('never on the president alone: nothing but Tokayev and the type joins nothing', () => {
    const briefing = mention({ type: 'briefing', when: '2025-03-10', articleDate: '2025-03-10', place: 'astana' });
    const vague = mention({ type: 'briefing', articleDate: '2025-03-11' });
    expect(together([briefing, vague], vague)).toEqual([vague]);
  });

  it('never in another city, nor another kind of event', () => {
    const tashkent = mention({
      when: '2025-07-01',
      articleDate: '2025-07-01',
      place: 'tashkent',
      actors: ['mirziyoyev'],
    });
    const astana = mention({ articleDate: '2025-07-02', place: 'astana', actors: ['mirziyoyev'] });
    expect(together([tashkent, astana], astana)).toEqual([astana]);
    const summit = mention({ type: 'summit', when: '2025-07-01', articleDate: '2025-07-01', actors: ['mirziyoyev'] });
    const talks = mention({ type: 'talks', articleDate: '2025-07-02', actors: ['mirziyoyev'] });
    expect(together([summit, talks], talks)).toEqual([talks]);
  });

  it('join the dated event of their own article', () => {
    const visit = mention({
      type: 'state-visit',
      when: '2025-11-14/2025-11-15',
      articleDate: '2025-11-10',
      article: 'same',
      status: 'announced',
      actors: [['uz', 'host']],
    });
    const again = mention({ type: 'visit', articleDate: '2025-11-10', article: 'same', status: 'announced' });
    expect(together([visit, again], again)).toEqual([visit, again]);
    expect(reasonsOf([visit, again], again)).toContain('same-article');
  });

  it('group with another undated mention only of the same type, counterpart and city, in articles weeks apart at most', () => {
    const first = mention({
      type: 'informal-visit',
      articleDate: '2025-08-01',
      actors: ['mirziyoyev'],
      place: 'khiva',
    });
    const second = mention({
      type: 'informal-visit',
      articleDate: '2025-08-05',
      actors: ['mirziyoyev'],
      place: 'khiva',
    });
    const years = mention({
      type: 'informal-visit',
      articleDate: '2027-08-05',
      actors: ['mirziyoyev'],
      place: 'khiva',
    });
    const clusters = clusterMentions([first, second, years]);
    expect(clusters.map((c) => c.mentions.length).sort()).toEqual([1, 2]);
  });
});

describe('order', () => {
  it('does not depend on the order the mentions come in', () => {
    const all = [
      mention({ when: '2025-03-10', articleDate: '2025-03-10', actors: ['putin'] }),
      mention({ articleDate: '2025-03-12', actors: ['putin'] }),
      mention({ when: '2025-03-11', articleDate: '2025-03-11', actors: ['putin'], how: 'article-date' }),
      mention({ type: 'briefing', when: '2025-03', articleDate: '2025-04-01' }),
    ];
    const shape = (xs: MentionWithDate[]) =>
      clusterMentions(xs)
        .map((c) =>
          c.mentions
            .map((m) => m.mention.articleId)
            .sort()
            .join('+'),
        )
        .sort();
    expect(shape([...all].reverse())).toEqual(shape(all));
  });
});
