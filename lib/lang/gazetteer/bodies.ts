import type { ActorEntry } from './types';

/** Bodies and recurring meetings. A meeting body's name is itself an event word (VII Консультативтік кездесу). */
export const BODIES: readonly ActorEntry[] = [
  { id: 'kz-uz-supreme-interstate-council', kind: 'body', members: ['kz', 'uz'], meetingType: 'council-session',
    names: { kk: 'Қазақстан-Өзбекстан Жоғары мемлекетаралық кеңесі', ru: 'Высший межгосударственный совет Казахстана и Узбекистана', en: 'Kazakhstan–Uzbekistan Supreme Interstate Council' },
    occurrenceTitle: { kk: 'Қазақстан-Өзбекстан Жоғары мемлекетаралық кеңесінің {n} отырысы', ru: '{n} заседание Высшего межгосударственного совета Казахстана и Узбекистана', en: '{n} meeting of the Kazakhstan–Uzbekistan Supreme Interstate Council' },
    spellings: { kk: ['Жоғары мемлекетаралық кеңес'], kkLatn: ['Joğary memleketaralyq keñes'], ru: ['Высший межгосударственный совет', 'Высшего межгосударственного совета'], en: ['Supreme Interstate Council'] } },
  { id: 'central-asia-consultative-meeting', kind: 'body', members: ['kz', 'kg', 'tj', 'tm', 'uz'], meetingType: 'summit',
    names: { kk: 'Орталық Азия мемлекеттері басшыларының Консультативтік кездесуі', ru: 'Консультативная встреча глав государств Центральной Азии', en: 'Consultative Meeting of the Heads of State of Central Asia' },
    occurrenceTitle: { kk: 'Орталық Азия мемлекеттері басшыларының {n} Консультативтік кездесуі', ru: '{n} Консультативная встреча глав государств Центральной Азии', en: '{n} Consultative Meeting of the Heads of State of Central Asia' },
    spellings: { kk: ['Консультативтік кездесу'], kkLatn: ['Konsultativtık kezdesu'], ru: ['Консультативная встреча', 'Консультативной встреч'], en: ['Consultative Meeting'] } },
  { id: 'sco', kind: 'body', wikidata: 'Q485207', meetingType: 'summit',
    names: { kk: 'Шанхай ынтымақтастық ұйымы', ru: 'Шанхайская организация сотрудничества', en: 'Shanghai Cooperation Organisation' },
    spellings: { kk: ['Шанхай ынтымақтастық ұйым', 'ШЫҰ'], kkLatn: ['ŞYŪ'], ru: ['ШОС', 'Шанхайской организации сотрудничества'], en: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'] } },
  { id: 'cis', kind: 'body', wikidata: 'Q7779', meetingType: 'summit',
    names: { kk: 'Тәуелсіз Мемлекеттер Достастығы', ru: 'Содружество Независимых Государств', en: 'Commonwealth of Independent States' },
    spellings: { kk: ['ТМД', 'Тәуелсіз Мемлекеттер Достастығ'], kkLatn: ['TMD'], ru: ['СНГ'], en: ['CIS', 'Commonwealth of Independent States'] } },
  { id: 'ots', kind: 'body', meetingType: 'summit',
    names: { kk: 'Түркі мемлекеттері ұйымы', ru: 'Организация тюркских государств', en: 'Organization of Turkic States' },
    spellings: { kk: ['Түркі мемлекеттері ұйым', 'ТМҰ'], kkLatn: ['Türkı memleketterı ūiym'], ru: ['Организаци тюркских государств', 'ОТГ'], en: ['Organization of Turkic States', 'OTS'] } },
  { id: 'un', kind: 'body', wikidata: 'Q1065',
    names: { kk: 'Біріккен Ұлттар Ұйымы', ru: 'Организация Объединённых Наций', en: 'United Nations' },
    spellings: { kk: ['БҰҰ', 'Біріккен Ұлттар Ұйым'], kkLatn: ['BŪŪ'], ru: ['ООН'], en: ['United Nations', 'UN'] } },
];
