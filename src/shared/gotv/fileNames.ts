/**
 * A precinct's name as part of a file name: letters, digits, '.', '-' and '_' kept, runs
 * of anything else one '_', never empty, never a name used before (a numbered suffix).
 */
export function fileNamePart(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, 80) || 'none';
  let part = base;
  for (let n = 2; used.has(part.toLowerCase()); n++) part = `${base}-${n}`;
  used.add(part.toLowerCase());
  return part;
}
