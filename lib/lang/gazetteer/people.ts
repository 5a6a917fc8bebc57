import type { ActorEntry } from './types';

/**
 * Heads of state and government and foreign ministers. Surnames are stems: the language's suffixes are added when
 * matching (Тоқаевтың, Тоқаевқа; Токаева, Токаеву). Wikidata ids only where checked.
 */
export const PEOPLE: readonly ActorEntry[] = [
  { id: 'tokayev', kind: 'person', country: 'kz', headOfState: 'kz',
    names: { kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев', en: 'Kassym-Jomart Tokayev' },
    spellings: { kk: ['Қасым-Жомарт Тоқаев', 'Тоқаев', 'Қ.Тоқаев', 'Қ. Тоқаев'], kkLatn: ['Qasym-Jomart Toqaev', 'Toqaev'],
      ru: ['Касым-Жомарт Токаев', 'Токаев'], en: ['Kassym-Jomart Tokayev', 'Tokayev', 'Tokaev'] } },
  { id: 'mirziyoyev', kind: 'person', country: 'uz', headOfState: 'uz',
    names: { kk: 'Шавкат Мирзиёев', ru: 'Шавкат Мирзиёев', en: 'Shavkat Mirziyoyev' },
    spellings: { kk: ['Шавкат Мирзиёев', 'Мирзиёев', 'Мирзияев', 'Ш.Мирзиёев'], kkLatn: ['Şavkat Mirziöev', 'Mirziöev', 'Mirzioiev', 'Mirziyoyev'],
      ru: ['Шавкат Мирзиёев', 'Мирзиёев'], en: ['Shavkat Mirziyoyev', 'Mirziyoyev'] } },
  { id: 'japarov', kind: 'person', country: 'kg', headOfState: 'kg',
    names: { kk: 'Садыр Жапаров', ru: 'Садыр Жапаров', en: 'Sadyr Japarov' },
    spellings: { kk: ['Садыр Жапаров', 'Жапаров'], kkLatn: ['Sadyr Japarov', 'Japarov'], ru: ['Садыр Жапаров', 'Жапаров'], en: ['Sadyr Japarov', 'Japarov', 'Zhaparov'] } },
  { id: 'rahmon', kind: 'person', country: 'tj', headOfState: 'tj',
    names: { kk: 'Эмомали Рахмон', ru: 'Эмомали Рахмон', en: 'Emomali Rahmon' },
    spellings: { kk: ['Эмомали Рахмон', 'Рахмон'], kkLatn: ['Emomali Rahmon', 'Rahmon'], ru: ['Эмомали Рахмон', 'Рахмон'], en: ['Emomali Rahmon', 'Rahmon'] } },
  { id: 'berdimuhamedov', kind: 'person', country: 'tm', headOfState: 'tm',
    names: { kk: 'Сердар Бердімұхамедов', ru: 'Сердар Бердымухамедов', en: 'Serdar Berdimuhamedow' },
    spellings: { kk: ['Сердар Бердімұхамедов', 'Бердімұхамедов'], kkLatn: ['Serdar Berdımūhamedov'], ru: ['Сердар Бердымухамедов'], en: ['Serdar Berdimuhamedow', 'Serdar Berdimuhamedov'] } },
  { id: 'aliyev', kind: 'person', country: 'az', headOfState: 'az',
    names: { kk: 'Ильхам Әлиев', ru: 'Ильхам Алиев', en: 'Ilham Aliyev' },
    spellings: { kk: ['Ильхам Әлиев', 'Әлиев'], kkLatn: ['Ilham Äliev'], ru: ['Ильхам Алиев'], en: ['Ilham Aliyev', 'Aliyev'] } },
  { id: 'putin', kind: 'person', country: 'ru', headOfState: 'ru', wikidata: 'Q7747',
    names: { kk: 'Владимир Путин', ru: 'Владимир Путин', en: 'Vladimir Putin' },
    spellings: { kk: ['Владимир Путин', 'Путин'], kkLatn: ['Vladimir Putin', 'Putin'], ru: ['Владимир Путин', 'Путин'], en: ['Vladimir Putin', 'Putin'] } },
  { id: 'xi-jinping', kind: 'person', country: 'cn', headOfState: 'cn',
    names: { kk: 'Си Цзиньпин', ru: 'Си Цзиньпин', en: 'Xi Jinping' },
    spellings: { kk: ['Си Цзиньпин'], kkLatn: ['Si Tszinpin'], ru: ['Си Цзиньпин'], en: ['Xi Jinping'] } },
  { id: 'erdogan', kind: 'person', country: 'tr', headOfState: 'tr',
    names: { kk: 'Режеп Тайып Ердоған', ru: 'Реджеп Тайип Эрдоган', en: 'Recep Tayyip Erdoğan' },
    spellings: { kk: ['Режеп Тайып Ердоған', 'Ердоған'], kkLatn: ['Erdoğan'], ru: ['Реджеп Тайип Эрдоган', 'Эрдоган'], en: ['Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan'] } },
  { id: 'nurtleu', kind: 'person', country: 'kz',
    names: { kk: 'Мұрат Нұртілеу', ru: 'Мурат Нуртлеу', en: 'Murat Nurtleu' },
    spellings: { kk: ['Мұрат Нұртілеу', 'Нұртілеу'], kkLatn: ['Mūrat Nūrtıleu'], ru: ['Мурат Нуртлеу', 'Нуртлеу'], en: ['Murat Nurtleu', 'Nurtleu'] } },
  { id: 'saidov', kind: 'person', country: 'uz',
    names: { kk: 'Бахтиёр Саидов', ru: 'Бахтиёр Саидов', en: 'Bakhtiyor Saidov' },
    spellings: { kk: ['Бахтиёр Саидов'], kkLatn: ['Bahtiör Saidov'], ru: ['Бахтиёр Саидов'], en: ['Bakhtiyor Saidov'] } },
];
