/**
 * Tense of an English clause, read from its verb groups: enough to say whether `Friday` or `Nov. 14` points back or
 * ahead of the article date. A verb group is a run of auxiliaries and a main verb (`will be held`, `had met`, `said`);
 * the group nearest a date governs it.
 */
export type Tense = 'past' | 'future';

const FUTURE_MODALS = new Set(['will', "'ll", '’ll', 'shall', "won't", 'won’t', 'wo', 'would', "'d", 'gonna']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "didn't", 'didn’t', "wasn't", 'wasn’t', "weren't", 'weren’t', "hadn't", 'hadn’t']);
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'has', 'have', 'do', 'does', "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't", "'s", "'re", "'ve"]);
const CONTINUING = new Set(['be', 'been', 'being', 'not', 'also', 'still', 'already', 'just', 'never', 'probably', 'likely', 'then']);
/** Words that announce something still to come, whatever the verb's form. */
const FUTURE_WORDS = new Set([
  'scheduled', 'planned', 'plans', 'planning', 'plan', 'expected', 'expects', 'expect', 'due', 'upcoming', 'intends', 'intend',
  'aims', 'hopes', 'hope', 'slated', 'poised', 'going', 'prepared', 'preparing',
]);
const IRREGULAR_PAST = new Set([
  'said', 'told', 'met', 'went', 'came', 'took', 'made', 'left', 'began', 'fell', 'rose', 'sold', 'bought', 'saw', 'gave',
  'held', 'led', 'won', 'lost', 'paid', 'spent', 'sent', 'built', 'brought', 'thought', 'struck', 'ran', 'became', 'got',
  'found', 'knew', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'flew', 'grew', 'hit', 'kept', 'meant', 'felt', 'stood',
  'sought', 'taught', 'fought', 'caught', 'heard', 'shot', 'slid', 'swept', 'threw', 'tore', 'wore', 'woke', 'withdrew',
  'overtook', 'arose', 'forecast', 'quit', 'bid', 'dealt', 'lent', 'fled', 'sank', 'shrank', 'sprang', 'stole', 'did',
]);
// Words ending in -ed that are not past verbs, or are usually adjectives in news text.
const NOT_PAST = new Set(['need', 'feed', 'seed', 'speed', 'indeed', 'united', 'limited', 'red', 'bed', 'hundred', 'based', 'related', 'proposed', 'so-called', 'interested', 'concerned', 'detailed', 'advanced', 'used', 'supposed', 'scheduled', 'planned', 'expected', 'embed', 'shed', 'wed']);

type Group = { at: number; tense: Tense | 'present' };

const WORD = /[\p{L}’']+(?:[-’'][\p{L}]+)*/gu;

/** The verb groups of a text, each with its tense and the offset of its last word. */
function verbGroups(text: string): Group[] {
  const groups: Group[] = [];
  let pending: Group | null = null;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const w = raw.toLowerCase();
    const at = m.index ?? 0;
    if (FUTURE_MODALS.has(w) || FUTURE_WORDS.has(w)) {
      if (pending) groups.push(pending);
      pending = { at, tense: 'future' };
      continue;
    }
    if (PAST_AUXILIARIES.has(w) || PRESENT_AUXILIARIES.has(w)) {
      // `will have done`, `is to meet`: an auxiliary inside a future group does not change it.
      if (pending?.tense === 'future') continue;
      if (pending) groups.push(pending);
      pending = { at, tense: PAST_AUXILIARIES.has(w) ? 'past' : 'present' };
      continue;
    }
    if (pending && CONTINUING.has(w)) continue;
    const pastForm = IRREGULAR_PAST.has(w) || (/[^e]ed$|[^e]eed$|ied$/.test(w) && w.length > 4 && !NOT_PAST.has(w) && !/^\p{Lu}/u.test(raw));
    if (pending) {
      // `was held`, `will be held`, `has met`: the auxiliary decides; the main verb closes the group.
      groups.push({ ...pending, at: pending.at });
      pending = null;
      continue;
    }
    if (pastForm) groups.push({ at, tense: 'past' });
  }
  if (pending) groups.push(pending);
  return groups;
}

const toTense = (g: Group | undefined): Tense | null => (g && g.tense !== 'present' ? g.tense : null);

/**
 * Tense of the verb group nearest the expression that ends at `from`: English puts the verb on either side
 * (`met Friday`, `On Friday, they met`). Clause breaks (`;`, `:`) and quotation marks are not crossed.
 */
export function tenseAfter(sentence: string, from: number): Tense | null {
  const left = sentence.slice(0, from);
  const cut = Math.max(left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('"'), left.lastIndexOf('``'));
  const rightBreak = sentence.slice(from).search(/[;:"]|''/);
  const start = cut + 1;
  const end = rightBreak < 0 ? sentence.length : from + rightBreak;
  const clause = sentence.slice(start, end);
  const here = from - start;
  let best: Group | undefined;
  let bestDistance = Infinity;
  for (const g of verbGroups(clause)) {
    // A group on the left is a little closer than the same distance on the right: `said Friday it would`.
    const distance = g.at < here ? here - g.at : (g.at - here) * 1.2;
    if (g.tense !== 'present' && distance < bestDistance) {
      best = g;
      bestDistance = distance;
    }
  }
  return toTense(best);
}

/** Tense of the sentence's first verb group with a tense: the fallback when the clause says nothing. */
export function sentenceTense(sentence: string): Tense | null {
  return toTense(verbGroups(sentence).find((g) => g.tense !== 'present'));
}
