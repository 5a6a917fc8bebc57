'use client';

import { fill } from '@/app/_i18n/dictionary';
import { useSelection } from '@/app/_components/selection/selection-context';
import { SelectLink } from '@/app/_components/selection/select-link';
import { useWindowSource } from './window-source';

export interface WindowListLabels {
  heading: string;
  intro: string;
  empty: string;
  overLimit: string;
  showOnTimeline: string;
}

interface Props {
  labels: WindowListLabels;
  /** `?lang=…` for links when the UI language is not the default, else ''. */
  langQuery: string;
}

/**
 * The list mirror of a windowed timeline: the events of the window the timeline has loaded, in date order, each
 * with its permalink and a link that selects it; when the window holds too many, the counts per period, each a
 * link that opens the timeline on that period. Rendered on the server with the first window, so it also works
 * without JavaScript.
 */
export function WindowList({ labels, langQuery }: Props) {
  const source = useWindowSource();
  const { selected } = useSelection();
  if (!source) return null;
  const { events, clusters, total } = source.data;
  const amp = langQuery === '' ? '' : `&${langQuery.slice(1)}`;
  return (
    <section
      aria-labelledby="all-events-heading"
      className="mt-10 scroll-mt-4"
      id="event-list"
      tabIndex={-1}
      data-testid="event-list"
      data-windowed="true"
    >
      <h2 id="all-events-heading" className="text-xl font-bold">
        {labels.heading}
      </h2>
      <p className="mb-3 text-sm text-ink-soft">{labels.intro}</p>
      {clusters.length > 0 ? (
        <>
          <p className="mb-2">{fill(labels.overLimit, { total: total.toLocaleString() })}</p>
          <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3" data-testid="window-buckets">
            {clusters.map((c) => (
              <li key={c.start}>
                <a className="text-accent underline" href={`/?from=${c.start}&to=${c.end}${amp}`}>
                  <time dateTime={c.start}>{c.start}</time> – <time dateTime={c.end}>{c.end}</time>
                </a>
                : {c.count.toLocaleString()}
              </li>
            ))}
          </ul>
        </>
      ) : events.length === 0 ? (
        <p>{labels.empty}</p>
      ) : (
        <ol className="divide-y divide-ink/10 rounded-lg border border-ink/10 bg-white">
          {events.map((e) => (
            <li
              key={e.id}
              className={`grid gap-x-4 px-4 py-2 sm:grid-cols-[16rem_1fr_auto] ${selected === e.id ? 'bg-accent/10' : ''}`}
              data-event-id={e.id}
              data-selected={selected === e.id || undefined}
            >
              <span className="text-sm text-ink-soft">
                <time dateTime={e.start}>{e.dateLabel}</time>
              </span>
              <span>
                <a
                  className="font-medium text-accent underline-offset-2 hover:underline"
                  href={`/events/${encodeURIComponent(e.id)}${langQuery}`}
                >
                  {e.title}
                </a>{' '}
                <span className={`type-badge t-${e.type} ml-1 rounded px-1.5 text-xs`}>{e.typeLabel}</span>
              </span>
              <SelectLink
                eventId={e.id}
                href={`/?event=${encodeURIComponent(e.id)}${amp}`}
                className="text-sm text-accent underline aria-[current=true]:font-semibold"
              >
                {labels.showOnTimeline}
                <span className="sr-only">: {e.title}</span>
              </SelectLink>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
