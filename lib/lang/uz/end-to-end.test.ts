import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../corpus/build-corpus';
import { utf8 } from '../../test-support/seeds';

// An Uzbek news report on the visit of 14–15 November 2025, shaped like the files in seeds/ (a ` date` header line,
// a dateline), read by the same pipeline the app runs over a folder.
const VISIT_SENTENCE =
  'Qozogʻiston Prezidenti Qosim-Jomart Toqayev 2025-yil 14-15 noyabr kunlari Oʻzbekiston Prezidenti Shavkat Mirziyoyevning taklifiga binoan Oʻzbekistonga davlat tashrifi bilan keladi.';
const ARTICLE = [
  ' date 2025-11-13 Qosim-Jomart Toqayev Oʻzbekistonga davlat tashrifi bilan keladi',
  `TOSHKENT. DUNYO – ${VISIT_SENTENCE} Bu haqda Oʻzbekiston Prezidentining matbuot kotibi xabar berdi.`,
  'Tashrif doirasida davlat rahbarlari tor va kengaytirilgan tarkibda muzokaralar oʻtkazadi.',
  'Muzokaralarda savdo-iqtisodiy, transport-logistika, energetika va madaniy-gumanitar sohalardagi hamkorlik masalalari koʻrib chiqiladi.',
  'Shuningdek, Oliy davlatlararo kengashning navbatdagi majlisi boʻlib oʻtishi rejalashtirilgan.',
  'Tashrif yakunida bir qator ikki tomonlama hujjatlar imzolanishi kutilmoqda.',
  "Ta'kidlash joizki, bugun ikki mamlakat oʻrtasidagi tovar ayirboshlash hajmi 4 milliard dollardan oshdi.",
  'Oʻtgan yili davlat rahbarlari Astanada uchrashgan edi.',
  '',
].join('\n');

describe('an Uzbek article, end to end', () => {
  const corpus = buildCorpus([{ fileName: 'uz-2025-11-13-davlat-tashrifi.txt', bytes: utf8(ARTICLE) }]);
  const [analysed] = corpus.articles;

  it('is read as Uzbek in Latin script', () => {
    expect(corpus.failures).toEqual([]);
    expect([analysed?.article.language, analysed?.article.script]).toEqual(['uz', 'Latn']);
  });

  it('gives the state visit of 14–15 November, announced, with its two presidents and its source sentence', () => {
    const visit = corpus.events.find((e) => e.type === 'state-visit');
    expect(visit).toMatchObject({
      when: '2025-11-14/2025-11-15',
      start: '2025-11-14',
      end: '2025-11-15',
      status: 'announced',
    });
    expect(visit!.participants.map((p) => p.actorId).sort()).toEqual(['mirziyoyev', 'tokayev']);
    for (const s of visit!.sources) expect(analysed!.article.text.slice(s.start, s.end)).toBe(s.quote);
    const source = visit!.sources.find((s) => s.quote === VISIT_SENTENCE);
    expect(analysed!.article.text.slice(source!.start, source!.end)).toBe(VISIT_SENTENCE);
    expect(analysed!.article.text.slice(source!.trigger.start, source!.trigger.end)).toBe('tashrifi');
    expect(source!.timeText).toBe('2025-yil 14-15 noyabr');
  });

  it('puts the talks within the visit, and every time mention quotes the text', () => {
    const talks = corpus.events.find((e) => e.type === 'talks');
    expect(talks).toMatchObject({ when: '2025-11-14/2025-11-15', status: 'announced' });
    const text = analysed!.article.text;
    for (const t of analysed!.times) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(analysed!.times.map((t) => [t.text, t.value])).toEqual(
      expect.arrayContaining([
        ['2025-yil 14-15 noyabr', '2025-11-14/2025-11-15'],
        ['bugun', '2025-11-13'],
      ]),
    );
  });
});
