import { describe, expect, it } from 'vitest';
import { corpusOf } from '../test-support/events';

const types = (name: string, text: string) =>
  corpusOf([name, text])
    .events.map((e) => `${e.type} ${e.when ?? 'undated'}`)
    .sort();

describe('a habit or a count is not one event', () => {
  it('Kazakh: talks held several times, state visits exchanged', () => {
    expect(
      types(
        'kk.txt',
        ' date 2025-10-06 Жаңалықтар\nАСТАНА. KAZINFORM – Тоқаев пен Ильхам Әлиев соңғы жылдары өзара мемлекеттік сапарлар алмасып, бірнеше рет келіссөз жүргізген. 7 қазанда Габалада саммит өтеді.\n',
      ),
    ).toEqual(['summit 2025-10-07']);
  });

  it('Russian and English: several times, regularly, two state visits', () => {
    expect(
      types(
        'ru.txt',
        ' date 2025-11-16 Неделя\nАСТАНА. KAZINFORM – Президенты регулярно проводят переговоры. 14 ноября Токаев и Мирзиёев провели переговоры в Ташкенте.\n',
      ),
    ).toEqual(['talks 2025-11-14']);
    expect(
      types(
        'en.txt',
        ' date 2025-11-16 Week\nASTANA. Kazinform – This week Tokayev paid two state visits. On November 14 Tokayev and Mirziyoyev held talks in Tashkent.\n',
      ),
    ).toEqual(['talks 2025-11-14']);
  });

  it('keeps an event the sentence dates to a day, however it is described', () => {
    expect(
      types(
        'ru2.txt',
        ' date 2025-11-10 Новости\nАСТАНА. KAZINFORM – Лидеры, которые регулярно встречаются, проведут переговоры 12 ноября в Москве.\n',
      ),
    ).toEqual(['talks 2025-11-12']);
  });
});
