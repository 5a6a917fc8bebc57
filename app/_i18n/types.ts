import type { ActorRole, EventStatus, EventType } from '@/lib/events/types';
import type { UiLocale } from '@/lib/corpus/types';

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
    visibleRange: string;
    lane: string;
    during: string;
    undated: string;
    undatedHelp: string;
    noUndated: string;
    showOnTimeline: string;
  };
  list: { heading: string; intro: string; empty: string; date: string; title: string };
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
    from: string;
  };
  event: { backToTimeline: string; descriptionFallback: string };
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
    noFailures: string;
  };
  notFound: { heading: string; body: string; home: string };
  error: { heading: string; body: string; retry: string; home: string };
  loading: string;
  languages: Record<'kk' | 'ru' | 'en', string>;
}
