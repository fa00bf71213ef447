import type { DiffSegment } from '../../../shared/platform';
import './Diff.css';

/** A word diff: removed words struck through, added words underlined (also readable in black and white). */
export function Diff({ segments, label }: { segments: readonly DiffSegment[]; label: string }) {
  return (
    <p className="diff" aria-label={label}>
      {segments.map((s, i) =>
        s.kind === 'removed' ? (
          <del key={i}>{s.text}</del>
        ) : s.kind === 'added' ? (
          <ins key={i}>{s.text}</ins>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
