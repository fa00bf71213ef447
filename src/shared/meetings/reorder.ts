/**
 * Reorder helpers for any list of things with ids (agenda items, areas, rights). They return a
 * new array and leave the list as it was when the move makes no sense, so a keystroke at the
 * edge of the list is harmless.
 */
export function moveToIndex<T extends { id: string }>(
  list: readonly T[],
  id: string,
  index: number,
): T[] {
  const from = list.findIndex((x) => x.id === id);
  if (from < 0) return [...list];
  const to = Math.max(0, Math.min(Math.trunc(index), list.length - 1));
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function moveUp<T extends { id: string }>(list: readonly T[], id: string): T[] {
  const at = list.findIndex((x) => x.id === id);
  return at <= 0 ? [...list] : moveToIndex(list, id, at - 1);
}

export function moveDown<T extends { id: string }>(list: readonly T[], id: string): T[] {
  const at = list.findIndex((x) => x.id === id);
  return at < 0 || at >= list.length - 1 ? [...list] : moveToIndex(list, id, at + 1);
}
