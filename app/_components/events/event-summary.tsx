import Link from 'next/link';
import type { Dictionary } from '@/app/_i18n/types';
import type { EventView } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';

/** One event in a list: its date, its title linked to its page, its type. The cells of a row (grid or flex). */
export function EventSummary({ event: e, t }: { event: EventView; t: Dictionary }) {
  return (
    <>
      <span className="text-sm text-ink-soft">
        {e.dateTime ? <time dateTime={e.dateTime}>{e.dateLabel}</time> : e.dateLabel}
      </span>
      <span>
        <Link
          className="font-medium text-accent underline-offset-2 hover:underline"
          href={localHref(`/events/${encodeURIComponent(e.id)}`, t.locale)}
        >
          {e.title}
        </Link>{' '}
        <span className={`type-badge t-${e.type} ml-1 rounded px-1.5 text-xs`}>{e.typeLabel}</span>
      </span>
    </>
  );
}
