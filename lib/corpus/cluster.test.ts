import { describe, expect, it } from 'vitest';
import type { EventMention, EventStatus, EventType } from '../events/types';
import { clusterMentions, type MentionWithDate } from './cluster';

let n = 0;
/** A mention in its own article: dated (an inherited EDTF value) or not, with Tokayev as participant. */
function mention(opts: { type?: EventType; when?: string; status?: EventStatus; articleDate: string; place?: string | null; actors?: string[] }): MentionWithDate {
  const m: EventMention = {
    articleId: `a${String(++n).padStart(4, '0')}`,
    sentence: { start: 0, end: 10 },
    trigger: { start: 0, end: 5 },
    type: opts.type ?? 'talks',
    when: opts.when ? { source: 'inherited', value: opts.when, from: 'article-date', rule: 'test' } : { source: 'none', rule: 'test' },
    participants: (opts.actors ?? ['tokayev']).map((actorId) => ({ actorId, role: 'participant' as const })),
    placeId: opts.place ?? null,
    status: opts.status ?? 'reported',
    ordinal: null,
    bodyId: null,
    rule: 'test',
  };
  return { mention: m, articleDate: opts.articleDate };
}

/** The dated mention whose cluster an undated mention joined, or null. */
function joined(all: MentionWithDate[], undated: MentionWithDate): MentionWithDate | null {
  const cluster = clusterMentions(all).find((c) => c.mentions.some((x) => x.mention === undated.mention));
  return all.find((x) => x.mention.when.source !== 'none' && cluster?.mentions.some((y) => y.mention === x.mention)) ?? null;
}

/** The same, by the dated mention's value. */
function homeOf(all: MentionWithDate[], undated: MentionWithDate): string | null {
  const dated = joined(all, undated)?.mention.when;
  return dated?.source === 'inherited' ? dated.value : null;
}

describe('undated mentions join the nearest dated event they fit', () => {
  it('joins the nearer of two events, on either side', () => {
    const before = mention({ when: '2025-03-01', articleDate: '2025-03-01' });
    const after = mention({ when: '2025-03-20', articleDate: '2025-03-20' });
    const late = mention({ articleDate: '2025-03-18', status: 'reported' });
    expect(homeOf([before, after, late], late)).toBe('2025-03-01'); // reported: the event began by the article date
    const announced = mention({ articleDate: '2025-03-05', status: 'announced' });
    expect(homeOf([before, after, announced], announced)).toBe('2025-03-20'); // announced: not over before it
  });

  it('breaks a tie in distance in favour of the event made first', () => {
    // Two events on one day with nobody in common, so they stay apart; the undated mention names both sides.
    const kz = mention({ when: '2025-05-01', articleDate: '2025-05-01', actors: ['tokayev'] });
    const uz = mention({ when: '2025-05-01', articleDate: '2025-05-01', actors: ['mirziyoyev'] });
    const both = mention({ articleDate: '2025-05-11', actors: ['tokayev', 'mirziyoyev'] });
    expect(joined([kz, uz, both], both)).toBe(kz);
    const uzFirst = mention({ when: '2025-05-01', articleDate: '2025-05-01', actors: ['mirziyoyev'] });
    const kzLater = mention({ when: '2025-05-01', articleDate: '2025-05-01', actors: ['tokayev'] });
    const again = mention({ articleDate: '2025-05-11', actors: ['tokayev', 'mirziyoyev'] });
    expect(joined([kzLater, uzFirst, again], again)).toBe(uzFirst);
  });

  it('measures a long event by its nearer end, however early it starts', () => {
    const month = mention({ when: '2025-01-01/2025-06-30', articleDate: '2025-01-01' });
    const other = mention({ when: '2025-06-10', articleDate: '2025-06-10' });
    const late = mention({ articleDate: '2025-06-29' });
    expect(homeOf([month, other, late], late)).toBe('2025-01-01/2025-06-30');
  });

  it('never joins an event in another city, nor another kind of event', () => {
    const tashkent = mention({ when: '2025-07-01', articleDate: '2025-07-01', place: 'tashkent' });
    const astana = mention({ articleDate: '2025-07-02', place: 'astana' });
    expect(homeOf([tashkent, astana], astana)).toBeNull();
    const summit = mention({ when: '2025-07-01', articleDate: '2025-07-01', type: 'summit' });
    const talks = mention({ articleDate: '2025-07-02', type: 'talks' });
    expect(homeOf([summit, talks], talks)).toBeNull();
  });

  it('groups undated mentions that fit no dated event with an earlier undated one of the same type and actors', () => {
    const first = mention({ articleDate: '2025-08-01' });
    const second = mention({ articleDate: '2025-08-02' });
    const elsewhere = mention({ articleDate: '2025-08-03', actors: ['mirziyoyev'], type: 'briefing' });
    const clusters = clusterMentions([first, second, elsewhere]);
    expect(clusters).toHaveLength(2);
    expect(clusters.find((c) => c.mentions.length === 2)?.mentions.map((x) => x.mention)).toEqual([first.mention, second.mention]);
  });
});
