'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import type { FilterOption, FilterOptions } from '@/app/_lib/view/filter-options';
import { EMPTY_VIEW, isFiltered, type ViewState } from '@/app/_lib/view/view-state';
import { useView } from '@/app/_components/selection/selection-context';
import { useWindowSource } from '@/app/_components/window/window-source';
import { SearchBox } from '@/app/_components/search/search-box';

interface Props {
  options: FilterOptions;
  labels: Dictionary['filters'];
  /** Where the form goes without JavaScript (`/` or `/embed`). */
  action: string;
  /** `lang` to keep when the form is submitted without JavaScript. */
  lang: string | null;
  total: number;
}

const field = 'rounded border border-ink/30 bg-white px-2 py-1.5 text-sm';

function Select({
  label,
  name,
  value,
  options,
  any,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  options: FilterOption[];
  any: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold text-ink-soft">
        {label}
      </label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} className={field}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Filters by type, country, person and place, a search, and the lane layout. A plain GET form without
 * JavaScript; with it, every change updates the view (and the URL) in place.
 */
export function FilterBar({ options, labels, action, lang, total }: Props) {
  const { view, update, shownIds } = useView();
  const source = useWindowSource();
  const [q, setQ] = useState(view.q);
  // The box follows a search the view gets from elsewhere (back and forward, a suggestion): adjusted while
  // rendering, as React advises, rather than in an effect that would draw the old text once more.
  const [viewQ, setViewQ] = useState(view.q);
  if (viewQ !== view.q) {
    setViewQ(view.q);
    setQ(view.q);
  }
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (typing.current) clearTimeout(typing.current);
    },
    [],
  );

  const set = (patch: Partial<ViewState>) => update(patch, 'push');
  const first = (values: string[]) => values[0] ?? '';
  const list = (value: string) => (value === '' ? [] : [value]);
  const searchId = useId();
  const filtered = source ? isFiltered(view) : shownIds.size !== total;

  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={labels.heading}
      className="rounded-lg border border-ink/10 bg-white p-3"
      data-testid="filters"
      onSubmit={(e) => {
        e.preventDefault();
        if (typing.current) clearTimeout(typing.current);
        update({ q }, 'push');
      }}
    >
      {lang !== null && <input type="hidden" name="lang" value={lang} />}
      <div className="flex flex-wrap items-end gap-3">
        <Select
          label={labels.type}
          name="type"
          value={first(view.types)}
          options={options.types}
          any={labels.any}
          onChange={(v) => set({ types: list(v) as ViewState['types'] })}
        />
        <Select
          label={labels.country}
          name="country"
          value={first(view.countries)}
          options={options.countries}
          any={labels.any}
          onChange={(v) => set({ countries: list(v) })}
        />
        <Select
          label={labels.person}
          name="person"
          value={first(view.persons)}
          options={options.persons}
          any={labels.any}
          onChange={(v) => set({ persons: list(v) })}
        />
        <Select
          label={labels.place}
          name="place"
          value={first(view.places)}
          options={options.places}
          any={labels.any}
          onChange={(v) => set({ places: list(v) })}
        />
        <SearchBox
          id={searchId}
          label={labels.search}
          placeholder={labels.searchHint}
          labels={labels.suggest}
          lang={lang}
          className={field}
          value={q}
          onInput={(value) => {
            setQ(value);
            if (typing.current) clearTimeout(typing.current);
            // The first keystroke of a search is a new history entry; the rest refine it in place.
            const mode = view.q === '' ? 'push' : 'replace';
            typing.current = setTimeout(() => update({ q: value }, mode), 250);
          }}
        />
        <fieldset className="flex flex-col gap-1">
          <legend className="text-xs font-semibold text-ink-soft">{labels.lanes}</legend>
          <div className="flex gap-3 py-1.5 text-sm">
            {(['single', 'country'] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="lanes"
                  value={mode}
                  checked={view.lanes === mode}
                  onChange={() => update({ lanes: mode }, 'push')}
                />
                {mode === 'single' ? labels.lanesSingle : labels.lanesCountry}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="no-js-only rounded bg-accent px-3 py-1.5 text-sm font-medium text-white">
          {labels.apply}
        </button>
        <button
          type="button"
          className="js-only rounded border border-ink/30 px-3 py-1.5 text-sm disabled:opacity-50"
          disabled={!filtered && view.q === ''}
          onClick={() => {
            setQ('');
            update({ ...EMPTY_VIEW, from: view.from, to: view.to, lanes: view.lanes }, 'push');
          }}
        >
          {labels.clear}
        </button>
      </div>
      <p role="status" className="mt-2 text-sm text-ink-soft" data-testid="filter-count">
        {fill(labels.count, { shown: String(source ? source.data.total : shownIds.size), total: String(total) })}
      </p>
    </form>
  );
}
