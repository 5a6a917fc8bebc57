// Prepares the seeds folder for the `hostile` Playwright project: the real seeds plus files that cannot be read as
// articles, and one valid article whose title and body are HTML/script payloads that must be shown as text.
//   node scripts/prepare-hostile-seeds.mjs <dir>
// <dir> is emptied of .txt files and rewritten on every run, so the server always sees exactly this set.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoSeeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');

/** The payloads; a spec checks that none of them ran (`window.__xss` stays undefined) and that they show as text. */
export const XSS_IMG = '<img src=x onerror="window.__xss=1">';
export const XSS_SCRIPT = '<script>window.__xss=2</script>';
export const XSS_LINK = '<a href="javascript:window.__xss=3">link</a>';
export const XSS_TITLE = `${XSS_IMG} Брифинг ${XSS_SCRIPT}`;
/** A sentence the extractor turns into a dated (2025-11-20) briefing event, so the article reaches the timeline. */
export const XSS_SENTENCE = '20 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.';
export const XSS_ARTICLE_ID = 'xss';

const utf8 = (/** @type {string} */ s) => Buffer.from(s, 'utf8');

// Same layout as seeds/*.txt: a header line ` date YYYY-MM-DD Title`, then the body, whose first line opens
// with the dateline `PLACE. KAZINFORM – `. Each payload appears in the body once more, and the rest is plain
// Kazakh prose, enough of it that the article still reads as Kazakh: markup is Latin letters, and an article
// made mostly of payloads could pass for English, so that no Kazakh event would be found in it.
const xssArticle = [
  ` date 2025-11-20 ${XSS_TITLE}`,
  `АСТАНА. KAZINFORM – ${XSS_SENTENCE} Мемлекет басшысы елдің сыртқы саясатындағы басымдықтар туралы айтып, ` +
    'журналистердің сұрақтарына жауап берді.',
  `Бұл мәтіндегі ${XSS_IMG} белгісі мен ${XSS_SCRIPT} үзіндісі беттің қауіпсіздігін тексеру үшін жазылған: ` +
    'олардың барлығы қарапайым мәтін ретінде ғана көрсетілуі керек.',
  `Мақаланың соңындағы сілтеме де ешқандай код іске қоспауы тиіс: ${XSS_LINK}.`,
  '',
].join('\n');

// A PNG signature and the start of an IHDR chunk, then bytes that are neither text nor UTF-8.
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0xf3, 0xff, 0x61, 0x00, 0x00, 0x00, 0x00, 0x49,
  0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82, 0xde, 0xad, 0xbe, 0xef, 0x00, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1,
  0xf0, 0x90, 0x80, 0x28, 0xfe, 0xff, 0x00,
]);

/**
 * The unreadable files, each with what is wrong with it (for a spec to look for on /articles).
 * @type {Record<string, { problem: string, bytes: Buffer }>}
 */
export const BAD_FILES = {
  'empty.txt': { problem: 'empty (0 bytes)', bytes: Buffer.alloc(0) },
  'blank.txt': { problem: 'whitespace only', bytes: utf8('  \n\t\n   \r\n\n') },
  'binary.txt': { problem: 'binary (PNG bytes)', bytes: png },
  'no-header.txt': {
    problem: 'no ` date` header line',
    bytes: utf8('АСТАНА. KAZINFORM – Бұл мәтінде тақырып жолы жоқ. 15 қарашада кездесу өтті.\n'),
  },
  'bad-date.txt': {
    problem: 'impossible date 2025-02-30',
    bytes: utf8(' date 2025-02-30 Ақпанның отызы\nАСТАНА. KAZINFORM – 30 ақпанда кездесу өтті.\n'),
  },
  'latin1.txt': {
    problem: 'not UTF-8 (Latin-1 bytes 0xE9 0xFF in the body)',
    bytes: Buffer.concat([
      utf8(' date 2025-11-21 Latin-1 body\nALMATY. KAZINFORM – Caf'),
      Buffer.from([0xe9, 0x20, 0xff]),
      utf8(' meeting on 21 November.\n'),
    ]),
  },
};

/** The 50 MB file is written sparse-free but once per run; the app must refuse it without reading it. */
export const HUGE_FILE = 'huge-50mb.txt';
export const HUGE_BYTES = 50 * 1024 * 1024;

const H = (/** @type {string} */ title) => ` date 2025-11-26 ${title}\nАСТАНА. KAZINFORM – `;
const BRIEFING = ' 26 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n';

/**
 * Articles that are strange but readable: each must be listed on /articles under its file name, open on its own
 * page, and cost the rest of the corpus nothing.
 * `reported`: what the Sources page says about it, when it says something.
 * @type {Record<string, { problem: string, reported?: RegExp, bytes: Buffer }>}
 */
export const ODD_FILES = {
  'one-line.txt': {
    problem: 'a body of one 1 MB line',
    bytes: utf8(H('Бір жол') + 'Қазақстан мен Өзбекстан арасындағы ынтымақтастық '.repeat(11000) + BRIEFING),
  },
  'nested.txt': {
    problem: 'deeply nested brackets',
    bytes: utf8(H('Жақшалар') + '(['.repeat(10000) + '15 қараша' + '])'.repeat(10000) + BRIEFING),
  },
  'many-dates.txt': {
    problem: '10,000 date-like tokens',
    bytes: utf8(
      H('Күндер') + Array.from({ length: 10000 }, (_, i) => `${(i % 28) + 1}.11.2025`).join(' ') + '.' + BRIEFING,
    ),
  },
  'mixed-scripts.txt': {
    problem: 'mixed scripts',
    bytes: utf8(
      H('Aralas жазу Смешанный 中文 العربية') + 'Тоқаев met Мирзиёев в Ташкенте, 中文 العربية עברית 🙂.' + BRIEFING,
    ),
  },
  'control-chars.txt': {
    problem: 'control characters',
    reported: /control characters \(U\+0007, U\+0001, U\+001B\)/,
    bytes: utf8(H('Басқару\u0007 таңбалары') + 'Мәтін\u0001 ішінде\u001b[31m басқару таңбалары бар.' + BRIEFING),
  },
  'rtl-override.txt': {
    problem: 'right-to-left overrides',
    reported: /bidirectional control characters \(U\+202E, U\+202C, U\+2067, U\+2069\)/,
    bytes: utf8(H('\u202eтxt.exe\u202c Брифинг') + '\u202eТоқаев\u202c және \u2067abc\u2069.' + BRIEFING),
  },
  'with spaces in name.txt': {
    problem: 'a file name with spaces',
    bytes: utf8(H('Бос орындар') + 'Файл атында бос орын бар.' + BRIEFING),
  },
  'Қазақша атау.txt': {
    problem: 'a file name in Cyrillic',
    bytes: utf8(H('Кирилл атауы') + 'Файл аты кириллицамен жазылған.' + BRIEFING),
  },
};

/** @type {Record<string, { bytes: Buffer }>} */
export const GOOD_FILES = { [`${XSS_ARTICLE_ID}.txt`]: { bytes: utf8(xssArticle) }, ...ODD_FILES };

/**
 * @param {string} dir
 * @param {string} [seedsDir]
 * @returns {string[]} the file names written, sorted
 */
export function prepareHostileSeeds(dir, seedsDir = repoSeeds) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.txt')) rmSync(path.join(dir, name), { force: true });
  const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt'));
  for (const name of seeds) copyFileSync(path.join(seedsDir, name), path.join(dir, name));
  for (const [name, { bytes }] of Object.entries({ ...BAD_FILES, ...GOOD_FILES })) {
    writeFileSync(path.join(dir, name), bytes);
  }
  writeFileSync(path.join(dir, HUGE_FILE), Buffer.alloc(HUGE_BYTES, 0x61));
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/prepare-hostile-seeds.mjs <dir>');
    process.exit(2);
  }
  const written = prepareHostileSeeds(path.resolve(dir));
  console.log(`[jylnama] hostile seeds in ${path.resolve(dir)}: ${written.join(', ')}`);
}
