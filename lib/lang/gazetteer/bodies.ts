import { spell } from './build';
import type { ActorEntry } from './types';

const C5 = ['kz', 'kg', 'tj', 'tm', 'uz'];
const GCC = ['sa', 'ae', 'qa', 'kw', 'om', 'bh'];

/** Russian names whose head noun leads and declines (`Организация …`, `Организации …`): one stem per form. */
const ruForms = (heads: readonly string[], rest: string): string[] => heads.map((h) => `${h} ${rest}`);
const ORGANIZATION = ['Организация', 'Организации', 'Организацию', 'Организацией'];

/**
 * "Central Asia – X" summit formats, in both orders. A dash, a hyphen or a plus between the two names is one and
 * the same to the matcher (`Орталық Азия + Жапония`, `Central Asia–Japan`).
 */
function format(kk: readonly string[], ru: readonly string[], en: readonly string[]): ReturnType<typeof spell> {
  const both = (ca: string, xs: readonly string[]) => xs.flatMap((x) => [`${ca} – ${x}`, `${x} – ${ca}`]);
  return spell({ kk: both('Орталық Азия', kk), ru: both('Центральная Азия', ru), en: both('Central Asia', en) });
}

/**
 * Bodies and recurring meetings. A meeting body's name is itself an event word (VII Консультативтік кездесу).
 * Bodies whose name is shared (every bilateral Supreme Interstate Council is a `Жоғары мемлекетаралық кеңес`) are
 * found by the generic name for the first of them (Kazakhstan–Uzbekistan) and by their full name for the others.
 */
export const BODIES: readonly ActorEntry[] = [
  {
    id: 'kz-uz-supreme-interstate-council',
    kind: 'body',
    members: ['kz', 'uz'],
    meetingType: 'council-session',
    names: {
      kk: 'Қазақстан-Өзбекстан Жоғары мемлекетаралық кеңесі',
      ru: 'Высший межгосударственный совет Казахстана и Узбекистана',
      en: 'Kazakhstan–Uzbekistan Supreme Interstate Council',
    },
    occurrenceTitle: {
      kk: 'Қазақстан-Өзбекстан Жоғары мемлекетаралық кеңесінің {n} отырысы',
      ru: '{n} заседание Высшего межгосударственного совета Казахстана и Узбекистана',
      en: '{n} meeting of the Kazakhstan–Uzbekistan Supreme Interstate Council',
    },
    // Kazakh capitalises only the first word of a name (`Қазақстан мен Өзбекстан жоғары мемлекетаралық кеңесі`): the
    // lower-case spelling matches in any case.
    spellings: {
      kk: ['Жоғары мемлекетаралық кеңес', 'жоғары мемлекетаралық кеңес'],
      kkLatn: ['Joğary memleketaralyq keñes', 'joğary memleketaralyq keñes'],
      ru: ['Высший межгосударственный совет', 'Высшего межгосударственного совета', 'Высшем межгосударственном совете'],
      en: ['Supreme Interstate Council'],
    },
  },
  {
    id: 'kz-kg-supreme-interstate-council',
    kind: 'body',
    members: ['kz', 'kg'],
    meetingType: 'council-session',
    names: {
      kk: 'Қазақстан-Қырғызстан Жоғары мемлекетаралық кеңесі',
      ru: 'Высший межгосударственный совет Казахстана и Кыргызстана',
      en: 'Kazakhstan–Kyrgyzstan Supreme Interstate Council',
    },
    occurrenceTitle: {
      kk: 'Қазақстан-Қырғызстан Жоғары мемлекетаралық кеңесінің {n} отырысы',
      ru: '{n} заседание Высшего межгосударственного совета Казахстана и Кыргызстана',
      en: '{n} meeting of the Kazakhstan–Kyrgyzstan Supreme Interstate Council',
    },
    spellings: spell({
      kk: [
        'Қазақстан-Қырғызстан Жоғары мемлекетаралық кеңес',
        'Қырғызстан-Қазақстан Жоғары мемлекетаралық кеңес',
        'Қазақстан мен Қырғызстан Жоғары мемлекетаралық кеңес',
        'Қазақстан мен Қырғызстанның Жоғары мемлекетаралық кеңес',
        'Қырғызстан мен Қазақстан Жоғары мемлекетаралық кеңес',
        'Қырғызстан мен Қазақстанның Жоғары мемлекетаралық кеңес',
      ],
      ru: [
        ...ruForms(
          ['Высший межгосударственный совет', 'Высшего межгосударственного совета', 'Высшем межгосударственном совете'],
          'Казахстана и Кыргызстана',
        ),
        ...ruForms(
          ['Высший межгосударственный совет', 'Высшего межгосударственного совета', 'Высшем межгосударственном совете'],
          'Кыргызстана и Казахстана',
        ),
        'казахстанско-кыргызский Высший межгосударственный совет',
        'казахстанско-кыргызского Высшего межгосударственного совета',
        'кыргызско-казахстанского Высшего межгосударственного совета',
      ],
      en: [
        'Kazakhstan–Kyrgyzstan Supreme Interstate Council',
        'Kyrgyzstan–Kazakhstan Supreme Interstate Council',
        'Kazakh–Kyrgyz Supreme Interstate Council',
        'Kyrgyz–Kazakh Supreme Interstate Council',
        'Supreme Interstate Council of Kazakhstan and Kyrgyzstan',
        'Supreme Interstate Council between Kazakhstan and Kyrgyzstan',
      ],
    }),
  },
  {
    id: 'central-asia-consultative-meeting',
    kind: 'body',
    members: C5,
    meetingType: 'summit',
    names: {
      kk: 'Орталық Азия мемлекеттері басшыларының Консультативтік кездесуі',
      ru: 'Консультативная встреча глав государств Центральной Азии',
      en: 'Consultative Meeting of the Heads of State of Central Asia',
    },
    occurrenceTitle: {
      kk: 'Орталық Азия мемлекеттері басшыларының {n} Консультативтік кездесуі',
      ru: '{n} Консультативная встреча глав государств Центральной Азии',
      en: '{n} Consultative Meeting of the Heads of State of Central Asia',
    },
    // `Орталық Азия мемлекеттері басшыларының консультативтік кездесуі`: Kazakh capitalises only the first word of a
    // name, so the Kazakh spelling is lower case (any case); Russian and English only with "heads of state".
    spellings: {
      kk: ['консультативтік кездесу'],
      kkLatn: ['konsultativtık kezdesu'],
      ru: [
        'Консультативная встреча',
        'Консультативной встреч',
        'Консультативную встречу',
        'консультативная встреча глав государств',
        'консультативной встречи глав государств',
        'консультативной встрече глав государств',
        'консультативную встречу глав государств',
      ],
      en: [
        'Consultative Meeting',
        'consultative meeting of the heads of state',
        'consultative meetings of the heads of state',
        'consultative meeting of Central Asian leaders',
      ],
    },
  },
  {
    id: 'sco',
    kind: 'body',
    wikidata: 'Q485207',
    meetingType: 'summit',
    names: {
      kk: 'Шанхай ынтымақтастық ұйымы',
      ru: 'Шанхайская организация сотрудничества',
      en: 'Shanghai Cooperation Organisation',
    },
    spellings: {
      kk: ['Шанхай ынтымақтастық ұйым', 'ШЫҰ'],
      kkLatn: ['ŞYŪ', 'Şanhai yntymaqtastyq ūiym'],
      ru: [
        'ШОС',
        'Шанхайская организация сотрудничества',
        'Шанхайской организации сотрудничества',
        'Шанхайскую организацию сотрудничества',
        'Шанхайской организацией сотрудничества',
      ],
      en: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
    },
  },
  {
    id: 'cis',
    kind: 'body',
    wikidata: 'Q7779',
    meetingType: 'summit',
    names: {
      kk: 'Тәуелсіз Мемлекеттер Достастығы',
      ru: 'Содружество Независимых Государств',
      en: 'Commonwealth of Independent States',
    },
    spellings: {
      kk: ['ТМД', 'Тәуелсіз Мемлекеттер Достастығ'],
      kkLatn: ['TMD', 'Täuelsız Memleketter Dostastyğ'],
      ru: [
        'СНГ',
        'Содружество Независимых Государств',
        'Содружества Независимых Государств',
        'Содружеству Независимых Государств',
      ],
      en: ['CIS', 'Commonwealth of Independent States'],
    },
  },
  // The Turkic Council (Cooperation Council of Turkic Speaking States) took this name in November 2021.
  {
    id: 'ots',
    kind: 'body',
    meetingType: 'summit',
    members: ['az', 'kz', 'kg', 'tr', 'uz'],
    names: {
      kk: 'Түркі мемлекеттері ұйымы',
      ru: 'Организация тюркских государств',
      en: 'Organization of Turkic States',
    },
    occurrenceTitle: {
      kk: 'Түркі мемлекеттері ұйымының {n} саммиті',
      ru: '{n} саммит Организации тюркских государств',
      en: '{n} Summit of the Organization of Turkic States',
    },
    spellings: spell({
      kk: ['Түркі мемлекеттері ұйым', 'ТМҰ', 'Түркі кеңес', 'Түркітілдес мемлекеттердің ынтымақтастық кеңес'],
      kkLatn: ['Türkı memleketterı ūiym'],
      ru: [
        ...ruForms(ORGANIZATION, 'тюркских государств'),
        'ОТГ',
        'Тюркский совет',
        'Тюркского совета',
        'Тюркском совете',
        'Тюркским советом',
        'Тюркскому совету',
        'Совет сотрудничества тюркоязычных государств',
        'Совета сотрудничества тюркоязычных государств',
      ],
      en: [
        'Organization of Turkic States',
        'Organisation of Turkic States',
        'OTS',
        'Turkic Council',
        'Cooperation Council of Turkic Speaking States',
        'Cooperation Council of Turkic-Speaking States',
      ],
    }),
  },
  {
    id: 'un',
    kind: 'body',
    wikidata: 'Q1065',
    names: { kk: 'Біріккен Ұлттар Ұйымы', ru: 'Организация Объединённых Наций', en: 'United Nations' },
    spellings: {
      kk: ['БҰҰ', 'Біріккен Ұлттар Ұйым'],
      kkLatn: ['BŪŪ', 'Bırıkken Ūlttar Ūiym'],
      ru: ['ООН', ...ruForms(ORGANIZATION, 'Объединённых Наций')],
      en: ['United Nations', 'UN'],
    },
  },
  {
    id: 'csto',
    kind: 'body',
    meetingType: 'council-session',
    members: ['am', 'by', 'kz', 'kg', 'ru', 'tj'],
    names: {
      kk: 'Ұжымдық қауіпсіздік туралы шарт ұйымы',
      ru: 'Организация Договора о коллективной безопасности',
      en: 'Collective Security Treaty Organization',
    },
    spellings: {
      kk: ['ҰҚШҰ', 'Ұжымдық қауіпсіздік туралы шарт ұйым'],
      kkLatn: ['ŪQŞŪ', 'Ūjymdyq qauıpsızdık turaly şart ūiym'],
      ru: ['ОДКБ', ...ruForms(ORGANIZATION, 'Договора о коллективной безопасности')],
      en: ['CSTO', 'Collective Security Treaty Organization', 'Collective Security Treaty Organisation'],
    },
  },
  {
    id: 'brics',
    kind: 'body',
    meetingType: 'summit',
    names: { kk: 'БРИКС', ru: 'БРИКС', en: 'BRICS' },
    occurrenceTitle: { kk: 'БРИКС-тің {n} саммиті', ru: '{n} саммит БРИКС', en: '{n} BRICS Summit' },
    spellings: { kk: ['БРИКС'], kkLatn: ['BRIKS', 'BRICS'], ru: ['БРИКС'], en: ['BRICS'] },
  },
  // The EAEU's summit is a session of its Supreme Eurasian Economic Council: one entry for both names.
  {
    id: 'eaeu',
    kind: 'body',
    meetingType: 'council-session',
    members: ['am', 'by', 'kz', 'kg', 'ru'],
    names: { kk: 'Еуразиялық экономикалық одақ', ru: 'Евразийский экономический союз', en: 'Eurasian Economic Union' },
    spellings: spell({
      kk: ['Еуразиялық экономикалық одақ', 'ЕАЭО', 'Жоғары Еуразиялық экономикалық кеңес'],
      ru: [
        'ЕАЭС',
        'Евразийский экономический союз',
        'Евразийского экономического союза',
        'Евразийском экономическом союзе',
        'Евразийскому экономическому союзу',
        'Евразийским экономическим союзом',
        'Высший Евразийский экономический совет',
        'Высшего Евразийского экономического совета',
        'Высшем Евразийском экономическом совете',
        'ВЕЭС',
      ],
      en: ['EAEU', 'EEU', 'Eurasian Economic Union', 'Supreme Eurasian Economic Council'],
    }),
  },
  {
    id: 'cica',
    kind: 'body',
    meetingType: 'summit',
    names: {
      kk: 'Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес',
      ru: 'Совещание по взаимодействию и мерам доверия в Азии',
      en: 'Conference on Interaction and Confidence Building Measures in Asia',
    },
    occurrenceTitle: { kk: 'АӨСШК-нің {n} саммиті', ru: '{n} саммит СВМДА', en: '{n} CICA Summit' },
    spellings: spell({
      kk: ['АӨСШК', 'Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес'],
      ru: [
        'СВМДА',
        'Совещание по взаимодействию и мерам доверия в Азии',
        'Совещания по взаимодействию и мерам доверия в Азии',
        'Совещании по взаимодействию и мерам доверия в Азии',
      ],
      en: [
        'CICA',
        'Conference on Interaction and Confidence Building Measures in Asia',
        'Conference on Interaction and Confidence-Building Measures in Asia',
      ],
    }),
  },
  {
    id: 'oic',
    kind: 'body',
    meetingType: 'summit',
    names: {
      kk: 'Ислам ынтымақтастығы ұйымы',
      ru: 'Организация исламского сотрудничества',
      en: 'Organisation of Islamic Cooperation',
    },
    spellings: spell({
      kk: ['Ислам ынтымақтастығы ұйым', 'ИЫҰ'],
      ru: ['ОИС', ...ruForms(ORGANIZATION, 'исламского сотрудничества')],
      en: ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'],
    }),
  },
  {
    id: 'eu',
    kind: 'body',
    wikidata: 'Q458',
    names: { kk: 'Еуропалық одақ', ru: 'Европейский союз', en: 'European Union' },
    spellings: spell({
      kk: ['Еуропалық одақ', 'ЕО'],
      ru: [
        'ЕС',
        'Евросоюз',
        'Европейский союз',
        'Европейского союза',
        'Европейском союзе',
        'Европейскому союзу',
        'Европейским союзом',
      ],
      en: ['European Union', 'EU'],
    }),
  },
  {
    id: 'nato',
    kind: 'body',
    wikidata: 'Q7184',
    meetingType: 'summit',
    names: { kk: 'НАТО', ru: 'НАТО', en: 'NATO' },
    spellings: spell({
      kk: ['НАТО', 'Солтүстік Атлантикалық шарт ұйым'],
      ru: ['НАТО', 'Североатлантический альянс', 'Североатлантического альянса'],
      en: ['NATO', 'North Atlantic Treaty Organization'],
    }),
  },
  {
    id: 'g20',
    kind: 'body',
    wikidata: 'Q19771',
    meetingType: 'summit',
    names: { kk: 'G20', ru: 'G20', en: 'G20' },
    spellings: spell({
      kk: ['G20', 'G-20', 'Үлкен жиырмалық'],
      ru: [
        'G20',
        'G-20',
        'Большая двадцатка',
        'Большой двадцатки',
        'Большую двадцатку',
        'Группа двадцати',
        'Группы двадцати',
      ],
      en: ['G20', 'G-20', 'Group of Twenty'],
    }),
  },
  {
    id: 'asean',
    kind: 'body',
    wikidata: 'Q7768',
    meetingType: 'summit',
    names: { kk: 'АСЕАН', ru: 'АСЕАН', en: 'ASEAN' },
    occurrenceTitle: { kk: 'АСЕАН-ның {n} саммиті', ru: '{n} саммит АСЕАН', en: '{n} ASEAN Summit' },
    spellings: spell({ kk: ['АСЕАН'], ru: ['АСЕАН'], en: ['ASEAN'], kkLatn: ['ASEAN'] }),
  },
  {
    id: 'c5-plus-1',
    kind: 'body',
    meetingType: 'summit',
    members: [...C5, 'us'],
    names: { kk: 'C5+1', ru: 'C5+1', en: 'C5+1' },
    occurrenceTitle: { kk: '«C5+1» форматындағы {n} саммит', ru: '{n} саммит в формате «C5+1»', en: '{n} C5+1 Summit' },
    spellings: spell({
      kk: ['C5+1', 'С5+1', 'Орталық Азия – АҚШ', 'Орталық Азия + АҚШ'],
      ru: ['C5+1', 'С5+1', 'Центральная Азия – США', 'Центральная Азия + США'],
      en: ['C5+1', 'C5+1 format', 'Central Asia – United States', 'Central Asia – US', 'Central Asia – U.S.'],
    }),
  },
  {
    id: 'central-asia-china',
    kind: 'body',
    meetingType: 'summit',
    members: [...C5, 'cn'],
    names: { kk: 'Орталық Азия – Қытай', ru: 'Центральная Азия – Китай', en: 'Central Asia – China' },
    occurrenceTitle: {
      kk: '«Орталық Азия – Қытай» {n} саммиті',
      ru: '{n} саммит «Центральная Азия – Китай»',
      en: '{n} Central Asia – China Summit',
    },
    spellings: format(['Қытай'], ['Китай'], ['China']),
  },
  {
    id: 'central-asia-russia',
    kind: 'body',
    meetingType: 'summit',
    members: [...C5, 'ru'],
    names: { kk: 'Орталық Азия – Ресей', ru: 'Центральная Азия – Россия', en: 'Central Asia – Russia' },
    occurrenceTitle: {
      kk: '«Орталық Азия – Ресей» {n} саммиті',
      ru: '{n} саммит «Центральная Азия – Россия»',
      en: '{n} Central Asia – Russia Summit',
    },
    spellings: format(['Ресей'], ['Россия'], ['Russia']),
  },
  // Its members are the five countries; the EU itself is a body, not a member country.
  {
    id: 'central-asia-eu',
    kind: 'body',
    meetingType: 'summit',
    members: C5,
    names: {
      kk: 'Орталық Азия – Еуропалық одақ',
      ru: 'Центральная Азия – Европейский союз',
      en: 'Central Asia – European Union',
    },
    occurrenceTitle: {
      kk: '«Орталық Азия – Еуропалық одақ» {n} саммиті',
      ru: '{n} саммит «Центральная Азия – Европейский союз»',
      en: '{n} Central Asia – EU Summit',
    },
    spellings: format(['Еуропалық одақ', 'ЕО'], ['Европейский союз', 'ЕС'], ['European Union', 'EU']),
  },
  {
    id: 'central-asia-germany',
    kind: 'body',
    meetingType: 'summit',
    members: [...C5, 'de'],
    names: { kk: 'Орталық Азия – Германия', ru: 'Центральная Азия – Германия', en: 'Central Asia – Germany' },
    occurrenceTitle: {
      kk: '«Орталық Азия – Германия» {n} саммиті',
      ru: '{n} саммит «Центральная Азия – Германия»',
      en: '{n} Central Asia – Germany Summit',
    },
    spellings: format(['Германия'], ['Германия'], ['Germany']),
  },
  {
    id: 'central-asia-japan',
    kind: 'body',
    meetingType: 'summit',
    members: [...C5, 'jp'],
    names: { kk: 'Орталық Азия + Жапония', ru: 'Центральная Азия + Япония', en: 'Central Asia + Japan' },
    occurrenceTitle: {
      kk: '«Орталық Азия + Жапония» {n} саммиті',
      ru: '{n} саммит «Центральная Азия + Япония»',
      en: '{n} Central Asia + Japan Summit',
    },
    spellings: format(['Жапония'], ['Япония'], ['Japan']),
  },
  {
    id: 'central-asia-india',
    kind: 'body',
    meetingType: 'summit',
    members: [...C5, 'in'],
    names: { kk: 'Орталық Азия – Үндістан', ru: 'Центральная Азия – Индия', en: 'Central Asia – India' },
    occurrenceTitle: {
      kk: '«Орталық Азия – Үндістан» {n} саммиті',
      ru: '{n} саммит «Центральная Азия – Индия»',
      en: '{n} Central Asia – India Summit',
    },
    spellings: format(['Үндістан'], ['Индия'], ['India']),
  },
  {
    id: 'central-asia-gcc',
    kind: 'body',
    meetingType: 'summit',
    members: [...C5, ...GCC],
    names: {
      kk: 'Орталық Азия – Парсы шығанағы елдері',
      ru: 'Центральная Азия – Совет сотрудничества арабских государств Залива',
      en: 'Central Asia – Gulf Cooperation Council',
    },
    occurrenceTitle: {
      kk: '«Орталық Азия – Парсы шығанағы елдері» {n} саммиті',
      ru: '{n} саммит «Центральная Азия – ССАГПЗ»',
      en: '{n} Central Asia – GCC Summit',
    },
    spellings: format(
      ['Парсы шығанағы'],
      ['ССАГПЗ', 'Совет сотрудничества арабских государств Залива', 'страны Залива'],
      ['GCC', 'Gulf Cooperation Council', 'Gulf'],
    ),
  },
  {
    id: 'kz-ru-interregional-forum',
    kind: 'body',
    meetingType: 'forum',
    members: ['kz', 'ru'],
    names: {
      kk: 'Қазақстан мен Ресейдің Өңіраралық ынтымақтастық форумы',
      ru: 'Форум межрегионального сотрудничества Казахстана и России',
      en: 'Kazakhstan–Russia Interregional Cooperation Forum',
    },
    occurrenceTitle: {
      kk: 'Қазақстан мен Ресейдің {n} Өңіраралық ынтымақтастық форумы',
      ru: '{n} Форум межрегионального сотрудничества Казахстана и России',
      en: '{n} Kazakhstan–Russia Interregional Cooperation Forum',
    },
    // Only with both countries named: Kazakhstan holds interregional forums with Uzbekistan and others too.
    spellings: spell({
      kk: [
        'Қазақстан мен Ресейдің өңіраралық ынтымақтастық форум',
        'Қазақстан мен Ресей өңіраралық ынтымақтастық форум',
        'Қазақстан-Ресей өңіраралық ынтымақтастық форум',
        'Ресей мен Қазақстанның өңіраралық ынтымақтастық форум',
        'Қазақстан мен Ресейдің өңіраралық ынтымақтастығ',
        'Қазақстан мен Ресей өңіраралық ынтымақтастығ',
        'Қазақстан-Ресей өңіраралық форум',
        'Қазақстан мен Ресейдің өңіраралық форум',
      ],
      ru: [
        ...ruForms(
          ['Форум', 'Форума', 'Форуме', 'Форумом', 'Форуму'],
          'межрегионального сотрудничества Казахстана и России',
        ),
        ...ruForms(['Форум', 'Форума', 'Форуме'], 'межрегионального сотрудничества России и Казахстана'),
        ...ruForms(['Форум', 'Форума', 'Форуме'], 'межрегионального сотрудничества Казахстан – Россия'),
        'Межрегиональный форум Казахстана и России',
        'Межрегионального форума Казахстана и России',
        'Межрегиональном форуме Казахстана и России',
        'казахстанско-российский Межрегиональный форум',
        'казахстанско-российского Межрегионального форума',
        'казахстанско-российском Межрегиональном форуме',
      ],
      en: [
        'Kazakhstan–Russia Interregional Cooperation Forum',
        'Russia–Kazakhstan Interregional Cooperation Forum',
        'Kazakh–Russian Interregional Cooperation Forum',
        'Interregional Cooperation Forum of Kazakhstan and Russia',
        'Interregional Cooperation Forum of Russia and Kazakhstan',
        'Kazakhstan–Russia Interregional Forum',
      ],
    }),
  },
  {
    id: 'astana-international-forum',
    kind: 'body',
    meetingType: 'forum',
    seat: 'astana',
    names: { kk: 'Астана халықаралық форумы', ru: 'Астанинский международный форум', en: 'Astana International Forum' },
    spellings: spell({
      kk: ['Астана халықаралық форум', '«Астана» халықаралық форум'],
      ru: [
        'Астанинский международный форум',
        'Астанинского международного форума',
        'Астанинском международном форуме',
        'Международный форум «Астана»',
        'Международного форума «Астана»',
        'Международном форуме «Астана»',
      ],
      en: ['Astana International Forum', 'AIF'],
    }),
  },
  {
    id: 'congress-of-religions',
    kind: 'body',
    meetingType: 'forum',
    names: {
      kk: 'Әлемдік және дәстүрлі діндер көшбасшыларының съезі',
      ru: 'Съезд лидеров мировых и традиционных религий',
      en: 'Congress of Leaders of World and Traditional Religions',
    },
    occurrenceTitle: {
      kk: 'Әлемдік және дәстүрлі діндер көшбасшыларының {n} съезі',
      ru: '{n} Съезд лидеров мировых и традиционных религий',
      en: '{n} Congress of Leaders of World and Traditional Religions',
    },
    spellings: spell({
      kk: ['Әлемдік және дәстүрлі діндер көшбасшылар'],
      ru: [
        ...ruForms(['Съезд', 'Съезда', 'Съезде', 'Съездом'], 'лидеров мировых и традиционных религий'),
        'лидеров мировых и традиционных религий',
      ],
      en: ['Congress of Leaders of World and Traditional Religions'],
    }),
  },
  {
    id: 'ifas',
    kind: 'body',
    meetingType: 'summit',
    members: C5,
    names: {
      kk: 'Аралды құтқарудың халықаралық қоры',
      ru: 'Международный фонд спасения Арала',
      en: 'International Fund for Saving the Aral Sea',
    },
    spellings: spell({
      kk: ['Аралды құтқарудың халықаралық қор', 'Аралды құтқару жөніндегі халықаралық қор'],
      ru: [
        'МФСА',
        'Международный фонд спасения Арала',
        'Международного фонда спасения Арала',
        'Международном фонде спасения Арала',
      ],
      en: ['IFAS', 'International Fund for Saving the Aral Sea', 'International Fund for saving the Aral Sea'],
    }),
  },
];
