import type { Span } from '@/lib/article/types';
import { segmentText, type Mark, type Run } from '@/app/_lib/mark-segments';

interface Props {
  text: string;
  range: Span;
  sentences: readonly Span[];
  marks: readonly Mark[];
}

function RunText({ text, run }: { text: string; run: Run }) {
  const slice = text.slice(run.start, run.end);
  if (run.marks.length === 0) return <>{slice}</>;
  const kinds = [...new Set(run.marks.map((m) => m.kind))];
  return (
    <mark className={kinds.map((k) => `m-${k}`).join(' ')} title={run.marks.map((m) => m.note).join('\n')} data-kind={kinds.join(' ')}>
      {slice}
    </mark>
  );
}

/**
 * A range of the article as React text nodes: source sentences become `<span id="m-<start>-<end>">` anchors,
 * time expressions and event mentions become `<mark>`s. Built from slices; the text is never parsed as HTML. Each
 * segment says where it starts in the article (`data-start`): a selection maps back to character offsets.
 */
export function MarkedText({ text, range, sentences, marks }: Props) {
  return (
    <>
      {segmentText(range, sentences, marks).map((seg) => {
        const body = seg.runs.map((run) => <RunText key={run.start} text={text} run={run} />);
        return seg.sentence ? (
          <span key={seg.start} id={`m-${seg.start}-${seg.end}`} className="m-sentence" tabIndex={-1} data-start={seg.start}>
            {body}
          </span>
        ) : (
          <span key={seg.start} data-start={seg.start}>
            {body}
          </span>
        );
      })}
    </>
  );
}
