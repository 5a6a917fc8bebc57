import { describe, expect, it } from 'vitest';
import type { ActorRole } from '../events/types';
import { eventTitles, type TitleInput } from './titles';

const p = (actorId: string, role: ActorRole = 'participant') => ({ actorId, role });
const ev = (x: Partial<TitleInput> & Pick<TitleInput, 'type'>): TitleInput => ({
  bodyId: null,
  ordinal: null,
  placeId: null,
  countries: [],
  participants: [],
  ...x,
});

describe('composed titles', () => {
  it('talks: the sides by surname, in the place', () => {
    expect(
      eventTitles(
        ev({
          type: 'talks',
          placeId: 'tashkent',
          countries: ['kz', 'uz'],
          participants: [p('mirziyoyev', 'host'), p('tokayev', 'guest')],
        }),
      ),
    ).toEqual({
      kk: 'Тоқаев пен Мирзиёевтің Ташкенттегі келіссөздері',
      ru: 'Переговоры Токаева и Мирзиёева в Ташкенте',
      en: 'Tokayev–Mirziyoyev talks in Tashkent',
    });
  });

  it('a state visit: the guest and the country visited', () => {
    expect(
      eventTitles(
        ev({
          type: 'state-visit',
          placeId: 'tashkent',
          countries: ['kz', 'uz'],
          participants: [p('tokayev', 'guest'), p('mirziyoyev', 'host')],
        }),
      ),
    ).toEqual({
      kk: 'Тоқаевтың Өзбекстанға мемлекеттік сапары',
      ru: 'Государственный визит Токаева в Узбекистан',
      en: "Tokayev's state visit to Uzbekistan",
    });
  });

  it('a visit to Kazakhstan by an indeclinable name', () => {
    expect(
      eventTitles(
        ev({
          type: 'official-visit',
          placeId: 'astana',
          countries: ['cn', 'kz'],
          participants: [p('tokayev', 'host'), p('xi-jinping', 'guest')],
        }),
      ),
    ).toEqual({
      kk: 'Си Цзиньпиннің Қазақстанға ресми сапары',
      ru: 'Официальный визит Си Цзиньпин в Казахстан',
      en: "Xi Jinping's official visit to Kazakhstan",
    });
  });

  it('a visit "во Францию"', () => {
    const t = eventTitles(
      ev({ type: 'working-visit', placeId: 'paris', countries: ['fr', 'kz'], participants: [p('tokayev', 'guest')] }),
    );
    expect(t.ru).toBe('Рабочий визит Токаева во Францию');
    expect(t.kk).toBe('Тоқаевтың Францияға жұмыс сапары');
  });

  it('a phone call has no place', () => {
    expect(
      eventTitles(
        ev({
          type: 'phone-call',
          placeId: 'astana',
          countries: ['kz', 'ru'],
          participants: [p('putin'), p('tokayev')],
        }),
      ),
    ).toEqual({
      kk: 'Тоқаев пен Путиннің телефон арқылы сөйлесуі',
      ru: 'Телефонный разговор Токаева и Путина',
      en: 'Tokayev–Putin phone call',
    });
  });

  it('a briefing: by whom and where', () => {
    expect(
      eventTitles(ev({ type: 'briefing', placeId: 'astana', countries: ['kz'], participants: [p('tokayev')] })),
    ).toEqual({
      kk: 'Тоқаевтың Астанадағы брифингі',
      ru: 'Брифинг Токаева в Астане',
      en: "Tokayev's briefing in Astana",
    });
  });

  it('a briefing two presidents gave together: both of theirs', () => {
    expect(
      eventTitles(
        ev({
          type: 'briefing',
          placeId: 'tashkent',
          countries: ['uz', 'kz'],
          participants: [p('mirziyoyev'), p('tokayev')],
        }),
      ),
    ).toEqual({
      kk: 'Тоқаев пен Мирзиёевтің Ташкенттегі брифингі',
      ru: 'Брифинг Токаева и Мирзиёева в Ташкенте',
      en: 'Tokayev–Mirziyoyev briefing in Tashkent',
    });
  });

  it('a briefing with nobody named: where', () => {
    expect(eventTitles(ev({ type: 'briefing', placeId: 'astana' }))).toEqual({
      kk: 'Астанадағы брифинг',
      ru: 'Брифинг в Астане',
      en: 'Briefing in Astana',
    });
  });

  it('a signing between countries', () => {
    expect(eventTitles(ev({ type: 'agreement-signing', placeId: 'moscow', countries: ['ru', 'kz'] }))).toEqual({
      kk: 'Қазақстан мен Ресейдің Мәскеудегі келісімге қол қоюы',
      ru: 'Подписание соглашения между Казахстаном и Россией в Москве',
      en: 'Kazakhstan–Russia agreement signing in Moscow',
    });
  });

  it('a joint statement of two countries, one with an article in English', () => {
    expect(eventTitles(ev({ type: 'joint-statement', countries: ['kz', 'us'] }))).toEqual({
      kk: 'Қазақстан мен АҚШ-тың бірлескен мәлімдемесі',
      ru: 'Совместное заявление Казахстана и США',
      en: 'Kazakhstan–United States joint statement',
    });
  });

  it("a body's summit by its abbreviation", () => {
    expect(eventTitles(ev({ type: 'summit', bodyId: 'sco', placeId: 'astana' }))).toEqual({
      kk: 'ШЫҰ-ның Астанадағы саммиті',
      ru: 'Саммит ШОС в Астане',
      en: 'SCO summit in Astana',
    });
  });

  it('a named occurrence keeps its own name', () => {
    expect(
      eventTitles(
        ev({
          type: 'summit',
          bodyId: 'central-asia-consultative-meeting',
          ordinal: 7,
          placeId: 'tashkent',
          participants: [p('tokayev')],
        }),
      ).en,
    ).toBe('VII Consultative Meeting of the Heads of State of Central Asia');
  });

  it('a body that is a meeting, with no ordinal: its name', () => {
    expect(eventTitles(ev({ type: 'forum', bodyId: 'astana-international-forum', placeId: 'astana' })).ru).toBe(
      'Астанинский международный форум',
    );
  });

  it("a woman's surname in Russian does not decline; in Kazakh it does", () => {
    const t = eventTitles(
      ev({
        type: 'talks',
        placeId: 'berlin',
        countries: ['de', 'kz'],
        participants: [p('merkel', 'host'), p('tokayev', 'guest')],
      }),
    );
    expect(t.ru).toBe('Переговоры Токаева и Меркель в Берлине');
    expect(t.kk).toBe('Тоқаев пен Меркельдің Берлиндегі келіссөздері');
    expect(t.en).toBe('Tokayev–Merkel talks in Berlin');
  });

  it('three sides', () => {
    const t = eventTitles(
      ev({ type: 'talks', placeId: 'dushanbe', participants: [p('tokayev'), p('japarov'), p('rahmon')] }),
    );
    expect(t.en).toBe('Tokayev–Japarov–Rahmon talks in Dushanbe');
    expect(t.ru).toBe('Переговоры Токаева, Жапарова и Рахмона в Душанбе');
    expect(t.kk).toBe('Тоқаев, Жапаров және Рахмонның Душанбедегі келіссөздері');
  });

  it('falls back to the type and place when there is nothing else', () => {
    expect(eventTitles(ev({ type: 'other', placeId: 'astana' })).en).toBe('Other event: Astana');
    expect(eventTitles(ev({ type: 'talks' }))).toEqual({ kk: 'Келіссөздер', ru: 'Переговоры', en: 'Talks' });
  });
});

describe('composed titles: one side, formats, ordinals', () => {
  it('talks with a foreign counterpart only', () => {
    expect(eventTitles(ev({ type: 'talks', placeId: 'astana', participants: [p('putin')] }))).toEqual({
      kk: 'Астанадағы Путинмен келіссөздер',
      ru: 'Переговоры с Путиным в Астане',
      en: 'Talks with Putin in Astana',
    });
  });

  it('a joint statement with one side named says only where', () => {
    expect(eventTitles(ev({ type: 'joint-statement', placeId: 'astana', participants: [p('tokayev')] })).en).toBe(
      'Joint statement in Astana',
    );
  });

  it('a format summit is quoted', () => {
    expect(eventTitles(ev({ type: 'summit', bodyId: 'central-asia-germany', placeId: 'berlin' }))).toEqual({
      kk: 'Берлиндегі «Орталық Азия – Германия» саммиті',
      ru: 'Саммит «Центральная Азия – Германия» в Берлине',
      en: 'Central Asia – Germany summit in Berlin',
    });
  });

  it('ordinals agree: 21st, 21-й форум', () => {
    const t = eventTitles(ev({ type: 'forum', bodyId: 'kz-ru-interregional-forum', ordinal: 21 }));
    expect(t.en).toBe('21st Kazakhstan–Russia Interregional Cooperation Forum');
    expect(t.ru).toBe('21-й Форум межрегионального сотрудничества Казахстана и России');
  });

  it("Xi'an is masculine in Russian", () => {
    expect(eventTitles(ev({ type: 'summit', placeId: 'xian' })).ru).toBe('Саммит в Сиане');
  });
});
