import { describe, expect, it } from 'vitest';
import { readArticle } from './read-article';
import { utf8 } from '../test-support/seeds';

const GOOD =
  ' date 2025-11-15 Президенттер брифинг өткізді\nТАШКЕНТ. KAZINFORM – Қасым-Жомарт Тоқаев алғыс айтты. Бұл туралы Ақорда хабарлады.\n— Біз дамып жатырмыз, — деді Президент.\n';

describe('readArticle', () => {
  it('reads the header, dateline, language and sentences with exact offsets', () => {
    const r = readArticle('001_x.txt', utf8(GOOD));
    if (!r.ok) throw new Error(r.failure.reason);
    const a = r.article;
    expect(a.id).toBe('001_x');
    expect(a.date).toBe('2025-11-15');
    expect(a.title).toBe('Президенттер брифинг өткізді');
    expect(a.text.slice(a.titleSpan.start, a.titleSpan.end)).toBe(a.title);
    expect(a.dateline).toMatchObject({ place: 'Ташкент', agency: 'KAZINFORM' });
    expect(a.text.slice(a.dateline!.start, a.dateline!.end)).toBe('ТАШКЕНТ. KAZINFORM – ');
    expect(a.language).toBe('kk');
    expect(a.script).toBe('Cyrl');
    expect(a.sentences.map((s) => a.text.slice(s.start, s.end))).toEqual([
      'Президенттер брифинг өткізді',
      'Қасым-Жомарт Тоқаев алғыс айтты.',
      'Бұл туралы Ақорда хабарлады.',
      '— Біз дамып жатырмыз, — деді Президент.',
    ]);
    expect(a.problems).toEqual([]);
  });

  it('keeps an initial with its name (Ф. Толипов) in one sentence', () => {
    const r = readArticle(
      'a.txt',
      utf8(' date 2025-11-14 Т\nАСТАНА. KAZINFORM – Бұны Ф. Толипов айтты. Екінші сөйлем.'),
    );
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.article.sentences.slice(1).map((s) => r.article.text.slice(s.start, s.end))).toEqual([
      'Бұны Ф. Толипов айтты.',
      'Екінші сөйлем.',
    ]);
  });

  it('drops a UTF-8 byte order mark so that offsets match what is shown', () => {
    const r = readArticle('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(GOOD)]));
    expect(r.ok && r.article.text.startsWith(' date')).toBe(true);
  });

  it('notes a missing dateline as a problem, not a failure', () => {
    const r = readArticle('n.txt', utf8(' date 2025-11-15 Title\nBody text without a dateline.'));
    expect(r.ok && r.article.problems[0]).toMatch(/dateline/);
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['white space', utf8('  \n\t \n'), /white space/],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG/],
    ['NUL bytes', new Uint8Array([0x41, 0, 0x42, 0, 0x43]), /binary/],
    ['Latin-1 bytes', new Uint8Array([...utf8(' date 2025-11-15 T\n'), 0xe9, 0xff, 0x41]), /UTF-8/],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16/],
    ['no header', utf8('ТАШКЕНТ. KAZINFORM – Мәтін.'), /no header line/],
    ['an impossible date', utf8(' date 2025-02-30 Title\nBody.'), /2025-02-30 is not a real calendar date/],
    ['a header and no body', utf8(' date 2025-11-15 Title\n   \n'), /no body/],
    ['a date but no title', utf8(' date 2025-11-15 \nBody.'), /no header line|no title/],
  ])('refuses %s with a reason', (_, bytes, reason) => {
    const r = readArticle('bad.txt', bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.fileName).toBe('bad.txt');
      expect(r.failure.reason).toMatch(reason);
    }
  });

  it('detects Russian, English and Kazakh Latin', () => {
    const read = (body: string) => {
      const r = readArticle('l.txt', utf8(` date 2025-11-15 T\n${body}`));
      return r.ok ? [r.article.language, r.article.script] : null;
    };
    expect(read('Президент Казахстана прибыл в Ташкент с государственным визитом.')).toEqual(['ru', 'Cyrl']);
    expect(read('The President of Kazakhstan arrived in Tashkent on a state visit.')).toEqual(['en', 'Latn']);
    expect(read('Qasym-Jomart Toqaev Taşkentke memlekettık saparmen keldı.')).toEqual(['kk', 'Latn']);
    // Markup and links are Latin in any language: a Kazakh text full of them is still Kazakh.
    expect(
      read(
        '<img src=x onerror="window.__xss=1"> <a href="javascript:void(0)">link</a> https://example.org/path Брифинг өтті.',
      ),
    ).toEqual(['kk', 'Cyrl']);
  });
});
