import { describe, expect, it } from 'vitest';
import type { CorpusEvent } from '@/lib/corpus/types';
import { getDictionary } from '@/app/_i18n/dictionary';
import { keySourceIndex } from './slides';
import { filtersInWords, periodInWords } from '@/app/_lib/view/view-words';
import { EMPTY_VIEW } from '@/app/_lib/view/view-state';

type Source = CorpusEvent['sources'][number];
const source = (claim: Source['claim'], timeText: string | null): Source => ({ claim, timeText }) as Source;
const event = (when: string, sources: Source[]) => ({ when, sources }) as CorpusEvent;

describe('keySourceIndex: the sentence a slide quotes', () => {
  it('is the one whose own words give the event its date', () => {
    const e = event('2025-11-14/2025-11-15', [
      source({ when: '2025-11-14', how: 'inherited' }, null),
      source({ when: '2025-11-14', how: 'stated' }, 'yesterday'),
      source({ when: '2025-11-14/2025-11-15', how: 'stated' }, '14-15 November'),
    ]);
    expect(keySourceIndex(e)).toBe(2);
  });

  it('else one that states any date, else the first', () => {
    expect(
      keySourceIndex(
        event('2025-11', [
          source({ when: null, how: 'none' }, null),
          source({ when: '2025-11-16', how: 'stated' }, '16 Nov'),
        ]),
      ),
    ).toBe(1);
    expect(keySourceIndex(event('2025-11-16', [source({ when: '2025-11-16', how: 'inherited' }, null)]))).toBe(0);
    expect(keySourceIndex(event('2025-11-16', []))).toBe(-1);
  });
});

describe('the handout title page in words', () => {
  const en = getDictionary('en');
  const ru = getDictionary('ru');

  it('names the filters, or says there are none', () => {
    expect(filtersInWords(EMPTY_VIEW, en)).toBe('Filters: none (every event)');
    expect(filtersInWords({ ...EMPTY_VIEW, types: ['summit', 'talks'], q: 'Ташкент' }, en)).toBe(
      'Filters: Event type: Summit, Talks; Search: “Ташкент”',
    );
    expect(filtersInWords({ ...EMPTY_VIEW, types: ['summit'] }, ru)).toBe('Фильтры: Тип события: Саммит');
  });

  it('gives the period of the window on screen, a single day as one date', () => {
    expect(periodInWords({ ...EMPTY_VIEW, from: '2025-11-15', to: '2025-11-15T23:59' }, [], en)).toBe(
      'November 15, 2025',
    );
    expect(periodInWords({ ...EMPTY_VIEW, from: '2025-11-14', to: '2025-11-16' }, [], en)).toMatch(
      /^November 14\s?–\s?16, 2025$/,
    );
    expect(periodInWords(EMPTY_VIEW, [], en)).toBeNull();
  });
});
