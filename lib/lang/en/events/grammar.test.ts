import { describe, expect, it } from 'vitest';
import { corpusOf, summary } from '../../../test-support/events';

describe('English events', () => {
  it('talks and a joint statement during a state visit, and an announced summit', () => {
    const corpus = corpusOf([
      'en1.txt',
      ' date 2025-11-15 Kazakh and Uzbek presidents hold talks in Tashkent\nTASHKENT. KAZINFORM – President Kassym-Jomart Tokayev held talks with President of Uzbekistan Shavkat Mirziyoyev in Tashkent on November 14 during his state visit to Uzbekistan. The presidents signed a joint statement. On November 16 Tokayev will take part in the Consultative Meeting of the Heads of State of Central Asia.\n',
    ]);
    const events = summary(corpus);
    expect(events.find((e) => e.type === 'state-visit')).toMatchObject({
      status: 'reported',
      actors: ['mirziyoyev', 'tokayev'],
    });
    expect(events.find((e) => e.type === 'talks' && e.when === '2025-11-14')).toMatchObject({
      parent: 'state-visit',
      place: 'tashkent',
    });
    expect(events.find((e) => e.type === 'joint-statement')).toMatchObject({
      parent: 'state-visit',
      actors: ['mirziyoyev', 'tokayev'],
    });
    expect(events.find((e) => e.type === 'summit')).toMatchObject({
      when: '2025-11-16',
      status: 'announced',
      actors: ['tokayev'],
    });
  });

  it('takes the place of an event from its own clause, not from the next one', () => {
    const corpus = corpusOf([
      'en-clause.txt',
      ' date 2019-11-07 News\nOMSK. Kazinform – Tokayev chose Moscow for his first foreign trip as president in April, and in late May Putin came to Nur-Sultan for a session of the Supreme Eurasian Economic Council.\n',
    ]);
    const trip = corpus.events.find((e) => e.when === '2019-04');
    expect(trip?.placeId).toBe('moscow');
  });
});
