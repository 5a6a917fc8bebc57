import { describe, expect, it } from 'vitest';
import { actorById, placeById } from './index';
import { ruActor, ruPlace, ruPlacePreposition, shortName } from './forms';

const actor = (id: string) => {
  const a = actorById(id);
  if (!a) throw new Error(id);
  return a;
};

describe('short names', () => {
  it.each([
    ['tokayev', 'Тоқаев', 'Токаев', 'Tokayev'],
    ['von-der-leyen', 'фон дер Ляйен', 'фон дер Ляйен', 'von der Leyen'],
    ['sisi', 'әс-Сиси', 'ас-Сиси', 'el-Sisi'],
    ['xi-jinping', 'Си Цзиньпин', 'Си Цзиньпин', 'Xi Jinping'], // family name first: the whole
    ['akylbek-japarov', 'Ақылбек Жапаров', 'Акылбек Жапаров', 'Akylbek Japarov'], // shares the surname: the whole
    ['elizabeth-ii', 'II Елизавета', 'Елизавета II', 'Elizabeth II'],
    ['sco', 'ШЫҰ', 'ШОС', 'SCO'],
  ])('%s', (id, kk, ru, en) => {
    expect([shortName(actor(id), 'kk'), shortName(actor(id), 'ru'), shortName(actor(id), 'en')]).toEqual([kk, ru, en]);
  });
});

describe('Russian cases of gazetteer entries', () => {
  it('declines people by gender and keeps East Asian names', () => {
    expect(ruActor(actor('tokayev'), 'gen')).toBe('Токаева');
    expect(ruActor(actor('akylbek-japarov'), 'gen')).toBe('Акылбека Жапарова');
    expect(ruActor(actor('xi-jinping'), 'ins')).toBe('Си Цзиньпин');
    expect(ruActor(actor('merkel'), 'gen')).toBe('Меркель');
    expect(ruActor(actor('truss'), 'gen')).toBe('Лиз Трасс'); // a woman: nothing declines
    expect(ruActor(actor('elizabeth-ii'), 'gen')).toBe('Елизаветы II');
    expect(ruActor(actor('pope-francis'), 'gen')).toBe('Франциска');
  });

  it('declines countries, with overrides where the rules fail', () => {
    expect(ruActor(actor('uz'), 'acc')).toBe('Узбекистан');
    expect(ruActor(actor('ru'), 'acc')).toBe('Россию');
    expect(ruActor(actor('ae'), 'acc')).toBe('Объединённые Арабские Эмираты');
    expect(ruActor(actor('kr'), 'prep')).toBe('Республике Корея');
    expect(ruActor(actor('us'), 'gen')).toBe('США');
  });

  it('places: в, во, на', () => {
    const at = (id: string) => {
      const p = placeById(id)!;
      const form = ruPlace(p, 'prep');
      return `${ruPlacePreposition(p, form)} ${form}`;
    };
    expect(at('tashkent')).toBe('в Ташкенте');
    expect(at('almaty')).toBe('в Алматы');
    expect(at('baikonur')).toBe('на Байконуре');
    expect(at('central-asia')).toBe('в Центральной Азии');
    expect(at('xian')).toBe('в Сиане');
  });
});
