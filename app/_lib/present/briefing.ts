import 'server-only';
import { getCorpus } from '@/app/_lib/corpus';
import { getDictionary } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { publicOrigin } from '@/app/_lib/security/origin';
import { briefingSlides, type Slide } from './slides';
import { parseView, withView } from '@/app/_lib/view/view-state';

export interface Briefing {
  t: Dictionary;
  slides: Slide[];
  undated: number;
  total: number;
  initialStep: number;
  /** The query without step or selection: the same for the audience's and the presenter's window. */
  baseQuery: string;
}

/**
 * What the audience screen (`/present`) and the presenter window (`/present/presenter`) of a briefing both read
 * from their query: the slides of its view (filters and period) and the step to open at (`step=3`, or the
 * selected `event`).
 */
export async function briefingFromSearch(search: SearchParams): Promise<Briefing> {
  const t = getDictionary(localeFromSearch(search));
  const view = parseView(search);
  const { slides, undated, total } = briefingSlides(await getCorpus(), view, t, await publicOrigin());
  const requested = Number(typeof search.step === 'string' ? search.step : NaN);
  const byEvent = view.event === null ? -1 : slides.findIndex((s) => s.view.id === view.event);
  const initial =
    Number.isInteger(requested) && requested >= 1 ? Math.min(requested, slides.length) - 1 : Math.max(byEvent, 0);
  const lang = typeof search.lang === 'string' ? t.locale : null;
  const baseQuery = withView(new URLSearchParams(lang ? { lang } : {}), { ...view, event: null }).toString();
  return { t, slides, undated, total, initialStep: Math.max(initial, 0), baseQuery };
}
