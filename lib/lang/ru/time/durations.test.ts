import { describe, expect, it } from 'vitest';
import { expectRow, tagRu, type Row } from './expect-ru';

describe('durations: ISO 8601 values, NEREL-style spans with their qualifiers', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['Переговоры продлятся в течение двух недель.', 'в течение двух недель', 'P2W', 'duration'],
    ['Он руководил министерством три года.', 'три года', 'P3Y', 'duration'],
    ['Ему грозит лишение свободы на срок не более трёх лет.', 'не более трёх лет', 'P3Y', 'duration'],
    ['Ему грозит до 15 лет лишения свободы.', 'до 15 лет', 'P15Y', 'duration'],
    ['За последние 200 лет климат изменился.', 'За последние 200 лет', 'P200Y', 'duration'],
    ['Полёт продлится 10 суток.', '10 суток', 'P10D', 'duration'],
    ['Ему «накинули» ещё полтора года.', 'полтора года', 'P1.5Y', 'duration'],
    ['Проект займёт два с половиной года.', 'два с половиной года', 'P2.5Y', 'duration'],
    ['Срок продлили на 1 год 5 месяцев.', 'на 1 год 5 месяцев', 'P1Y5M', 'duration'],
    ['Договор заключён на год.', 'на год', 'P1Y', 'duration'],
    ['Данные хранятся в течение года.', 'в течение года', 'P1Y', 'duration'],
    ['Подготовка заняла полгода.', 'полгода', 'P0.5Y', 'duration'],
    ['Консультации длились несколько месяцев.', 'несколько месяцев', null, 'duration'],
    ['Ему грозит от 8 до 20 лет.', 'от 8 до 20 лет', null, 'duration'],
    ['Решение примут в течение 45-60 дней.', 'в течение 45-60 дней', null, 'duration'],
    ['Решение вступит в силу по истечении 180 дней.', 'по истечении 180 дней', 'P180D', 'duration'],
    ['Он подписал пятилетний контракт.', 'пятилетний', 'P5Y', 'duration'],
    ['Он имеет 15-летний опыт работы.', '15-летний', 'P15Y', 'duration'],
    ['В стране объявлен трёхдневный траур.', 'трёхдневный', 'P3D', 'duration'],
    ['Переговоры шли семь часов.', 'семь часов', 'PT7H', 'time'],
    ['Этому обычаю тысячу лет.', 'тысячу лет', 'P1000Y', 'duration'],
  ])('%s', (...row) => {
    expectRow(row, ref);
  });

  it('two amounts side by side are not one compound amount', () => {
    const [first] = tagRu('Полёт продлится 10 суток, двое суток уйдёт на стыковку.', ref);
    expect([first?.text, first?.value]).toEqual(['10 суток', 'P10D']);
  });

  it('a year number after an amount is a year of its own', () => {
    const found = tagRu('Товарооборот за девять месяцев 2025 года вырос.', ref);
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['за девять месяцев', 'P9M'],
      ['2025 года', '2025'],
    ]);
  });

  it('says the TIMEX3 type and value of a duration', () => {
    const [m] = tagRu('Переговоры продлятся в течение двух недель.', ref);
    expect(m?.timex).toEqual({ type: 'DURATION', value: 'P2W' });
    const [vague] = tagRu('Консультации длились несколько месяцев.', ref);
    expect(vague?.timex).toEqual({ type: 'DURATION', value: 'PXY' });
  });
});

// NEREL marks someone's age as AGE, not DATE: `N лет` about a person is not a duration.
describe('ages are not durations', () => {
  it.each([
    'Он умер в возрасте 84 лет.',
    'Ему было 35 лет.',
    'Перминову уже исполнилось 65 лет, а по закону он должен уйти.',
    'Генсек должен быть не младше 45 лет.',
    'Пострадали Николай Глазков (40 лет) и другие.',
    'В 20 лет у неё был роман с соседом.',
    'Клэренс Картер, 49 лет, был казнён во вторник.',
    'Эмир Катара, которому сейчас 61 год, рассматривает отставку.',
    'Он умер на 85 году жизни.',
    'Соревнования проводятся для детей от 13 до 18 лет.',
    'Пенсионный возраст для женщин повысится до 60 лет.',
  ])('%s', (text) => {
    expect(tagRu(text, '2025-11-14').filter((m) => /лет|год/u.test(m.text))).toEqual([]);
  });

  it('an age beside a duration: only the duration', () => {
    const found = tagRu('Кравцову 39 лет, последние полтора года он руководил ведомством.', '2025-11-14');
    expect(found.map((m) => m.text)).toEqual(['последние полтора года']);
  });

  it('an adjective of years before a person is an age; before a term it is a length', () => {
    expect(tagRu('42-летний Азамат Сагитов назначен министром.', '2025-11-14')).toEqual([]);
    expect(tagRu('Назначен 87-летний писатель.', '2025-11-14')).toEqual([]);
    expect(tagRu('Он отметил 85-летний юбилей.', '2025-11-14')).toEqual([]);
  });
});
