import { Fragment } from 'react';
import Link from 'next/link';
import type { Span } from '@/lib/article/types';
import { fill } from '@/app/_i18n/dictionary';
import type { UiLocale } from '@/app/_i18n/types';
import type { SentenceEvent } from '@/app/_lib/article/article-marks';
import { localHref } from '@/app/_lib/view/locale';
import { segmentText, type Mark, type Run } from '@/app/_lib/article/mark-segments';

/** The way back from a source sentence to its events: a link after the sentence to each event's page. */
export interface SentenceLinks {
  events: Readonly<Record<string, readonly SentenceEvent[]>>;
  /** `{title}`: the accessible name of a link. */
  label: string;
  locale: UiLocale;
}

interface Props {
  text: string;
  range: Span;
  sentences: readonly Span[];
  marks: readonly Mark[];
  links?: SentenceLinks;
}

function EventLinks({ events, links }: { events: readonly SentenceEvent[]; links: SentenceLinks }) {
  return (
    <>
      {events.map((e) => (
        <Link
          key={e.id}
          href={localHref(`/events/${encodeURIComponent(e.id)}`, links.locale)}
          className="m-event-link"
          lang={links.locale}
          aria-label={fill(links.label, { title: e.title })}
          title={e.title}
          data-event-id={e.id}
        />
      ))}
    </>
  );
}

function RunText({ text, run }: { text: string; run: Run }) {
  const slice = text.slice(run.start, run.end);
  if (run.marks.length === 0) return <>{slice}</>;
  const kinds = [...new Set(run.marks.map((m) => m.kind))];
  return (
    <mark
      className={kinds.map((k) => `m-${k}`).join(' ')}
      title={run.marks.map((m) => m.note).join('\n')}
      data-kind={kinds.join(' ')}
    >
      {slice}
    </mark>
  );
}

/**
 * A range of the article as React text nodes: source sentences become `<span id="m-<start>-<end>">` anchors,
 * time expressions and event mentions become `<mark>`s. Built from slices; the text is never parsed as HTML. Each
 * segment says where it starts in the article (`data-start`): a selection maps back to character offsets.
 */
export function MarkedText({ text, range, sentences, marks, links }: Props) {
  return (
    <>
      {segmentText(range, sentences, marks).map((seg) => {
        const body = seg.runs.map((run) => <RunText key={run.start} text={text} run={run} />);
        const events = seg.sentence ? links?.events[`${seg.start}-${seg.end}`] : undefined;
        // The links come after the sentence and hold no text (the arrow is CSS, globals.css): the article's text
        // content stays the article's, and a selection still maps to its offsets.
        return seg.sentence ? (
          <Fragment key={seg.start}>
            <span id={`m-${seg.start}-${seg.end}`} className="m-sentence" tabIndex={-1} data-start={seg.start}>
              {body}
            </span>
            {events && links && <EventLinks events={events} links={links} />}
          </Fragment>
        ) : (
          <span key={seg.start} data-start={seg.start}>
            {body}
          </span>
        );
      })}
    </>
  );
}
