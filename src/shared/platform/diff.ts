import { z } from 'zod';

export const DiffSegmentSchema = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export type DiffSegment = z.infer<typeof DiffSegmentSchema>;

/** Words and the whitespace between them, so that joining the tokens gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/** Above this many table cells the changed middle is shown as one removal and one addition. */
const MAX_CELLS = 4_000_000;

function push(out: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * Word-level diff by longest common subsequence. Amendments usually touch a small part of a
 * text, so the common head and tail are trimmed first and the table only covers the middle.
 */
export function wordDiff(oldText: string, newText: string): DiffSegment[] {
  const a = tokenize(oldText);
  const b = tokenize(newText);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffSegment[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else {
    // lcs[i * (m + 1) + j] = LCS length of midA[i..] and midB[j..].
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] =
          midA[i] === midB[j]
            ? lcs[(i + 1) * w + j + 1]! + 1
            : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(out, 'same', midA[i]!);
        i++;
        j++;
      } else if (j >= m || (i < n && lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
        push(out, 'removed', midA[i]!);
        i++;
      } else {
        push(out, 'added', midB[j]!);
        j++;
      }
    }
  }
  push(out, 'same', a.slice(endA).join(''));
  return groupChanges(out);
}

/**
 * One removal then one addition for each run of changed words: the spaces between two changed
 * words belong to the change, so "the quick fox" → "a slow fox" reads "~~the quick~~ a slow fox",
 * not word by word in turn. Both texts still rebuild exactly.
 */
export function groupChanges(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    push(out, 'removed', removed);
    push(out, 'added', added);
    removed = '';
    added = '';
  };
  segments.forEach((s, i) => {
    if (s.kind === 'removed') removed += s.text;
    else if (s.kind === 'added') added += s.text;
    else if (/^\s+$/.test(s.text) && (removed || added) && segments[i + 1]) {
      removed += s.text;
      added += s.text;
    } else {
      flush();
      push(out, 'same', s.text);
    }
  });
  flush();
  return out;
}

/** The text before the change, rebuilt from a diff. */
export function diffOldText(segments: readonly DiffSegment[]): string {
  return segments
    .filter((s) => s.kind !== 'added')
    .map((s) => s.text)
    .join('');
}

/** The text after the change, rebuilt from a diff. */
export function diffNewText(segments: readonly DiffSegment[]): string {
  return segments
    .filter((s) => s.kind !== 'removed')
    .map((s) => s.text)
    .join('');
}
