import type { TimelineAction } from './keyboard';
import type { VisTimeline } from './use-vis-timeline';

const ZOOM_STEP = 0.4;
const PAN_STEP = 0.2;

/** Focuses an item's element once vis-timeline has attached it (it detaches items outside the window). */
function focusWhenAttached(el: HTMLElement, tries = 10): void {
  if (el.isConnected) {
    el.focus({ preventScroll: true });
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenAttached(el, tries - 1));
}

export function fitAll(vis: VisTimeline): void {
  if (vis.fit) vis.timeline.setWindow(vis.fit.start, vis.fit.end, { animation: false });
  else vis.timeline.fit({ animation: false });
}

export function zoom(vis: VisTimeline, direction: 'in' | 'out'): void {
  if (direction === 'in') vis.timeline.zoomIn(ZOOM_STEP, { animation: false });
  else vis.timeline.zoomOut(ZOOM_STEP, { animation: false });
}

export function pan(vis: VisTimeline, direction: -1 | 1): void {
  const { start, end } = vis.timeline.getWindow();
  const shift = (end.getTime() - start.getTime()) * PAN_STEP * direction;
  vis.timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
}

/** Moves keyboard focus to an item, bringing it into the window first if it is outside. */
export function focusItem(vis: VisTimeline, id: string): void {
  const el = vis.elements.get(id);
  const item = vis.data.items.find((i) => String(i.id) === id);
  if (!el || !item) return;
  const { start, end } = vis.timeline.getWindow();
  const from = (item.start as Date).getTime();
  const to = (item.end as Date).getTime();
  if (from < start.getTime() || to > end.getTime()) vis.timeline.moveTo((from + to) / 2, { animation: false });
  focusWhenAttached(el);
}

/**
 * Runs a keyboard action; `current` is the id of the focused item, if the focus is on one; `open` gets the id of
 * the event that item draws.
 */
export function runAction(
  vis: VisTimeline,
  action: TimelineAction,
  current: string | null,
  open: (id: string) => void,
): void {
  const order = vis.data.order;
  switch (action.kind) {
    case 'zoom-in':
      return zoom(vis, 'in');
    case 'zoom-out':
      return zoom(vis, 'out');
    case 'fit':
      return fitAll(vis);
    case 'pan':
      return pan(vis, action.direction);
    case 'step': {
      const next = current === null ? undefined : order[order.indexOf(current) + action.direction];
      if (next !== undefined) focusItem(vis, next);
      return;
    }
    case 'edge': {
      const target = action.which === 'first' ? order[0] : order[order.length - 1];
      if (target !== undefined) focusItem(vis, target);
      return;
    }
    case 'open':
      if (current !== null) open(vis.data.eventOf.get(current) ?? current);
      return;
  }
}
