import { describe, expect, it } from 'vitest';
import { corpusOf, summary } from '../../../test-support/events';

describe('Kazakh in the 2021 Latin alphabet', () => {
  it('reads a state visit, talks during it and a summit, with tense from Latin verb forms', () => {
    const corpus = corpusOf([
      'lat.txt',
      ' date 2025-11-14 Toqaev Taşkentke memlekettık saparmen barady\nASTANA. KAZINFORM – 14-15 qaraşa künderı Qasym-Jomart Toqaev Özbekstan Prezidentı Şavkat Mirziöevtıñ şaqyruymen Taşkentke memlekettık saparmen barady. Memleketter basşylary kelıssöz jürgızedı. Al 16 qaraşada Prezident Taşkentte ötetın Ortalyq Aziia memleketterı basşylarynyñ VII Konsultativtık kezdesuıne qatysady.\n',
    ]);
    expect(summary(corpus)).toEqual([
      {
        type: 'state-visit',
        when: '2025-11-14/2025-11-15',
        status: 'announced',
        place: 'tashkent',
        actors: ['mirziyoyev', 'tokayev'],
        parent: null,
      },
      {
        type: 'talks',
        when: '2025-11-14/2025-11-15',
        status: 'announced',
        place: 'tashkent',
        actors: ['mirziyoyev', 'tokayev'],
        parent: 'state-visit',
      },
      { type: 'summit', when: '2025-11-16', status: 'announced', place: 'tashkent', actors: ['tokayev'], parent: null },
    ]);
  });
});
