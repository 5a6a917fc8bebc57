import { describe, expect, it } from 'vitest';
import { prepositionTense, tenseAfter } from '../tense';

/** The tense `tenseAfter` reads for the date that ends with `date` in `sentence`. */
function tenseOf(sentence: string, date: string) {
  return tenseAfter(sentence, sentence.indexOf(date) + date.length);
}

describe('English tense around a date', () => {
  it.each([
    ['The president met the delegation on Tuesday.', 'Tuesday', 'past'],
    ['The president will meet the delegation on Tuesday.', 'Tuesday', 'future'],
    ['On Tuesday, the ministers signed the accord.', 'Tuesday', 'past'],
    ['The meeting will be held Tuesday, officials said.', 'Tuesday', 'future'],
    ['The ambassador said on Tuesday that Iraq would retaliate.', 'Tuesday', 'past'],
    ['Talks are set to resume Monday in Belfast.', 'Monday', 'future'],
    ['The accession was planned for early March.', 'March', 'future'],
    ['He must be returned to his father by Jan. 14.', 'Jan. 14', null],
    ['The board authorized a three-for-two split of the common stock, payable Dec. 7.', 'Dec. 7', null],
  ] as const)('%s', (sentence, date, tense) => {
    expect(tenseOf(sentence, date)).toBe(tense);
  });

  it('reads the sentence of the date when handed a whole text', () => {
    const text = 'The delegation will arrive on Monday. The minister met the press on Tuesday.';
    expect(tenseOf(text, 'Monday')).toBe('future');
    expect(tenseOf(text, 'Tuesday')).toBe('past');
  });

  it('a deadline looks ahead and `since` looks back', () => {
    expect(prepositionTense('They have until Tuesday.', 'They have until '.length)).toBe('future');
    expect(prepositionTense('Prices rose since March.', 'Prices rose since '.length)).toBe('past');
    expect(prepositionTense('Prices rose in March.', 'Prices rose in '.length)).toBeNull();
  });
});
