import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import type { HistoryEntry } from '@/app/_lib/event/event-details';

/** "announced on 14 Nov in …; reported on 15 Nov in …", one entry per article and status, oldest first. */
export function StatusHistory({ history, t }: { history: HistoryEntry[]; t: Dictionary }) {
  return (
    <ol className="space-y-1" data-testid="status-history">
      {history.map((h, i) => (
        <li key={`${h.articleId}-${h.status}`}>
          {fill(t.evidence.historyEntry, { status: t.evidence[h.status], date: h.date, title: h.articleTitle })}
          {i < history.length - 1 ? ';' : ''}
        </li>
      ))}
    </ol>
  );
}
