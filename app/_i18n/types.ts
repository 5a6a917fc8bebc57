import type { ActorRole, EventStatus, EventType } from '@/lib/events/types';
import type { UiLocale } from '@/lib/corpus/types';
import type { Language } from '@/lib/model';

export type { UiLocale };

/** Every user-visible string of the UI. `{name}` placeholders are filled with `fill()`. */
export interface Dictionary {
  locale: UiLocale;
  /** Shown in the language switcher, in the language itself. */
  languageName: string;
  app: { name: string; tagline: string; skipToContent: string };
  nav: { label: string; timeline: string; sources: string; language: string };
  eventTypes: Record<EventType, string>;
  roles: Record<ActorRole, string>;
  statuses: Record<EventStatus, string>;
  timeline: {
    heading: string;
    legend: string;
    regionLabel: string;
    zoomIn: string;
    zoomOut: string;
    fitAll: string;
    controls: string;
    keyboardHelp: string;
    loading: string;
    noScript: string;
    noScriptWindowed: string;
    visibleRange: string;
    lane: string;
    during: string;
    undated: string;
    undatedHelp: string;
    noUndated: string;
    bucket: string;
    bucketLabel: string;
    loadingWindow: string;
    fetchFailed: string;
    undatedMore: string;
    showOnTimeline: string;
  };
  list: {
    heading: string;
    intro: string;
    empty: string;
    date: string;
    title: string;
    windowHeading: string;
    windowIntro: string;
    windowCount: string;
    overLimit: string;
  };
  /** The phone's vertical stream of events (the timeline below the `md` breakpoint). */
  stream: {
    heading: string;
    /** Opens the key sentence of a card. */
    evidence: string;
    /** `{language}`: the language the sentence is in. */
    evidenceIn: string;
    /** `{article}` and `{date}`. */
    source: string;
    keysHint: string;
  };
  details: {
    heading: string;
    empty: string;
    close: string;
    type: string;
    date: string;
    place: string;
    participants: string;
    status: string;
    partOf: string;
    includes: string;
    sources: string;
    openInArticle: string;
    permalink: string;
    unknownPlace: string;
    noParticipants: string;
    undated: string;
    undatedBefore: string;
    /** An event known only to the month, season or year: {period} is "July 2024", "2024". */
    imprecise: string;
    from: string;
  };
  event: {
    backToTimeline: string;
    descriptionFallback: string;
    /** The preview card's alt text: `{title}` and `{date}`. */
    cardAlt: string;
    /** The page of an old link to an event that later articles split into several. */
    splitHeading: string;
    splitIntro: string;
    /** What editors changed on the event (issue 13): shown next to what the sources say. */
    corrections: {
      heading: string;
      intro: string;
      fields: { when: string; type: string; title: string; place: string; participants: string; status: string };
      /** `{field}: {value}`, then: the sources say {machine}. */
      sourcesSay: string;
      /** By {by} on {at}: {reason} */
      byLine: string;
      confirmed: string;
      hiddenHeading: string;
      hiddenIntro: string;
    };
  };
  article: {
    published: string;
    dateline: string;
    text: string;
    marksLegend: string;
    timeMark: string;
    eventMark: string;
    sentenceMark: string;
    language: string;
    problems: string;
    backToSources: string;
    /** The events this article's sentences tell of, each a way back from a marked sentence. */
    eventsHeading: string;
    /** Link text from a sentence to its event's sentence in the text: "the sentence". */
    toSentence: string;
    /** The link after a source sentence to the event it supports: `{title}`. */
    toEvent: string;
  };
  sources: {
    heading: string;
    intro: string;
    articles: string;
    file: string;
    date: string;
    title: string;
    language: string;
    events: string;
    problems: string;
    none: string;
    failures: string;
    failuresIntro: string;
    reason: string;
    pageRange: string;
    pages: string;
    previousPage: string;
    nextPage: string;
    noFailures: string;
  };
  filters: {
    heading: string;
    type: string;
    country: string;
    person: string;
    place: string;
    search: string;
    /** The search as one of the active filters in words (`Search: “Ташкент”`). */
    searchShort: string;
    searchHint: string;
    any: string;
    lanes: string;
    lanesSingle: string;
    lanesCountry: string;
    apply: string;
    clear: string;
    /** `{shown}` and `{total}`. */
    count: string;
    noMatches: string;
    noCountry: string;
    toList: string;
    /** The button the filters fold into on a phone; `{count}`: how many are applied. */
    fold: string;
    foldActive: string;
    /** The search box's suggestions (app/_components/search). */
    suggest: {
      /** Name of the list of suggestions. */
      suggestions: string;
      /** How to use the box, read by screen readers. */
      instructions: string;
      /** {count}: suggestions shown (announced as they change). */
      shown: string;
      noSuggestions: string;
      kinds: Record<'person' | 'country' | 'place' | 'body' | 'type', string>;
      /** What choosing a suggestion does: an entity's page opens; a type or body filters the timeline. */
      opensPage: string;
      filtersTimeline: string;
      /** {count} events: `one` for a count the language says in the singular, `other` for the rest. */
      eventCount: { one: string; other: string };
    };
  };
  share: {
    heading: string;
    copyLink: string;
    copyViewLink: string;
    copied: string;
    copyFailed: string;
    share: string;
    exports: string;
    ics: string;
    /** A webcal:// subscription to the view's filters: the calendar app keeps it up to date. */
    subscribe: string;
    csv: string;
    json: string;
    png: string;
    pngWorking: string;
    pngFailed: string;
    pngTitle: string;
    /** `{origin}` and `{date}`. */
    pngAttribution: string;
    present: string;
    print: string;
    embed: string;
    embedCode: string;
    copyEmbed: string;
    embedCopied: string;
    openInApp: string;
    openEventInApp: string;
  };
  evidence: {
    byArticle: string;
    history: string;
    /** `{status}`, `{date}` and `{title}`. */
    historyEntry: string;
    announced: string;
    reported: string;
    whyDate: string;
    /** Where a source's date comes from, in plain words: `{text}` as written, `{date}` as read. */
    dateFromText: string;
    dateFromParent: string;
    dateFromArticleDate: string;
    dateFromOtherSentences: string;
    dateFromOtherArticles: string;
    dateNowhere: string;
    dateByEditor: string;
    /** The language a quoted sentence is in, said in the reader's language: "in Kazakh". */
    inLanguage: Record<Language, string>;
    /** "Why it is here": the evidence the merge used to put the source under the event. */
    whyJoined: string;
    /** One piece of that evidence: `{reason}` and its `{weight}`. */
    reasonWeight: string;
    /** Per evidence code; `{detail}` names what was shared (people, a city, days). */
    reasons: Record<import('@/lib/corpus/types').LinkCode, string>;
    /** The sources give different dates (that overlap), or dates that cannot both hold. */
    datesDiffer: string;
    datesConflict: string;
    /** One date claim: `{status}` (announced for / reported on), `{date}` and `{n}` articles. */
    dateClaim: string;
    claimAnnounced: string;
    claimReported: string;
  };
  present: {
    title: string;
    /** `{n}` and `{total}`. */
    step: string;
    previous: string;
    next: string;
    fullscreen: string;
    exitFullscreen: string;
    notes: string;
    presenterView: string;
    presenterTitle: string;
    nowShowing: string;
    upNext: string;
    lastOne: string;
    elapsed: string;
    clock: string;
    restartTimer: string;
    presenterHelp: string;
    /** `{url}`: the accessible name of a slide's QR code. */
    qr: string;
    quote: string;
    leave: string;
    help: string;
    empty: string;
    strip: string;
    truncated: string;
    undatedNote: string;
  };
  print: {
    title: string;
    intro: string;
    /** `{count}`. */
    eventsCount: string;
    overview: string;
    paper: string;
    a4: string;
    letter: string;
    printNow: string;
    generated: string;
    sources: string;
    /** `{range}`. */
    period: string;
    /** `{filters}`: the active filters in words. */
    filters: string;
    noFilters: string;
  };
  exportColumns: {
    id: string;
    start: string;
    end: string;
    type: string;
    title: string;
    status: string;
    place: string;
    participants: string;
    url: string;
    sources: string;
    corrected: string;
  };
  /** The Add article page (app/add). */
  add: Record<
    | 'heading'
    | 'intro'
    | 'off'
    | 'token'
    | 'tokenHelp'
    | 'text'
    | 'textHelp'
    | 'files'
    | 'date'
    | 'dateHelp'
    | 'preview'
    | 'save'
    | 'working'
    | 'results'
    | 'status'
    | 'previewOnly'
    | 'added'
    | 'skipped'
    | 'rejected'
    | 'savedAs'
    | 'encoding'
    | 'notes'
    | 'events'
    | 'noEvents'
    | 'undated'
    | 'failed',
    string
  >;
  notFound: { heading: string; body: string; home: string };
  error: { heading: string; body: string; retry: string; home: string };
  /** Editors: signing in and correcting events (issue 13). */
  editing: {
    /** In exports: {fields} are the corrected fields with who, when and why. */
    correctedBy: string;
    signIn: string;
    signOut: string;
    /** {name} */
    signedInAs: string;
    signInHeading: string;
    signInIntro: string;
    name: string;
    secret: string;
    signInFailed: string;
    correctHeading: string;
    correctIntro: string;
    /** For each field: its label and a hint of what to write. */
    dateHint: string;
    placeHint: string;
    participantsHint: string;
    reason: string;
    save: string;
    confirm: string;
    hide: string;
    hideReason: string;
    /** {id} */
    saved: string;
    /** {error} */
    notSaved: string;
    historyHeading: string;
    historyLink: string;
    noHistory: string;
    revert: string;
    inForce: string;
    reverted: string;
    /** {correction} */
    revertOf: string;
    /** {other}: the id of the event joined into this one. */
    mergedWith: string;
    /** {other}: the event a split event and the one it left are each other's. */
    splitFrom: string;
    /** {article}, {start}: the sentence split off. */
    splitOff: string;
    /** {quote}: the sentence an editor attached. */
    attached: string;
    /** {other}: the article a sentence was attached from. */
    attachedFrom: string;
    attachHeading: string;
    attachEvent: string;
    attach: string;
    mergeLabel: string;
    mergeHint: string;
    merge: string;
    split: string;
    reviewHeading: string;
    reviewIntro: string;
    reviewLink: string;
    addLink: string;
    reviewEmpty: string;
    /** Why an event is in the review queue. */
    reviewWhy: { dateConflict: string; weakMerge: string; announcedPast: string; orphan: string };
    /** Keys on the review queue and the event page. */
    keysHint: string;
    signInToEdit: string;
  };
  /** The pages of a person, a country, a place. */
  entity: {
    alsoWritten: string;
    eventsHeading: string;
    onTimeline: string;
    noEvents: string;
    /** {name}, {kind}: the page's description (search engines, link previews). */
    description: string;
    undated: string;
  };
  loading: string;
  /** An article's language by its code (every language plug-in of lib/lang/registry.ts). */
  languages: Record<Language, string>;
}
