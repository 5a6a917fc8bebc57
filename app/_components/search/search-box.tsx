'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import { DEFAULT_LOCALE, fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import type { EventType } from '@/lib/events/types';
import type { Suggestion } from '@/app/_lib/search/suggest';
import { useView } from '@/app/_components/selection/selection-context';

interface Props {
  id: string;
  label: string;
  placeholder: string;
  labels: Dictionary['filters']['suggest'];
  /** `lang` of the page's URL (null: the default language). */
  lang: string | null;
  className: string;
  value: string;
  /** Each change of the text, as typed (the filter bar searches with it). */
  onInput: (value: string) => void;
}

/** Wait this long after a keystroke before asking for suggestions: typing on does not send a request per letter. */
const TYPING_MS = 120;

/**
 * The search field, with suggestions as you type (an ARIA 1.2 combobox with a list box): people, countries,
 * places, bodies and event types whose any spelling matches (`/api/suggest`). ↑ and ↓ move through them, Enter or
 * a click chooses one, Esc closes the list (and, closed, clears the field). A person, country or place opens its
 * page; an event type filters the timeline by it; a body searches for it. Enter with no suggestion active submits
 * the search as typed. Without JavaScript it is the plain `q` field of the filter form.
 */
export function SearchBox({ id, label, placeholder, labels, lang, className, value, onInput }: Props) {
  const { update } = useView();
  const router = useRouter();
  const listId = useId();
  const helpId = useId();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const cache = useRef(new Map<string, Suggestion[]>());
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const request = useRef<AbortController | null>(null);
  const locale = lang ?? DEFAULT_LOCALE;

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  // The active option stays in sight when the arrows move past the list's edge.
  useEffect(() => {
    if (open && active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, listId]);

  const show = (list: Suggestion[]) => {
    setSuggestions(list);
    setActive(-1);
    // An answer that comes after the field lost the focus is kept for later, not shown.
    setOpen(list.length > 0 && document.activeElement === input.current);
  };

  /** Forgets a request on its way: once chosen or submitted, a late answer must not open the list again. */
  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    request.current?.abort();
  };

  const fetchSuggestions = (text: string) => {
    cancel();
    const q = text.trim();
    if (q === '') return show([]);
    const known = cache.current.get(q);
    if (known) return show(known);
    timer.current = setTimeout(() => {
      const controller = new AbortController();
      request.current = controller;
      fetch(`/api/suggest?${new URLSearchParams({ q, lang: locale }).toString()}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ suggestions: Suggestion[] }>) : { suggestions: [] }))
        .then(({ suggestions: list }) => {
          cache.current.set(q, list);
          show(list);
        })
        // A request overtaken by the next keystroke, or a network error: no suggestions, the search still works.
        .catch(() => undefined);
    }, TYPING_MS);
  };

  const choose = (s: Suggestion) => {
    cancel();
    setOpen(false);
    if (s.kind === 'type') {
      onInput('');
      update({ types: [s.id as EventType], q: '' }, 'push');
    } else if (s.kind === 'body') {
      onInput(s.label);
    } else {
      router.push(s.href);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        if (suggestions.length > 0) {
          setOpen(true);
          setActive(e.key === 'ArrowDown' ? 0 : suggestions.length - 1);
        } else fetchSuggestions(value);
        return;
      }
      const n = suggestions.length;
      setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i <= 0 ? n : i) - 1));
    } else if (e.key === 'Enter') {
      // With a suggestion active, Enter chooses it; without, the form searches for the text and the list closes.
      cancel();
      setOpen(false);
      const s = open && active >= 0 ? suggestions[active] : undefined;
      if (s) {
        e.preventDefault();
        choose(s);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value !== '') {
        e.preventDefault();
        onInput('');
      }
    }
  };

  const count = (n: number) =>
    fill(new Intl.PluralRules(locale).select(n) === 'one' ? labels.eventCount.one : labels.eventCount.other, {
      count: n.toLocaleString(locale),
    });
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className="relative flex min-w-48 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold text-ink-soft">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        value={value}
        placeholder={placeholder}
        className={className}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={helpId}
        onChange={(e) => {
          onInput(e.target.value);
          fetchSuggestions(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (value.trim() !== '' && suggestions.length > 0) setOpen(true);
        }}
        onBlur={() => setOpen(false)}
      />
      <span id={helpId} className="sr-only">
        {labels.instructions}
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.suggestions}
        hidden={!open}
        className="absolute left-0 top-full z-40 w-full mt-1 max-h-80 overflow-y-auto rounded border border-ink/20 bg-white py-1 text-sm shadow-lg"
        data-testid="suggestions"
      >
        {suggestions.map((s, i) => (
          <li
            key={`${s.kind}:${s.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            data-kind={s.kind}
            data-id={s.id}
            className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-accent text-white' : 'hover:bg-accent/10'}`}
            // Keeps the focus in the field, so that the click chooses before the blur closes the list.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(s)}
          >
            <span className="font-medium">{s.label}</span>
            {s.matched && <span className={i === active ? 'text-white' : 'text-ink-soft'}> ({s.matched})</span>}
            <span className={`block text-xs ${i === active ? 'text-white' : 'text-ink-soft'}`}>
              {labels.kinds[s.kind]} · {count(s.count)} ·{' '}
              {s.kind === 'type' || s.kind === 'body' ? labels.filtersTimeline : labels.opensPage}
            </span>
          </li>
        ))}
      </ul>
      <span role="status" className="sr-only">
        {open ? fill(labels.shown, { count: String(suggestions.length) }) : ''}
      </span>
    </div>
  );
}
