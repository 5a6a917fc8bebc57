import type { Correction } from '@/lib/corpus/corrections/types';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { formatEdtf } from '@/app/_lib/view/dates';
import { actorName, placeName } from '@/app/_lib/view/names';

/** One correction in words, in the reader's language: "Date: 13–15 November 2025", "Hidden", "reverts c-…". */
export function describeCorrection(c: Correction, t: Dictionary): string {
  const op = c.op;
  const f = t.event.corrections.fields;
  switch (op.op) {
    case 'confirm':
      return t.editing.confirm;
    case 'hide':
      return t.editing.hide;
    case 'revert':
      return fill(t.editing.revertOf, { correction: op.correction });
    case 'merge':
      return fill(t.editing.mergedWith, { other: op.with });
    case 'split':
      return fill(t.editing.splitOff, { article: op.source.articleId, start: String(op.source.start) });
    case 'attach':
      return fill(t.editing.attached, { quote: op.quote.length > 100 ? `${op.quote.slice(0, 100)}…` : op.quote });
    case 'set':
      switch (op.field) {
        case 'when':
          return `${f.when}: ${formatEdtf(op.value, t.locale)}`;
        case 'type':
          return `${f.type}: ${t.eventTypes[op.value]}`;
        case 'title':
          return `${f.title}: ${op.value[t.locale]}`;
        case 'place':
          return `${f.place}: ${op.value ? placeName(op.value, t.locale) : '—'}`;
        case 'participants':
          return `${f.participants}: ${op.value.map((id) => actorName(id, t.locale)).join(', ') || '—'}`;
        case 'status':
          return `${f.status}: ${t.statuses[op.value]}`;
      }
  }
}
