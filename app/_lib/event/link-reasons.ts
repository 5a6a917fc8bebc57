import type { DateClaim, EventSource, LinkReason } from '@/lib/corpus/types';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { formatEdtf } from '@/app/_lib/view/dates';
import { actorName, placeName } from '@/app/_lib/view/names';

/** What a reason's detail names, in words: people and countries, a city, a body and edition, days. */
function detailText(r: LinkReason, t: Dictionary): string {
  const d = r.detail ?? '';
  switch (r.code) {
    case 'same-counterpart':
    case 'same-counterpart-country':
    case 'same-host':
    case 'same-body':
      return d
        .split(',')
        .map((id) => actorName(id, t.locale))
        .join(', ');
    case 'same-place':
      return placeName(d, t.locale);
    case 'same-occurrence': {
      const [body = '', n = ''] = d.split('#');
      return `${actorName(body, t.locale)}, ${n}`;
    }
    case 'dates-overlap':
    case 'dates-adjacent':
    case 'dates-within':
      return formatEdtf(d, t.locale);
    default:
      return d;
  }
}

/** One piece of merge evidence as a sentence in the UI language. */
export function reasonText(r: LinkReason, t: Dictionary): string {
  return fill(t.evidence.reasons[r.code], { detail: detailText(r, t) });
}

/** "the same counterpart: Vladimir Putin (+2)" for each piece of evidence, strongest first. */
export function joinedBecause(source: EventSource, t: Dictionary): string[] {
  return [...source.link.reasons]
    .filter((r) => r.code === 'first' || r.code === 'editor' || r.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((r) =>
      r.code === 'first' || r.code === 'editor'
        ? reasonText(r, t)
        : fill(t.evidence.reasonWeight, { reason: reasonText(r, t), weight: String(Math.round(r.weight * 10) / 10) }),
    );
}

/** "announced for 11–12 November 2025 (articles: 1)", one line per date the sources give. */
export function dateClaimTexts(claims: readonly DateClaim[], t: Dictionary): string[] {
  return claims.map((c) =>
    fill(t.evidence.dateClaim, {
      status: c.statuses.includes('reported') ? t.evidence.claimReported : t.evidence.claimAnnounced,
      date: formatEdtf(c.when, t.locale),
      n: String(c.articleIds.length),
    }),
  );
}
