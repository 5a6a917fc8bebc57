import { place } from './build';
import type { PlaceEntry } from './types';

/**
 * Capitals, the cities where Central Asian diplomacy happens, and regions, by the country they are in. Kazakh names
 * are the Kazakh ones (Мәскеу, Бейжің, Орынбор, Омбы, Өскемен); Russian stems drop the ending that changes
 * (Москв- for Москва, Москве; the matcher also drops a final а/я/ь/й by itself: Анкара → Анкар-).
 */
const EXISTING: PlaceEntry[] = [
  { id: 'tashkent', kind: 'city', country: 'uz', wikidata: 'Q269', names: { kk: 'Ташкент', ru: 'Ташкент', en: 'Tashkent' },
    spellings: { kk: ['Ташкент', 'Тәшкент'], kkLatn: ['Taşkent', 'Täşkent'], ru: ['Ташкент'], en: ['Tashkent'], uz: ['Toshkent'] } },
  { id: 'khiva', kind: 'city', country: 'uz', names: { kk: 'Хиуа', ru: 'Хива', en: 'Khiva' },
    spellings: { kk: ['Хиуа', 'Хива'], kkLatn: ['Hiua', 'Hiva'], ru: ['Хив'], en: ['Khiva'] } },
  { id: 'samarkand', kind: 'city', country: 'uz', names: { kk: 'Самарқанд', ru: 'Самарканд', en: 'Samarkand' },
    spellings: { kk: ['Самарқанд', 'Самарканд'], kkLatn: ['Samarqand'], ru: ['Самарканд'], en: ['Samarkand', 'Samarqand'], uz: ['Samarqand'] } },
  { id: 'bukhara', kind: 'city', country: 'uz', names: { kk: 'Бұхара', ru: 'Бухара', en: 'Bukhara' },
    spellings: { kk: ['Бұхара', 'Бухара'], kkLatn: ['Būhara'], ru: ['Бухар'], en: ['Bukhara'] } },
  { id: 'astana', kind: 'city', country: 'kz', wikidata: 'Q1520', names: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
    // Nur-Sultan: the city's name from March 2019 to September 2022. Akorda, the President's residence, is in it:
    // `Ақордада келіссөз жүргізді` is talks in Astana.
    spellings: { kk: ['Астана', 'Нұр-Сұлтан', 'Ақорда'], kkLatn: ['Astana', 'Nūr-Sūltan', 'Aqorda'], ru: ['Астан', 'Нур-Султан', 'Акорд'], en: ['Astana', 'Nur-Sultan', 'Akorda', 'Ak Orda'], uz: ['Astana', 'Oqo‘rda'] } },
  { id: 'almaty', kind: 'city', country: 'kz', wikidata: 'Q35493', names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
    spellings: { kk: ['Алматы'], kkLatn: ['Almaty'], ru: ['Алматы', 'Алма-Ата'], en: ['Almaty', 'Alma-Ata'] } },
  { id: 'turkistan', kind: 'city', country: 'kz', names: { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' },
    spellings: { kk: ['Түркістан'], kkLatn: ['Türkıstan'], ru: ['Туркестан'], en: ['Turkistan', 'Turkestan'] } },
  { id: 'bishkek', kind: 'city', country: 'kg', wikidata: 'Q9361', names: { kk: 'Бішкек', ru: 'Бишкек', en: 'Bishkek' },
    spellings: { kk: ['Бішкек', 'Бишкек'], kkLatn: ['Bışkek'], ru: ['Бишкек'], en: ['Bishkek'] } },
  { id: 'dushanbe', kind: 'city', country: 'tj', wikidata: 'Q9365', names: { kk: 'Душанбе', ru: 'Душанбе', en: 'Dushanbe' },
    spellings: { kk: ['Душанбе'], kkLatn: ['Duşanbe'], ru: ['Душанбе'], en: ['Dushanbe'] } },
  { id: 'ashgabat', kind: 'city', country: 'tm', wikidata: 'Q23438', names: { kk: 'Ашхабад', ru: 'Ашхабад', en: 'Ashgabat' },
    spellings: { kk: ['Ашхабад', 'Ашғабат'], kkLatn: ['Aşhabad', 'Aşğabat'], ru: ['Ашхабад'], en: ['Ashgabat', 'Ashkhabad'] } },
  { id: 'baku', kind: 'city', country: 'az', wikidata: 'Q9248', names: { kk: 'Баку', ru: 'Баку', en: 'Baku' },
    spellings: { kk: ['Баку'], kkLatn: ['Baku'], ru: ['Баку'], en: ['Baku'] } },
  { id: 'moscow', kind: 'city', country: 'ru', wikidata: 'Q649', names: { kk: 'Мәскеу', ru: 'Москва', en: 'Moscow' },
    spellings: { kk: ['Мәскеу'], kkLatn: ['Mäskeu'], ru: ['Москв'], en: ['Moscow'] } },
  { id: 'beijing', kind: 'city', country: 'cn', wikidata: 'Q956', names: { kk: 'Бейжің', ru: 'Пекин', en: 'Beijing' },
    spellings: { kk: ['Бейжің', 'Пекин'], kkLatn: ['Beijıñ', 'Pekin'], ru: ['Пекин'], en: ['Beijing'] } },
  { id: 'ankara', kind: 'city', country: 'tr', wikidata: 'Q3640', names: { kk: 'Анкара', ru: 'Анкара', en: 'Ankara' },
    spellings: { kk: ['Анкара'], kkLatn: ['Ankara'], ru: ['Анкар'], en: ['Ankara'] } },
  { id: 'central-asia', kind: 'region', names: { kk: 'Орталық Азия', ru: 'Центральная Азия', en: 'Central Asia' },
    spellings: { kk: ['Орталық Азия'], kkLatn: ['Ortalyq Aziia'], ru: ['Центральная Азия', 'Центральной Азии', 'Центральную Азию', 'Центральной Азией'], en: ['Central Asia'] } },
  { id: 'tianjin', kind: 'city', country: 'cn', names: { kk: 'Тяньцзинь', ru: 'Тяньцзинь', en: 'Tianjin' },
    spellings: { kk: ['Тяньцзинь'], kkLatn: ['Tiantszin'], ru: ['Тяньцзинь'], en: ['Tianjin'] } },
  { id: 'xian', kind: 'city', country: 'cn', names: { kk: 'Сиань', ru: 'Сиань', en: "Xi'an" },
    spellings: { kk: ['Сиань'], kkLatn: ['Sian'], ru: ['Сиань'], en: ["Xi'an", 'Xian'] } },
  // Kazakh writes the city like the month қазан (October): only 'Қазан қаласы' (the city of Kazan) is unambiguous.
  { id: 'kazan', kind: 'city', country: 'ru', names: { kk: 'Қазан', ru: 'Казань', en: 'Kazan' },
    spellings: { kk: ['Қазан қала'], kkLatn: ['Qazan qala'], ru: ['Казань', 'Казан'], en: ['Kazan'] } },
  { id: 'gabala', kind: 'city', country: 'az', names: { kk: 'Габала', ru: 'Габала', en: 'Gabala' },
    spellings: { kk: ['Габала'], kkLatn: ['Gabala'], ru: ['Габал'], en: ['Gabala', 'Qabala'] } },
  { id: 'new-york', kind: 'city', country: 'us', wikidata: 'Q60', names: { kk: 'Нью-Йорк', ru: 'Нью-Йорк', en: 'New York' },
    spellings: { kk: ['Нью-Йорк'], kkLatn: ['Niu-Iork'], ru: ['Нью-Йорк'], en: ['New York'] } },
];

const KAZAKHSTAN: PlaceEntry[] = [
  place({ id: 'shymkent', country: 'kz', names: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' } }),
  place({ id: 'aktau', country: 'kz', names: { kk: 'Ақтау', ru: 'Актау', en: 'Aktau' } }),
  place({ id: 'atyrau', country: 'kz', names: { kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' } }),
  place({ id: 'aktobe', country: 'kz', names: { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' }, also: { ru: ['Актюбинск'] } }),
  place({ id: 'oral', country: 'kz', names: { kk: 'Орал', ru: 'Уральск', en: 'Oral' }, also: { en: ['Uralsk'] } }),
  place({ id: 'kostanay', country: 'kz', names: { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' }, also: { en: ['Kostanai'] } }),
  place({ id: 'petropavl', country: 'kz', names: { kk: 'Петропавл', ru: 'Петропавловск', en: 'Petropavl' }, also: { en: ['Petropavlovsk'] } }),
  place({ id: 'pavlodar', country: 'kz', names: { kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' } }),
  place({ id: 'oskemen', country: 'kz', names: { kk: 'Өскемен', ru: 'Усть-Каменогорск', en: 'Oskemen' }, also: { ru: ['Оскемен'], en: ['Ust-Kamenogorsk', 'Öskemen'] } }),
  place({ id: 'karaganda', country: 'kz', names: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' }, also: { en: ['Karagandy'] } }),
  place({ id: 'taraz', country: 'kz', names: { kk: 'Тараз', ru: 'Тараз', en: 'Taraz' } }),
  place({ id: 'kyzylorda', country: 'kz', names: { kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' } }),
  place({ id: 'burabay', country: 'kz', names: { kk: 'Бурабай', ru: 'Боровое', en: 'Burabay' }, also: { ru: ['Бурабай', 'Боровом', 'Борового'], en: ['Borovoe', 'Borovoye'] } }),
  place({ id: 'baikonur', country: 'kz', names: { kk: 'Байқоңыр', ru: 'Байконур', en: 'Baikonur' }, also: { en: ['Baykonur'] } }),
];

const CENTRAL_ASIA: PlaceEntry[] = [
  place({ id: 'nukus', country: 'uz', names: { kk: 'Нөкіс', ru: 'Нукус', en: 'Nukus' } }),
  place({ id: 'termez', country: 'uz', names: { kk: 'Термез', ru: 'Термез', en: 'Termez' } }),
  place({ id: 'andijan', country: 'uz', names: { kk: 'Әндіжан', ru: 'Андижан', en: 'Andijan' } }),
  place({ id: 'osh', country: 'kg', names: { kk: 'Ош', ru: 'Ош', en: 'Osh' } }),
  place({ id: 'cholpon-ata', country: 'kg', names: { kk: 'Шолпан-Ата', ru: 'Чолпон-Ата', en: 'Cholpon-Ata' }, also: { kk: ['Чолпон-Ата'], en: ['Cholpon Ata'] } }),
  place({ id: 'issyk-kul', kind: 'region', country: 'kg', names: { kk: 'Ыстықкөл', ru: 'Иссык-Куль', en: 'Issyk-Kul' },
    also: { kk: ['Ыстық көл'], ru: ['Иссык-Кул', 'Иссык-Кульск'], en: ['Issyk Kul', 'Issyk-Kul Region'] } }),
  place({ id: 'khujand', country: 'tj', names: { kk: 'Хұжанд', ru: 'Худжанд', en: 'Khujand' }, also: { kk: ['Худжанд'] } }),
  place({ id: 'avaza', country: 'tm', names: { kk: 'Аваза', ru: 'Аваза', en: 'Avaza' } }),
  place({ id: 'turkmenbashi', country: 'tm', names: { kk: 'Түрікменбашы', ru: 'Туркменбаши', en: 'Turkmenbashi' }, also: { kk: ['Туркменбаши'] } }),
  place({ id: 'shusha', country: 'az', names: { kk: 'Шуша', ru: 'Шуша', en: 'Shusha' } }),
];

const RUSSIA_CHINA_TURKIYE: PlaceEntry[] = [
  place({ id: 'saint-petersburg', country: 'ru', wikidata: 'Q656', names: { kk: 'Санкт-Петербург', ru: 'Санкт-Петербург', en: 'Saint Petersburg' },
    also: { kk: ['Петербург'], ru: ['Петербург'], en: ['St Petersburg', 'St. Petersburg'] } }),
  place({ id: 'sochi', country: 'ru', names: { kk: 'Сочи', ru: 'Сочи', en: 'Sochi' } }),
  place({ id: 'omsk', country: 'ru', names: { kk: 'Омбы', ru: 'Омск', en: 'Omsk' }, also: { kk: ['Омск'] } }),
  place({ id: 'orenburg', country: 'ru', names: { kk: 'Орынбор', ru: 'Оренбург', en: 'Orenburg' }, also: { kk: ['Оренбург'] } }),
  place({ id: 'novosibirsk', country: 'ru', names: { kk: 'Новосибирск', ru: 'Новосибирск', en: 'Novosibirsk' } }),
  place({ id: 'chelyabinsk', country: 'ru', names: { kk: 'Челябі', ru: 'Челябинск', en: 'Chelyabinsk' }, also: { kk: ['Челябинск'] } }),
  place({ id: 'astrakhan', country: 'ru', names: { kk: 'Астрахань', ru: 'Астрахань', en: 'Astrakhan' }, also: { kk: ['Астрахан'] } }),
  place({ id: 'yekaterinburg', country: 'ru', names: { kk: 'Екатеринбург', ru: 'Екатеринбург', en: 'Yekaterinburg' }, also: { en: ['Ekaterinburg'] } }),
  place({ id: 'shanghai', country: 'cn', wikidata: 'Q8686', names: { kk: 'Шанхай', ru: 'Шанхай', en: 'Shanghai' } }),
  place({ id: 'urumqi', country: 'cn', names: { kk: 'Үрімжі', ru: 'Урумчи', en: 'Urumqi' } }),
  place({ id: 'qingdao', country: 'cn', names: { kk: 'Циндао', ru: 'Циндао', en: 'Qingdao' } }),
  place({ id: 'hangzhou', country: 'cn', names: { kk: 'Ханчжоу', ru: 'Ханчжоу', en: 'Hangzhou' } }),
  place({ id: 'istanbul', country: 'tr', wikidata: 'Q406', names: { kk: 'Стамбұл', ru: 'Стамбул', en: 'Istanbul' }, also: { kk: ['Ыстамбұл', 'Стамбул'] } }),
  place({ id: 'antalya', country: 'tr', names: { kk: 'Анталья', ru: 'Анталья', en: 'Antalya' }, also: { kk: ['Анталия'], ru: ['Анталия'] } }),
];

const EUROPE: PlaceEntry[] = [
  place({ id: 'brussels', country: 'be', wikidata: 'Q239', names: { kk: 'Брюссель', ru: 'Брюссель', en: 'Brussels' } }),
  place({ id: 'berlin', country: 'de', wikidata: 'Q64', names: { kk: 'Берлин', ru: 'Берлин', en: 'Berlin' } }),
  place({ id: 'paris', country: 'fr', wikidata: 'Q90', names: { kk: 'Париж', ru: 'Париж', en: 'Paris' } }),
  place({ id: 'london', country: 'gb', wikidata: 'Q84', names: { kk: 'Лондон', ru: 'Лондон', en: 'London' } }),
  place({ id: 'rome', country: 'it', wikidata: 'Q220', names: { kk: 'Рим', ru: 'Рим', en: 'Rome' } }),
  place({ id: 'vienna', country: 'at', wikidata: 'Q1741', names: { kk: 'Вена', ru: 'Вена', en: 'Vienna' } }),
  place({ id: 'geneva', country: 'ch', wikidata: 'Q71', names: { kk: 'Женева', ru: 'Женева', en: 'Geneva' } }),
  place({ id: 'bern', country: 'ch', wikidata: 'Q70', names: { kk: 'Берн', ru: 'Берн', en: 'Bern' }, also: { en: ['Berne'] } }),
  place({ id: 'davos', country: 'ch', names: { kk: 'Давос', ru: 'Давос', en: 'Davos' } }),
  place({ id: 'budapest', country: 'hu', wikidata: 'Q1781', names: { kk: 'Будапешт', ru: 'Будапешт', en: 'Budapest' } }),
  place({ id: 'warsaw', country: 'pl', wikidata: 'Q270', names: { kk: 'Варшава', ru: 'Варшава', en: 'Warsaw' } }),
  place({ id: 'madrid', country: 'es', wikidata: 'Q2807', names: { kk: 'Мадрид', ru: 'Мадрид', en: 'Madrid' } }),
  place({ id: 'athens', country: 'gr', wikidata: 'Q1524', names: { kk: 'Афины', ru: 'Афины', en: 'Athens' }, also: { ru: ['Афин'] } }),
  place({ id: 'prague', country: 'cz', wikidata: 'Q1085', names: { kk: 'Прага', ru: 'Прага', en: 'Prague' } }),
  place({ id: 'bratislava', country: 'sk', wikidata: 'Q1780', names: { kk: 'Братислава', ru: 'Братислава', en: 'Bratislava' } }),
  place({ id: 'bucharest', country: 'ro', wikidata: 'Q19660', names: { kk: 'Бухарест', ru: 'Бухарест', en: 'Bucharest' } }),
  place({ id: 'sofia', country: 'bg', wikidata: 'Q472', names: { kk: 'София', ru: 'София', en: 'Sofia' } }),
  place({ id: 'helsinki', country: 'fi', wikidata: 'Q1757', names: { kk: 'Хельсинки', ru: 'Хельсинки', en: 'Helsinki' } }),
  place({ id: 'vilnius', country: 'lt', wikidata: 'Q216', names: { kk: 'Вильнюс', ru: 'Вильнюс', en: 'Vilnius' } }),
  place({ id: 'riga', country: 'lv', wikidata: 'Q1773', names: { kk: 'Рига', ru: 'Рига', en: 'Riga' } }),
  place({ id: 'tallinn', country: 'ee', wikidata: 'Q1770', names: { kk: 'Таллин', ru: 'Таллин', en: 'Tallinn' }, also: { ru: ['Таллинн'] } }),
  place({ id: 'belgrade', country: 'rs', wikidata: 'Q3711', names: { kk: 'Белград', ru: 'Белград', en: 'Belgrade' } }),
  place({ id: 'lisbon', country: 'pt', wikidata: 'Q597', names: { kk: 'Лиссабон', ru: 'Лиссабон', en: 'Lisbon' } }),
  place({ id: 'vatican', country: 'va', wikidata: 'Q237', names: { kk: 'Ватикан', ru: 'Ватикан', en: 'Vatican City' }, also: { en: ['Vatican'] } }),
  place({ id: 'minsk', country: 'by', wikidata: 'Q2280', names: { kk: 'Минск', ru: 'Минск', en: 'Minsk' } }),
  place({ id: 'kyiv', country: 'ua', wikidata: 'Q1899', names: { kk: 'Киев', ru: 'Киев', en: 'Kyiv' }, also: { en: ['Kiev'] } }),
];

const ASIA_AND_BEYOND: PlaceEntry[] = [
  place({ id: 'yerevan', country: 'am', wikidata: 'Q1953', names: { kk: 'Ереван', ru: 'Ереван', en: 'Yerevan' } }),
  place({ id: 'tbilisi', country: 'ge', wikidata: 'Q994', names: { kk: 'Тбилиси', ru: 'Тбилиси', en: 'Tbilisi' } }),
  place({ id: 'ulaanbaatar', country: 'mn', wikidata: 'Q23430', names: { kk: 'Ұлан-Батор', ru: 'Улан-Батор', en: 'Ulaanbaatar' }, also: { kk: ['Улан-Батор', 'Ұланбатыр'], en: ['Ulan Bator'] } }),
  place({ id: 'tehran', country: 'ir', wikidata: 'Q3616', names: { kk: 'Тегеран', ru: 'Тегеран', en: 'Tehran' } }),
  place({ id: 'islamabad', country: 'pk', wikidata: 'Q1362', names: { kk: 'Исламабад', ru: 'Исламабад', en: 'Islamabad' } }),
  place({ id: 'kabul', country: 'af', wikidata: 'Q5838', names: { kk: 'Кабул', ru: 'Кабул', en: 'Kabul' } }),
  place({ id: 'new-delhi', country: 'in', wikidata: 'Q987', names: { kk: 'Нью-Дели', ru: 'Нью-Дели', en: 'New Delhi' }, also: { kk: ['Дели'], ru: ['Дели'], en: ['Delhi'] } }),
  place({ id: 'tokyo', country: 'jp', wikidata: 'Q1490', names: { kk: 'Токио', ru: 'Токио', en: 'Tokyo' } }),
  place({ id: 'seoul', country: 'kr', wikidata: 'Q8684', names: { kk: 'Сеул', ru: 'Сеул', en: 'Seoul' } }),
  place({ id: 'hanoi', country: 'vn', wikidata: 'Q1858', names: { kk: 'Ханой', ru: 'Ханой', en: 'Hanoi' } }),
  place({ id: 'kuala-lumpur', country: 'my', wikidata: 'Q1865', names: { kk: 'Куала-Лумпур', ru: 'Куала-Лумпур', en: 'Kuala Lumpur' } }),
  place({ id: 'jakarta', country: 'id', wikidata: 'Q3630', names: { kk: 'Джакарта', ru: 'Джакарта', en: 'Jakarta' }, also: { kk: ['Жакарта'] } }),
  place({ id: 'singapore', country: 'sg', wikidata: 'Q334', names: { kk: 'Сингапур', ru: 'Сингапур', en: 'Singapore' } }),
  place({ id: 'doha', country: 'qa', wikidata: 'Q3861', names: { kk: 'Доха', ru: 'Доха', en: 'Doha' } }),
  place({ id: 'abu-dhabi', country: 'ae', wikidata: 'Q1519', names: { kk: 'Әбу-Даби', ru: 'Абу-Даби', en: 'Abu Dhabi' }, also: { kk: ['Абу-Даби'] } }),
  place({ id: 'dubai', country: 'ae', wikidata: 'Q612', names: { kk: 'Дубай', ru: 'Дубай', en: 'Dubai' } }),
  place({ id: 'riyadh', country: 'sa', wikidata: 'Q3692', names: { kk: 'Эр-Рияд', ru: 'Эр-Рияд', en: 'Riyadh' }, also: { kk: ['Әр-Рияд'] } }),
  place({ id: 'jeddah', country: 'sa', names: { kk: 'Жидда', ru: 'Джидда', en: 'Jeddah' }, also: { kk: ['Джидда'], en: ['Jidda'] } }),
  place({ id: 'kuwait-city', country: 'kw', names: { kk: 'Эль-Кувейт', ru: 'Эль-Кувейт', en: 'Kuwait City' }, also: { kk: ['Кувейт қала'] } }),
  place({ id: 'muscat', country: 'om', names: { kk: 'Маскат', ru: 'Маскат', en: 'Muscat' } }),
  place({ id: 'manama', country: 'bh', names: { kk: 'Манама', ru: 'Манама', en: 'Manama' } }),
  place({ id: 'amman', country: 'jo', names: { kk: 'Амман', ru: 'Амман', en: 'Amman' } }),
  place({ id: 'cairo', country: 'eg', wikidata: 'Q85', names: { kk: 'Каир', ru: 'Каир', en: 'Cairo' } }),
  // Israel's seat of government; most states, Kazakhstan among them, keep their embassies in Tel Aviv.
  place({ id: 'jerusalem', country: 'il', wikidata: 'Q1218', names: { kk: 'Иерусалим', ru: 'Иерусалим', en: 'Jerusalem' } }),
  place({ id: 'washington', country: 'us', wikidata: 'Q61', names: { kk: 'Вашингтон', ru: 'Вашингтон', en: 'Washington' }, also: { en: ['Washington, D.C.', 'Washington, DC'] } }),
];

const REGIONS: PlaceEntry[] = [
  place({ id: 'europe', kind: 'region', names: { kk: 'Еуропа', ru: 'Европа', en: 'Europe' } }),
  place({ id: 'south-caucasus', kind: 'region', names: { kk: 'Оңтүстік Кавказ', ru: 'Южный Кавказ', en: 'South Caucasus' },
    also: { ru: ['Южного Кавказ', 'Южном Кавказ', 'Южному Кавказ'] } }),
  place({ id: 'caspian', kind: 'region', names: { kk: 'Каспий', ru: 'Каспий', en: 'Caspian' },
    also: { ru: ['Каспийское море', 'Каспийского моря', 'Каспийском море'], en: ['Caspian Sea'] } }),
];

export const PLACES: readonly PlaceEntry[] = [...EXISTING, ...KAZAKHSTAN, ...CENTRAL_ASIA, ...RUSSIA_CHINA_TURKIYE, ...EUROPE, ...ASIA_AND_BEYOND, ...REGIONS];
