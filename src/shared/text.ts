/** Small text helpers for what the screens say. */

/** "1 policy", "3 policies": the count with its noun in the right number. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Text as a search compares it: lower case, accents dropped ("José" matches "jose"). */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a row's text holds every word typed in a search box (an empty search holds all). */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = folded(text);
  return folded(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
