import type { Dictionary } from '@/app/_i18n/types';

export function MarksLegend({ t }: { t: Dictionary }) {
  return (
    <p lang={t.locale} className="flex flex-wrap items-center gap-3 rounded border border-ink/10 bg-white p-2 text-sm">
      <span className="text-ink-soft">{t.article.marksLegend}</span>
      <mark className="m-time px-1">{t.article.timeMark}</mark>
      <mark className="m-event px-1">{t.article.eventMark}</mark>
      <span className="m-sentence px-1">{t.article.sentenceMark}</span>
    </p>
  );
}
