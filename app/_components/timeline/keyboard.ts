/** What a key press means on the timeline region (`region`) or on a focused item (`item`). */
export type TimelineAction =
  | { kind: 'zoom-in' }
  | { kind: 'zoom-out' }
  | { kind: 'fit' }
  | { kind: 'pan'; direction: -1 | 1 }
  | { kind: 'step'; direction: -1 | 1 }
  | { kind: 'edge'; which: 'first' | 'last' }
  | { kind: 'open' };

export function keyAction(key: string, onItem: boolean): TimelineAction | null {
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom-in' };
    case '-':
    case '_':
      return { kind: 'zoom-out' };
    case '0':
      return { kind: 'fit' };
    case 'ArrowLeft':
      return onItem ? { kind: 'step', direction: -1 } : { kind: 'pan', direction: -1 };
    case 'ArrowRight':
      return onItem ? { kind: 'step', direction: 1 } : { kind: 'pan', direction: 1 };
    case 'ArrowUp':
      return onItem ? { kind: 'step', direction: -1 } : null;
    case 'ArrowDown':
      return onItem ? { kind: 'step', direction: 1 } : null;
    case 'Home':
      return { kind: 'edge', which: 'first' };
    case 'End':
      return { kind: 'edge', which: 'last' };
    case 'Enter':
    case ' ':
      return onItem ? { kind: 'open' } : null;
    default:
      return null;
  }
}
