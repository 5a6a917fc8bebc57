import edtf from 'edtf';
import { EVENT_TYPES, type EventStatus, type EventType } from '../../events/types';
import { ACTORS, PLACES } from '../../lang/gazetteer';
import type { Spellings } from '../../lang/gazetteer/types';
import { PLUGINS } from '../../lang/registry';
import { tagSentence } from '../../time/tag-times';
import { own } from '../../own';
import { edtfToInterval } from '../interval';
import type { Article } from '../../article/types';
import type { CorpusEvent, UiLocale } from '../types';
import { evidenceOf, inForce } from './apply';
import { CORRECTABLE_FIELDS, type Correction, type CorrectionOp } from './types';

const MAX_REASON = 1000;
const MAX_TITLE = 300;

export type Checked = { ok: true; op: CorrectionOp } | { ok: false; error: string };

const fail = (error: string): Checked => ({ ok: false, error });

/** Lower case, no diacritics, one space: `Тоқаев` and `токаев`, `Toqaev` and `toqaev` compare equal. */
function folded(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A gazetteer entry by id, by its name in any of the three languages, or by how articles write it (`Тоқаев`,
 * `Токаев`, `Tokayev`: the spellings the extractor reads, without the case endings).
 */
function lookUp<T extends { id: string; names: Record<UiLocale, string>; spellings: Spellings }>(
  entries: readonly T[],
  given: string,
): T | undefined {
  const g = folded(given);
  return (
    entries.find((e) => e.id === given) ??
    entries.find((e) => Object.values(e.names).some((n) => folded(n) === g)) ??
    entries.find((e) => Object.values(e.spellings).some((list: readonly string[]) => list.some((w) => folded(w) === g)))
  );
}

/**
 * A date as an editor writes it: EDTF (`2025-11-14`, `2025-11-14/2025-11-15`, `2025-11`), or as an article would
 * (`14–15 November 2025`, `14–15 қараша`, `14-15 ноября`), read by the app's own temporal grammars with the
 * event's latest article as the reference for a missing year. The EDTF value, or null.
 */
export function readDate(given: string, referenceDate: string): string | null {
  const value = given.trim();
  if (/^[\d?~%X./-]+$/.test(value)) {
    try {
      const parsed = edtf(value);
      return edtfToInterval(parsed.edtf) ? parsed.edtf : null;
    } catch {
      return null;
    }
  }
  // Every registered language's grammar, in every script it is read in: an editor may write the date in any.
  const grammars = PLUGINS.flatMap((p) => p.scripts.map((script) => p.timeLanguage(script)));
  for (const grammar of grammars) {
    const found = tagSentence(value, { start: 0, end: value.length }, referenceDate, grammar)
      .filter((m) => m.value !== null && edtfToInterval(m.value) !== null)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    // The expression must be most of what was written: `14 November` in a long sentence is not a date field.
    const best = found[0];
    if (best && best.end - best.start >= value.replace(/[\s.,]+$/u, '').length * 0.6) return best.value;
  }
  return null;
}

function reasonOf(body: Record<string, unknown>, required: boolean): string | { error: string } {
  const r = body.reason;
  if (r === undefined || r === null || r === '')
    return required ? { error: 'A reason is required: say why (it is shown with the change).' } : '';
  if (typeof r !== 'string') return { error: '"reason" must be text.' };
  if (r.length > MAX_REASON) return { error: `The reason is ${r.length} characters; at most ${MAX_REASON}.` };
  return r.trim();
}

/** The latest date among the event's articles: the reference for a date written without its year. */
function referenceOf(event: CorpusEvent): string {
  return event.sources.reduce((d, s) => (s.articleDate > d ? s.articleDate : d), event.start ?? '1970-01-01');
}

function checkSet(field: unknown, value: unknown, reason: string, event: CorpusEvent): Checked {
  if (typeof field !== 'string' || !(CORRECTABLE_FIELDS as readonly string[]).includes(field))
    return fail(`"field" must be one of ${CORRECTABLE_FIELDS.join(', ')}.`);
  switch (field) {
    case 'when': {
      if (typeof value !== 'string' || value.trim() === '')
        return fail(
          '"value" must be a date: EDTF such as 2025-11-14/2025-11-15, or as written in an article, such as 14–15 November 2025.',
        );
      const when = readDate(value, referenceOf(event));
      if (when === null)
        return fail(
          `"${value.slice(0, 80)}" is not a date the app can read: write it as EDTF (2025-11-14, 2025-11-14/2025-11-15, 2025-11) or as in an article (14–15 November 2025, 14–15 қараша 2025 ж., 14–15 ноября 2025 г.).`,
        );
      return { ok: true, op: { op: 'set', field, value: when, reason } };
    }
    case 'type':
      if (typeof value !== 'string' || !(EVENT_TYPES as readonly string[]).includes(value))
        return fail(`"value" must be an event type: ${EVENT_TYPES.join(', ')}.`);
      return { ok: true, op: { op: 'set', field, value: value as EventType, reason } };
    case 'title': {
      const title = { ...event.title };
      if (typeof value === 'string') for (const l of ['kk', 'ru', 'en'] as const) title[l] = value.trim();
      else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [l, t] of Object.entries(value)) {
          if (l !== 'kk' && l !== 'ru' && l !== 'en')
            return fail(`A title is given per language: kk, ru, en (not "${l.slice(0, 20)}").`);
          if (typeof t !== 'string') return fail(`The ${l} title must be text.`);
          title[l] = t.trim();
        }
      } else return fail('"value" must be a title (text), or titles per language ({"kk": …, "ru": …, "en": …}).');
      if (Object.values(title).some((t) => t === '')) return fail('A title cannot be empty.');
      if (Object.values(title).some((t) => t.length > MAX_TITLE))
        return fail(`A title is at most ${MAX_TITLE} characters.`);
      return { ok: true, op: { op: 'set', field, value: title, reason } };
    }
    case 'place': {
      if (value === null || value === '') return { ok: true, op: { op: 'set', field, value: null, reason } };
      if (typeof value !== 'string') return fail('"value" must be a place (its id or its name), or null for none.');
      const place = lookUp(PLACES, value);
      if (!place)
        return fail(
          `Unknown place "${value.slice(0, 80)}": give a place the gazetteer knows, by id (tashkent) or name (Ташкент, Tashkent).`,
        );
      return { ok: true, op: { op: 'set', field, value: place.id, reason } };
    }
    case 'participants': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return fail('"value" must be a list of participants (ids or names).');
      const ids: string[] = [];
      for (const v of value as string[]) {
        const actor = lookUp(ACTORS, v);
        if (!actor)
          return fail(
            `Unknown participant "${v.slice(0, 80)}": give a person, country or body the gazetteer knows, by id or name.`,
          );
        if (!ids.includes(actor.id)) ids.push(actor.id);
      }
      return { ok: true, op: { op: 'set', field, value: ids, reason } };
    }
    case 'status':
      if (value !== 'announced' && value !== 'reported') return fail('"value" must be "announced" or "reported".');
      return { ok: true, op: { op: 'set', field, value: value as EventStatus, reason } };
  }
  return fail('Unknown field.');
}

/**
 * Checks what an editor sent (the JSON of `POST /api/events/<id>/corrections`, or a form) against the event it is
 * for and the corrections made before; a clear message when it cannot be applied, and nothing is written then.
 */
export function checkCorrection(
  body: unknown,
  event: CorpusEvent,
  history: readonly Correction[],
  findEvent: (id: string) => CorpusEvent | undefined = () => undefined,
  /** For `attach`: the article the sentence is in (the caller reads it), undefined when there is no such article. */
  article?: Pick<Article, 'id' | 'text' | 'sentences' | 'date' | 'language'>,
): Checked {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return fail('Send a JSON object such as {"op":"set","field":"when","value":"2025-11-14","reason":"…"}.');
  const b = body as Record<string, unknown>;
  const op = own(b, 'op');
  const reason = reasonOf(b, op === 'hide');
  if (typeof reason !== 'string') return fail(reason.error);
  switch (op) {
    case 'set':
      return checkSet(own(b, 'field'), own(b, 'value'), reason, event);
    case 'confirm':
      return { ok: true, op: { op: 'confirm', reason } };
    case 'hide':
      return { ok: true, op: { op: 'hide', reason } };
    case 'revert': {
      const target = own(b, 'correction');
      if (typeof target !== 'string')
        return fail('"correction" must be the id of the correction to revert (see the event’s history).');
      const known = history.find((c) => c.id === target);
      if (!known) return fail(`No correction "${target.slice(0, 80)}" in this event’s history.`);
      if (!inForce(history).some((c) => c.id === target) && known.op.op !== 'revert')
        return fail(`Correction ${target} is not in force (it was reverted already).`);
      return { ok: true, op: { op: 'revert', correction: target, reason } };
    }
    case 'merge': {
      const other = own(b, 'with');
      if (typeof other !== 'string' || other === '')
        return fail('"with" must be the id of the event to merge into this one.');
      if (other === event.id) return fail('An event cannot be merged with itself.');
      const found = findEvent(other);
      if (!found) return fail(`No event "${other.slice(0, 80)}" to merge with.`);
      return { ok: true, op: { op: 'merge', with: found.id, withEvidence: evidenceOf(found), reason } };
    }
    case 'attach': {
      const source = own(b, 'source');
      const s = source && typeof source === 'object' ? (source as Record<string, unknown>) : null;
      if (!s || typeof s.articleId !== 'string' || !Number.isInteger(s.start) || !Number.isInteger(s.end)) {
        return fail('"source" must be a span of an article: {"articleId": "…", "start": 0, "end": 0}.');
      }
      if (!article || article.id !== s.articleId) return fail(`No article "${String(s.articleId).slice(0, 80)}".`);
      const start = s.start as number;
      const end = s.end as number;
      if (start < 0 || end <= start || end > article.text.length)
        return fail(`The span ${start}–${end} is not in the article (its text is ${article.text.length} characters).`);
      // The sentence the selection begins in: a source is a whole sentence, as the extractor's are.
      const sentence = article.sentences.find((x) => x.start <= start && start < x.end);
      if (!sentence)
        return fail(
          'The selection is not in a sentence of the article (the header line?): select text of the title or the body.',
        );
      if (event.sources.some((x) => x.articleId === article.id && x.start === sentence.start))
        return fail('That sentence is one of this event’s sources already.');
      const quote = article.text.slice(sentence.start, sentence.end);
      return {
        ok: true,
        op: {
          op: 'attach',
          source: { articleId: article.id, start: sentence.start, end: sentence.end },
          quote,
          articleDate: article.date,
          language: article.language,
          reason,
        },
      };
    }
    case 'split': {
      const source = own(b, 'source');
      const s = source && typeof source === 'object' ? (source as Record<string, unknown>) : null;
      if (!s || typeof s.articleId !== 'string' || !Number.isInteger(s.start) || !Number.isInteger(s.end)) {
        return fail('"source" must be one of the event’s sources: {"articleId": "…", "start": 0, "end": 0}.');
      }
      const match = event.sources.find((x) => x.articleId === s.articleId && x.start === s.start && x.end === s.end);
      if (!match) return fail('That sentence is not one of this event’s sources (see "sources" in /api/events).');
      if (event.sources.length < 2)
        return fail('This is the event’s only source: split off, it would leave an event with no source.');
      return {
        ok: true,
        op: { op: 'split', source: { articleId: match.articleId, start: match.start, end: match.end }, reason },
      };
    }
    default:
      return fail('"op" must be one of set, confirm, hide, merge, split, attach, revert.');
  }
}
