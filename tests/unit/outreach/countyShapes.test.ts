import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COUNTIES } from '../../../src/shared/geo/counties';
import { countyShapes, type CountyTopology } from '../../../src/shared/geo/countyShapes';
import { STATES } from '../../../src/shared/geo/states';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(
  readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8'),
) as CountyTopology;

/** Every x,y in a path's data. */
function points(d: string): number[][] {
  const nums = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
  const out: number[][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i] ?? 0, nums[i + 1] ?? 0]);
  return out;
}

describe('countyShapes', () => {
  it.each(['MD', 'AK', 'HI', 'TX', 'DC'])(
    '%s: one path per county in the table, all inside the box and filling it',
    (code) => {
      const state = STATES.find((s) => s.code === code);
      const shapes = countyShapes(atlas, state?.fips ?? '', 600, 400);
      const expected = COUNTIES.filter((c) => c.state === code).map((c) => c.fips);
      expect(shapes.map((s) => s.fips)).toEqual(expected);
      const all = shapes.flatMap((s) => points(s.d));
      for (const s of shapes) expect(s.d).toMatch(/^M/);
      const xs = all.map((p) => p[0] ?? 0);
      const ys = all.map((p) => p[1] ?? 0);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(3.9);
      expect(Math.max(...xs)).toBeLessThanOrEqual(596.1);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(3.9);
      expect(Math.max(...ys)).toBeLessThanOrEqual(396.1);
      // Fitted: the shapes span the box's width or its height.
      const spanX = Math.max(...xs) - Math.min(...xs);
      const spanY = Math.max(...ys) - Math.min(...ys);
      expect(Math.max(spanX / 592, spanY / 392)).toBeGreaterThan(0.98);
    },
  );

  it('draws nothing for a code with no counties', () => {
    expect(countyShapes(atlas, '99', 600, 400)).toEqual([]);
  });
});
