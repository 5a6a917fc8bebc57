import type { ReactNode } from 'react';
import { EVENT_TYPES } from '@/lib/events/types';
import type { CorpusEvent } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { fill } from '@/app/_i18n/dictionary';
import { actorName, placeName } from '@/app/_lib/view/names';
import { correctEvent } from '@/app/_actions/correct-event';
import { EditorKeys } from './editor-keys';

interface Props {
  event: CorpusEvent;
  t: Dictionary;
  csrf: string;
  /** The last correction of the event the editor sees (null: none): a change made meanwhile is then a conflict. */
  base: string | null;
  saved: string | null;
  error: string | null;
  /** The next event of the review queue, for `n`. */
  nextToReview: string | null;
}

const input = 'mt-1 w-full rounded border border-ink/30 px-3 py-2';
const button = 'rounded bg-accent px-3 py-1.5 font-medium text-white hover:bg-accent-dark';

/** One correction form: the event, the session's CSRF token and the base travel with every one. */
function CorrectionForm({
  event,
  t,
  csrf,
  base,
  op,
  field,
  children,
  testId,
}: Omit<Props, 'saved' | 'error' | 'nextToReview'> & {
  op: string;
  field?: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <form action={correctEvent} className="space-y-2 rounded border border-ink/10 p-3" data-testid={testId}>
      <input type="hidden" name="eventId" value={event.id} />
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="lang" value={t.locale} />
      <input type="hidden" name="base" value={base ?? ''} />
      <input type="hidden" name="op" value={op} />
      {field && <input type="hidden" name="field" value={field} />}
      {children}
    </form>
  );
}

function Reason({ t, required = false, label }: { t: Dictionary; required?: boolean; label?: string }) {
  return (
    <label className="block text-sm">
      <span className="block font-medium">{label ?? t.editing.reason}</span>
      <input name="reason" required={required} maxLength={1000} className={input} />
    </label>
  );
}

/** A form that sets one field: its input, the reason, Save. */
function FieldForm({
  shared,
  field,
  testId,
  children,
}: {
  shared: Omit<Props, 'saved' | 'error' | 'nextToReview'>;
  field: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <CorrectionForm {...shared} op="set" field={field} testId={testId}>
      {children}
      <Reason t={shared.t} />
      <button type="submit" className={button}>
        {shared.t.editing.save}
      </button>
    </CorrectionForm>
  );
}

/** The editor's controls on an event page: each field, confirm and hide, each a form that works without JavaScript. */
export function EditEvent(props: Props) {
  const { event, t, saved, error, nextToReview } = props;
  const f = t.event.corrections.fields;
  const shared = { event, t, csrf: props.csrf, base: props.base };
  return (
    <section
      aria-labelledby="correct"
      className="space-y-3 rounded border border-accent/30 bg-accent/5 p-4"
      data-testid="edit-event"
    >
      <h2 id="correct" className="text-lg font-semibold" tabIndex={-1}>
        {t.editing.correctHeading}
      </h2>
      <p className="text-sm">{t.editing.correctIntro}</p>
      <p className="text-sm text-ink-soft">{t.editing.keysHint}</p>
      {saved && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2" data-testid="correction-saved">
          {fill(t.editing.saved, { id: saved })}
        </p>
      )}
      {error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-red-900"
          data-testid="correction-error"
        >
          {fill(t.editing.notSaved, { error })}
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <FieldForm shared={shared} field="when" testId="fix-when">
          <label className="block">
            <span className="block font-medium">{f.when}</span>
            <input
              id="fix-when-value"
              name="value"
              required
              defaultValue={event.when ?? ''}
              className={input}
              aria-describedby="fix-when-hint"
            />
            <span id="fix-when-hint" className="block text-xs text-ink-soft">
              {t.editing.dateHint}
            </span>
          </label>
        </FieldForm>
        <FieldForm shared={shared} field="type" testId="fix-type">
          <label className="block">
            <span className="block font-medium">{f.type}</span>
            <select name="value" defaultValue={event.type} className={input}>
              {EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t.eventTypes[type]}
                </option>
              ))}
            </select>
          </label>
        </FieldForm>
        <FieldForm shared={shared} field="title" testId="fix-title">
          <input type="hidden" name="titleLocale" value={t.locale} />
          <label className="block">
            <span className="block font-medium">{f.title}</span>
            <input name="value" required maxLength={300} defaultValue={event.title[t.locale]} className={input} />
          </label>
        </FieldForm>
        <FieldForm shared={shared} field="place" testId="fix-place">
          <label className="block">
            <span className="block font-medium">{f.place}</span>
            <input
              name="value"
              defaultValue={event.placeId ? placeName(event.placeId, t.locale) : ''}
              className={input}
              aria-describedby="fix-place-hint"
            />
            <span id="fix-place-hint" className="block text-xs text-ink-soft">
              {t.editing.placeHint}
            </span>
          </label>
        </FieldForm>
        <FieldForm shared={shared} field="participants" testId="fix-participants">
          <label className="block">
            <span className="block font-medium">{f.participants}</span>
            <input
              name="value"
              defaultValue={event.participants.map((p) => actorName(p.actorId, t.locale)).join(', ')}
              className={input}
              aria-describedby="fix-participants-hint"
            />
            <span id="fix-participants-hint" className="block text-xs text-ink-soft">
              {t.editing.participantsHint}
            </span>
          </label>
        </FieldForm>
        <FieldForm shared={shared} field="status" testId="fix-status">
          <label className="block">
            <span className="block font-medium">{f.status}</span>
            <select name="value" defaultValue={event.status} className={input}>
              <option value="announced">{t.statuses.announced}</option>
              <option value="reported">{t.statuses.reported}</option>
            </select>
          </label>
        </FieldForm>
        <CorrectionForm {...shared} op="confirm" testId="confirm">
          <Reason t={t} />
          <button id="confirm-event" type="submit" className={button}>
            {t.editing.confirm}
          </button>
        </CorrectionForm>
        <CorrectionForm {...shared} op="hide" testId="hide">
          <label className="block text-sm">
            <span className="block font-medium">{t.editing.hideReason}</span>
            <input id="hide-reason" name="reason" required maxLength={1000} className={input} />
          </label>
          <button
            type="submit"
            className="rounded border border-red-400 px-3 py-1.5 font-medium text-red-800 hover:bg-red-50"
          >
            {t.editing.hide}
          </button>
        </CorrectionForm>
        <CorrectionForm {...shared} op="merge" testId="merge">
          <label className="block">
            <span className="block font-medium">{t.editing.mergeLabel}</span>
            <input name="with" required className={input} aria-describedby="merge-hint" />
            <span id="merge-hint" className="block text-xs text-ink-soft">
              {t.editing.mergeHint}
            </span>
          </label>
          <Reason t={t} />
          <button type="submit" className={button}>
            {t.editing.merge}
          </button>
        </CorrectionForm>
        {event.sources.length > 1 && (
          <CorrectionForm {...shared} op="split" testId="split">
            <fieldset>
              <legend className="font-medium">{t.editing.split}</legend>
              {event.sources.map((s, i) => (
                <label key={`${s.articleId}:${s.start}`} className="mt-1 flex gap-2 text-sm">
                  <input
                    type="radio"
                    name="source"
                    value={`${s.articleId}|${s.start}|${s.end}`}
                    required
                    defaultChecked={i === event.sources.length - 1}
                  />
                  <span lang={s.language}>«{s.quote.length > 120 ? `${s.quote.slice(0, 120)}…` : s.quote}»</span>
                </label>
              ))}
            </fieldset>
            <Reason t={t} />
            <button type="submit" className={button}>
              {t.editing.split}
            </button>
          </CorrectionForm>
        )}
      </div>
      <EditorKeys nextHref={nextToReview} />
    </section>
  );
}
