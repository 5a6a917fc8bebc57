import type { Actor, Place } from '../../model';

/** How an entry is written in running text, per language and script: stems that take the language's suffixes. */
export interface Spellings {
  kk: readonly string[];
  kkLatn: readonly string[];
  ru: readonly string[];
  en: readonly string[];
  /** Uzbek (Latin), for the entries an Uzbek article names; an entry without it is not found in Uzbek text. */
  uz?: readonly string[];
}

/** One office a person held (ISO dates; no `to`: still in office at the end of 2025). */
export interface Term {
  role: 'head-of-state' | 'head-of-government' | 'foreign-minister';
  /** ISO 3166 alpha-2, lower case. */
  country: string;
  from: string;
  to?: string;
}

export interface ActorEntry extends Actor {
  spellings: Spellings;
  /** For a person: the country whose head of state they are now (so that "Президент Өзбекстана" finds them). */
  headOfState?: string;
  /** For a person: the offices they held, for "who was head of state on that day". */
  terms?: readonly Term[];
  /** For a country: the place id of its capital (`Әзербайжан астанасы` → baku). */
  capital?: string;
  /** For a country: Russian adjective stems (`узбекск`), for `в узбекской столице`. */
  ruAdjectives?: readonly string[];
  /** For a body: the countries it joins (its meetings involve them). */
  members?: readonly string[];
  /** For a body whose name carries its venue (`Astana International Forum`): that place, named with the body. */
  seat?: string;
  /** For a body that is itself a meeting (the Consultative Meeting): the event type its name denotes. */
  meetingType?: 'summit' | 'council-session' | 'multilateral-meeting' | 'forum';
  /** For a body: its title per language with `{n}` for the ordinal of one meeting. */
  occurrenceTitle?: { kk: string; ru: string; en: string };
}

export interface PlaceEntry extends Place {
  spellings: Spellings;
  kind: 'city' | 'region';
}
