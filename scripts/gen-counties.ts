/**
 * Derives src/shared/geo/counties.json from the us-atlas package (Census cartographic
 * boundary files): one row per county or county-equivalent, with the full legal name
 * ("Baltimore city" vs "Baltimore County"), because us-atlas carries only the bare name.
 * Run with `npm run gen:counties`; a unit test checks the committed file is up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildCountyRows, type AtlasCounty } from '../src/shared/geo/countyNames';

const require = createRequire(import.meta.url);
const atlasPath = require.resolve('us-atlas/counties-10m.json');

export function generateCounties(): string {
  const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as {
    objects: { counties: { geometries: AtlasCounty[] } };
  };
  return JSON.stringify(buildCountyRows(atlas.objects.counties.geometries)) + '\n';
}

export const countiesJsonPath = fileURLToPath(
  new URL('../src/shared/geo/counties.json', import.meta.url),
);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(countiesJsonPath, generateCounties());
  console.log(`wrote ${countiesJsonPath}`);
}
