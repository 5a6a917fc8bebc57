import { describe, expect, it } from 'vitest';
import { corpusOf } from '../test-support/events';

const events = (name: string, text: string) => corpusOf([name, text]).events.map((e) => `${e.type} ${e.bodyId ?? '-'}`);

describe('a meeting of a body that holds summits', () => {
  it('is its summit when no foreign leader is named (kk, ru, en)', () => {
    expect(
      events(
        'kk.txt',
        ' date 2025-12-22 Жаңалықтар\nАСТАНА. KAZINFORM – Кеше Санкт-Петербургте ТМД елдері басшыларының дәстүрлі бейресми кездесуі өтті.\n',
      ),
    ).toEqual(['summit cis']);
    expect(
      events(
        'ru.txt',
        ' date 2024-10-24 Новости\nАСТАНА. KAZINFORM – Токаев принял участие во встрече в формате «БРИКС плюс» в Казани.\n',
      ),
    ).toEqual(['summit brics']);
    expect(
      events(
        'en.txt',
        ' date 2021-12-29 News\nASTANA. Kazinform – In late December they met in St Petersburg at an informal gathering of CIS leaders.\n',
      ),
    ).toEqual(['summit cis']);
  });

  it('stays talks with the leader it names', () => {
    expect(
      events(
        'en2.txt',
        ' date 2021-12-29 News\nASTANA. Kazinform – Tokayev met with Putin on the sidelines of the CIS summit.\n',
      ).sort(),
    ).toEqual(['summit cis', 'talks -']);
  });
});
