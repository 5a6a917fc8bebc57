import type { Actor, Place } from '../../events/types';

/** How an entry is written in running text, per language and script: stems that take the language's suffixes. */
export interface Spellings {
  kk: readonly string[];
  kkLatn: readonly string[];
  ru: readonly string[];
  en: readonly string[];
}

export interface ActorEntry extends Actor {
  spellings: Spellings;
  /** For a person: the country whose head of state they are (so that "Президент Өзбекстана" finds them). */
  headOfState?: string;
  /** For a body: the countries it joins (its meetings involve them). */
  members?: readonly string[];
  /** For a body that is itself a meeting (the Consultative Meeting): the event type its name denotes. */
  meetingType?: 'summit' | 'council-session' | 'multilateral-meeting' | 'forum';
  /** For a body: its title per language with `{n}` for the ordinal of one meeting. */
  occurrenceTitle?: { kk: string; ru: string; en: string };
}

export interface PlaceEntry extends Place {
  spellings: Spellings;
  kind: 'city' | 'region';
}
