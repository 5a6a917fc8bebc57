'use client';

import { control, type PresentLabels } from './presenter';

type StepLabels = Pick<PresentLabels['present'], 'previous' | 'next'>;

/** Previous and Next, shared by the audience screen and the presenter's window (each moves both). */
export function StepButtons({
  p,
  step,
  last,
  go,
}: {
  p: StepLabels;
  step: number;
  last: number;
  go: (step: number) => void;
}) {
  return (
    <>
      <button type="button" className={control} onClick={() => go(step - 1)} disabled={step <= 0}>
        ← {p.previous}
      </button>
      <button type="button" className={control} onClick={() => go(step + 1)} disabled={step >= last}>
        {p.next} →
      </button>
    </>
  );
}
