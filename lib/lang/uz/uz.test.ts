import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../article/language';
import { readArticleText } from '../../article/read-article';
import { tagSentence } from '../../time/tag-times';
import { PLUGINS } from '../registry';
import { UZ_LANGUAGE } from './time/language';

function times(text: string, referenceDate = '2025-11-13') {
  return tagSentence(text, { start: 0, end: text.length }, referenceDate, UZ_LANGUAGE).map((m) => [m.text, m.value]);
}

describe('Uzbek (Latin): dates', () => {
  it('reads day ranges, days with their year, months with case endings', () => {
    expect(times('Tashrif 14-15 noyabr kunlari boʻlib oʻtadi.')).toEqual([['14-15 noyabr', '2025-11-14/2025-11-15']]);
    expect(times('2025-yil 14-noyabr kuni muzokaralar oʻtkaziladi.')).toEqual([['2025-yil 14-noyabr', '2025-11-14']]);
    expect(times('Sammit 16-noyabrda Toshkentda oʻtadi.')).toEqual([['16-noyabrda', '2025-11-16']]);
    expect(times('2025-yil dekabr oyida hujjat imzolanadi.')).toEqual([['2025-yil dekabr oyida', '2025-12']]);
    expect(times('Forum 3 sentyabrdan boshlandi.')).toEqual([['3 sentyabrdan', '2025-09-03']]);
    expect(times('Forum 3 sentyabrdan boshlanadi.')).toEqual([['3 sentyabrdan', '2026-09-03']]);
    expect(times('U 2024-yilda Samarqandga keldi.')).toEqual([['2024-yilda', '2024']]);
  });

  it('reads today, tomorrow and yesterday against the article date', () => {
    expect(times('Bugun Prezident Astanaga boradi, ertaga esa muzokaralar boʻladi.')).toEqual([
      ['Bugun', '2025-11-13'],
      ['ertaga', '2025-11-14'],
    ]);
    expect(times('Kecha vazirlar uchrashdi.')).toEqual([['Kecha', '2025-11-12']]);
  });

  it('leaves numbers that are no date alone', () => {
    expect(times('Tovar ayirboshlash hajmi 4 milliard dollardan oshdi.')).toEqual([]);
  });
});

describe('Uzbek (Latin): detection', () => {
  const detect = (text: string) => detectLanguage(text, PLUGINS);

  it('tells Uzbek from Kazakh in each of its Latin alphabets and from English', () => {
    expect(
      detect(
        'Qozogʻiston va Oʻzbekiston oʻrtasidagi hamkorlik boʻyicha muzokaralar bilan birga uchrashuv ham boʻlib oʻtdi.',
      ),
    ).toEqual({ language: 'uz', script: 'Latn' });
    expect(
      detect(
        "Qozog'iston Prezidenti 2025-yil 14-15 noyabr kunlari Toshkentga davlat tashrifi bilan keladi va muzokaralar o'tkazadi.",
      ),
    ).toEqual({ language: 'uz', script: 'Latn' });
    expect(detect('Memleket basşysy Özbekstanğa memlekettık saparmen barady jäne kelıssöz jürgızedı.')).toEqual({
      language: 'kk',
      script: 'Latn',
    });
    expect(detect('Memleket basshysy Ózbekstanǵa memlekettik saparmen barady jáne mınıstrlerimen kezdesedi.')).toEqual({
      language: 'kk',
      script: 'Latn',
    });
    expect(
      detect(
        "Memleket bass'ysy O'zbekstang'a memlekettik saparmen barady ja'ne mi'ni'strlerimen kezdesedi, bul turaly jyly aityldy.",
      ),
    ).toEqual({ language: 'kk', script: 'Latn' });
    expect(
      detect(
        'The President of Kazakhstan will pay a state visit to Uzbekistan on 14-15 November and hold talks with his counterpart.',
      ),
    ).toEqual({ language: 'en', script: 'Latn' });
  });

  it('does not take English naming Spanish or Hungarian people for Kazakh in its 2018 alphabet', () => {
    for (const text of [
      'Spanish Prime Minister Pedro Sánchez arrived in Astana on Monday. Sánchez said the two countries would sign a deal.',
      'Viktor Orbán met Andrés Manuel López Obrador in Budapest, and Orbán said talks would continue.',
    ])
      expect(detect(text)).toEqual({ language: 'en', script: 'Latn' });
  });
});

describe('Uzbek (Latin): events', () => {
  it('reads a state visit and talks with their dates', async () => {
    const { corpusOf, summary } = await import('../../test-support/events');
    const corpus = corpusOf([
      'uz.txt',
      ' date 2025-11-13 Toqayev Oʻzbekistonga keladi\nTOSHKENT. DUNYO – Qozogʻiston Prezidenti Qosim-Jomart Toqayev 14-15 noyabr kunlari Oʻzbekistonga davlat tashrifi bilan keladi va muzokaralar oʻtkazadi.\n',
    ]);
    expect(summary(corpus).map(({ type, when, status }) => ({ type, when, status }))).toEqual([
      { type: 'state-visit', when: '2025-11-14/2025-11-15', status: 'announced' },
      { type: 'talks', when: '2025-11-14/2025-11-15', status: 'announced' },
    ]);
  });

  it('reads an article as uz in Latin script', () => {
    const read = readArticleText(
      'uz.txt',
      ' date 2025-11-13 Sarlavha\nToshkent shahrida 2025-yil 14-15 noyabr kunlari muzokaralar boʻlib oʻtadi va hujjatlar imzolanadi. Bu haqda matbuot xizmati xabar berdi.\n',
    );
    expect(read.ok && [read.article.language, read.article.script]).toEqual(['uz', 'Latn']);
  });
});
