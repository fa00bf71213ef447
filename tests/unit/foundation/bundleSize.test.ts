/** scripts/bundle-size.ts: what counts as the first load (npm run size checks it against its budget). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFiles, firstLoad, staticImports } from '../../../scripts/bundle-size';
import { tempDir } from './helpers';

describe('bundle size', () => {
  it('reads the scripts, stylesheets and module preloads index.html loads', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="./assets/index-a1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-b2.js">
      <link rel="stylesheet" crossorigin href="./assets/index-c3.css">
      <link rel="icon" href="./icon.png">
      <script src="https://example.org/x.js"></script>
    </head><body><div id="root"></div></body></html>`;
    expect(entryFiles(html)).toEqual([
      'assets/index-a1.js',
      'assets/react-b2.js',
      'assets/index-c3.css',
    ]);
  });

  it('follows static imports, not dynamic ones', () => {
    const js =
      'import{a as e,b as t}from"./react-b2.js";import"./side-d4.js";export{x}from"./re-e5.js";' +
      'const l=()=>import("./MembersPage-f6.js");const s="import x from \'nothing\'";';
    expect(staticImports(js).sort()).toEqual(['./re-e5.js', './react-b2.js', './side-d4.js']);
  });

  it('sums the first load: the entry and what it imports statically, never a lazy chunk', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'assets'));
    await writeFile(
      join(dir, 'index.html'),
      '<script type="module" src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css">',
    );
    await writeFile(
      join(dir, 'assets/index.js'),
      'import{r}from"./react.js";const a=()=>import("./Area.js");r(a);',
    );
    await writeFile(join(dir, 'assets/react.js'), 'export const r=(x)=>x;'.repeat(50));
    await writeFile(join(dir, 'assets/index.css'), 'body{margin:0}');
    await writeFile(join(dir, 'assets/Area.js'), 'import{r}from"./react.js";export default r;');
    const first = firstLoad(dir);
    expect(first.map((f) => f.file).sort()).toEqual([
      'assets/index.css',
      'assets/index.js',
      'assets/react.js',
    ]);
    for (const f of first) expect(f.gzip).toBeGreaterThan(0);
  });
});
