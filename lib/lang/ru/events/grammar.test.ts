import { describe, expect, it } from 'vitest';
import { corpusOf, summary } from '../../../test-support/events';

describe('Russian events', () => {
  it('a state visit by invitation, talks during it, a summit, and a phone call that is not part of the summit', () => {
    const corpus = corpusOf(
      [
        'ru1.txt',
        ' date 2025-11-14 Токаев прибыл в Ташкент с государственным визитом\nТАШКЕНТ. KAZINFORM – Президент Казахстана Касым-Жомарт Токаев 14 ноября прибыл в Ташкент с государственным визитом по приглашению Президента Узбекистана Шавката Мирзиёева. В ходе визита главы государств проведут переговоры в узком и расширенном составе. 16 ноября в Ташкенте состоится VII Консультативная встреча глав государств Центральной Азии.\n',
      ],
      [
        'ru2.txt',
        ' date 2025-11-16 Токаев принял участие в Консультативной встрече\nТАШКЕНТ. KAZINFORM – Глава государства Касым-Жомарт Токаев принял участие в VII Консультативной встрече глав государств Центральной Азии, которая прошла в Ташкенте. Вечером Президент провел телефонный разговор с Президентом России Владимиром Путиным.\n',
      ],
    );
    const events = summary(corpus);
    expect(events.find((e) => e.type === 'state-visit')).toMatchObject({
      when: '2025-11-14',
      status: 'reported',
      place: 'tashkent',
      actors: ['mirziyoyev', 'tokayev'],
    });
    expect(events.find((e) => e.type === 'talks')).toMatchObject({
      status: 'announced',
      parent: 'state-visit',
      actors: ['mirziyoyev', 'tokayev'],
    });
    // Announced in the first article, reported in the second: one event, now reported.
    expect(events.filter((e) => e.type === 'summit')).toEqual([
      { type: 'summit', when: '2025-11-16', status: 'reported', place: 'tashkent', actors: ['tokayev'], parent: null },
    ]);
    expect(events.find((e) => e.type === 'phone-call')).toMatchObject({ actors: ['putin', 'tokayev'], parent: null });
  });

  it('a quoted political scientist is a source, not a participant', () => {
    const corpus = corpusOf([
      'ru3.txt',
      ' date 2025-11-14 Эксперт о визите\nАСТАНА. KAZINFORM – Как отметил политолог Фарход Толипов, визит Касым-Жомарта Токаева в Узбекистан укрепит союзнические отношения.\n',
    ]);
    for (const e of corpus.events) expect(e.participants.map((p) => p.actorId)).not.toContain('tolipov');
  });

  it('a session belongs to the body named next to it, not to the summit named before it', () => {
    const corpus = corpusOf([
      'ru4.txt',
      ' date 2025-10-08 Токаев в Душанбе\nАСТАНА. KAZINFORM – 9 октября в Душанбе пройдет второй саммит «Центральная Азия – Россия», а 10 октября – заседание Совета глав государств СНГ.\n',
    ]);
    const bodies = corpus.events.map((e) => `${e.when} ${e.type} ${e.bodyId}`).sort();
    expect(bodies).toEqual(['2025-10-09 summit central-asia-russia', '2025-10-10 summit cis']);
  });

  it('the event ahead of which something was done is to come; what was done is not', () => {
    const corpus = corpusOf([
      'ru5.txt',
      ' date 2025-11-10 Новости\nАСТАНА. KAZINFORM – В преддверии государственного визита в Российскую Федерацию Президент Казахстана Касым-Жомарт Токаев дал интервью «Российской газете».\n',
    ]);
    const status = Object.fromEntries(corpus.events.map((e) => [e.type, e.status]));
    expect(status).toMatchObject({ 'state-visit': 'announced', interview: 'reported' });
  });
});
