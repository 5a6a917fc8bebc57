import type { LexiconTrigger } from '../../../events/lexicon-triggers';

export const EN_TRIGGERS: readonly LexiconTrigger[] = [
  {
    pattern: 'visit(?:s|ed|ing)?',
    type: 'visit',
    modifiers: [
      [/\binformal\s+$/i, 'informal-visit'],
      [/\bstate\s+$/i, 'state-visit'],
      [/\bofficial\s+$/i, 'official-visit'],
      [/\bworking\s+$/i, 'working-visit'],
    ],
  },
  { pattern: 'talks|negotiations', type: 'talks' },
  { pattern: 'summit(?:s)?', type: 'summit' },
  {
    pattern: 'session(?:s)?|sitting|meeting(?= of the (?:[\\p{L}–-]+ ){0,8}?Council)',
    type: 'council-session',
    needsBody: true,
  },
  { pattern: '(?:UN |United Nations )?General (?:Assembly|Debate)', type: 'multilateral-meeting' },
  { pattern: 'meeting(?:s)?|gathering(?:s)?|met(?= with)|meet(?:s|ing)?(?= with)', type: 'talks', needsPerson: true },
  { pattern: 'briefing(?:s)?', type: 'briefing' },
  {
    pattern:
      'press conference(?:s)?|press statement(?:s)?|(?:made |gave )?statement(?:s)? (?:to|for) the (?:press|media)|press approach(?:es)?',
    type: 'press-statement',
  },
  { pattern: 'joint (?:statement|communiqu[ée])(?:s)?', type: 'joint-statement' },
  { pattern: 'joint declaration(?:s)?|declaration(?:s)?', type: 'declaration' },
  {
    pattern:
      'sign(?:ed|ing|s)?\\s+(?:\\S+\\s+){0,4}?(?:agreements?|treaty|treaties|memorand(?:um|a)|documents?|protocols?|declarations?|road ?maps?)|signing\\s+ceremony' +
      '|(?:agreements?|treaty|treaties|memorand(?:um|a)|documents?|protocols?|declarations?)\\s+(?:\\S+\\s+){0,5}?(?:were|was|have been|had been|has been|are|will be)\\s+signed',
    type: 'agreement-signing',
  },
  {
    pattern:
      '(?:tele)?phone (?:call|conversation|talks)(?:s)?|spoke (?:by|on the) (?:tele)?phone|held a (?:tele)?phone',
    type: 'phone-call',
  },
  { pattern: 'interview(?:s|ed)?', type: 'interview', needsPerson: true },
  { pattern: 'informal (?:conversation|dinner|talk)', type: 'talks', needsPerson: true },
  // A signing verb whose document is elsewhere in the sentence (`the declaration, which the presidents signed`).
  {
    pattern: 'signed',
    type: 'agreement-signing',
    needsDocument: /\b(?:agreements?|treaty|treaties|memorand(?:um|a)|documents?|protocols?|declarations?)\b/i,
  },
  {
    pattern: 'exchanged\\s+(?:\\S+\\s+){0,3}?documents|(?:prepared|ready) for signing|expected to (?:be )?sign(?:ed)?',
    type: 'agreement-signing',
  },
  // Adopted rather than signed (a summit's declaration, its final documents).
  {
    pattern:
      'adopted\\s+(?:\\S+\\s+){0,4}?(?:declarations?|documents?|communiqu[ée]s?)|(?:declarations?|documents?|communiqu[ée]s?)\\s+(?:\\S+\\s+){0,4}?(?:was|were|have been|has been)\\s+adopted',
    type: 'agreement-signing',
  },
  { pattern: 'news conference(?:s)?|press briefing(?:s)?', type: 'press-statement' },
  { pattern: 'Congress', type: 'forum', needsBody: true },
  { pattern: 'trip(?:s)?', type: 'visit', needsDestination: true },
  {
    pattern: 'arriv(?:ed|es|ing)(?= in\\b)|came to|will travel to|travel(?:l?ed|s) to|flew to|will arrive in',
    type: 'visit',
    needsDestination: true,
  },
  { pattern: 'forum(?:s)?', type: 'forum' },
];

export const EN_ANNOUNCED =
  /\b(?:agreed to (?:meet|hold|visit|sign)|in order to|intends? to|is due to|are due to|to be held|to be signed|will be|will|shall|is to|are to|to (?:pay|host|hold|visit|attend|meet|sign|take part|participate|address|travel|chair|co-chair)|is expected|are expected|plans? to|planned|scheduled|upcoming|forthcoming|ahead of|on the eve of|is set to|are set to)\b/gi;
export const EN_REPORTED =
  /\b(?:held|met|signed|paid|arrived|took place|discussed|visited|adopted|was held|were held|hosted|received|attended|spoke|talked|agreed|welcomed)\b/gi;
export const EN_DURING =
  /\b(?:during|within the framework of|as part of|on the sidelines of|in the course of)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:\S+\s+){0,2}$/i;
export const EN_INVITATION = /\bat the invitation of\s+(?:\S+\s+){0,4}$/i;
export const EN_CHAIRED = /\b(?:chaired by|co-?chaired|under the chairmanship)\b/i;
export const EN_COMMENTATOR =
  /\b(?:political scientist|analyst|expert|professor|economist|observer)s?\s*,?\s*(?:\S+\s+){0,1}$/i;
