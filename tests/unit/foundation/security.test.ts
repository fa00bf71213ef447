import { isAbsolute, join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src/main/dataDir';
import {
  APP_ENTRY,
  APP_ORIGIN,
  isAllowedRequest,
  isAppUrl,
  resolveAppFile,
} from '../../../src/main/origin';

describe('isAppUrl', () => {
  it.each([
    [APP_ENTRY, true],
    [`${APP_ORIGIN}/`, true],
    [`${APP_ORIGIN}/#/members`, true],
    [`${APP_ORIGIN}/print/x?y=1`, true],
    ['app://chapterhouse.evil/index.html', false],
    ['app://evil/index.html', false],
    ['app://chapterhouse:8080/index.html', false],
    ['https://chapterhouse/index.html', false],
    ['https://example.org/', false],
    ['http://localhost:5173/', false],
    ['file:///index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<p>x</p>', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%j → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it('accepts the dev server origin only when one is given', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/index.html', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it.each([
    [`${APP_ORIGIN}/assets/index.js`, true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['data:font/woff2;base64,AAAA', true],
    ['blob:app://chapterhouse/0b7c1c53-1b3c-4e0a-8f1e-8a0c9b8d7e6f', true],
    ['https://example.org/tracker.js', false],
    ['http://example.org/', false],
    ['https://fonts.googleapis.com/css', false],
    ['http://localhost:5173/src/main.tsx', false],
    ['http://127.0.0.1/', false],
    ['ws://localhost:5173/', false],
    ['wss://example.org/socket', false],
    ['ftp://example.org/x', false],
    ['file:///etc/passwd', false],
    ['app://evil/x.js', false],
  ])('%j → %s', (url, expected) => {
    expect(isAllowedRequest(url)).toBe(expected);
  });

  it('rejects every http(s) request to anywhere else', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => {
        expect(isAllowedRequest(url)).toBe(false);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('with a dev server, allows only its own http and websocket origin', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const root = resolve('/opt/chapterhouse/renderer');
  const inside = (p: string | null) =>
    p !== null && !relative(root, p).startsWith('..') && !isAbsolute(relative(root, p));

  it.each([
    ['app://chapterhouse/assets/x.js', join(root, 'assets', 'x.js')],
    ['app://chapterhouse/', join(root, 'index.html')],
    ['app://chapterhouse/index.html', join(root, 'index.html')],
    ['app://chapterhouse/assets/x.js?v=1#top', join(root, 'assets', 'x.js')],
    ['app://chapterhouse/./assets/./x.js', join(root, 'assets', 'x.js')],
    ['app://chapterhouse/assets/../index.html', join(root, 'index.html')],
    ['app://chapterhouse/fonts/Inter%20Var.woff2', join(root, 'fonts', 'Inter Var.woff2')],
  ])('%j → a file inside the root', (url, expected) => {
    expect(resolveAppFile(url, root)).toBe(expected);
  });

  it.each([
    'app://chapterhouse/%2e%2e%2fetc%2fpasswd',
    'app://chapterhouse/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://chapterhouse/..%2f..%2f..%2fetc/passwd',
    'app://chapterhouse/assets/..%2f..%2f..%2fetc/passwd',
    'app://chapterhouse/%2E%2E%2F%2E%2E%2Fsecret',
    'app://chapterhouse/..%5c..%5cwindows%5cwin.ini',
    'app://chapterhouse/assets%5c..%5c..%5cx',
    'app://chapterhouse/a%5Cb.js',
    'app://chapterhouse/index.html%00.js',
    'app://chapterhouse/%00',
    'app://chapterhouse/%E0%A4%A',
    'app://evil/index.html',
    'app://chapterhouse.evil/index.html',
    'app://chapterhouse:8080/index.html',
    'app:///index.html',
    'http://chapterhouse/index.html',
    'https://chapterhouse/index.html',
    'file:///etc/passwd',
    'file://chapterhouse/index.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('%j → null', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('keeps a literal ../ inside the root (the URL parser removes it before we see it)', () => {
    // new URL() already resolves "/../etc/passwd" to "/etc/passwd", so this names a file
    // under the root (which does not exist there), never /etc/passwd itself.
    const result = resolveAppFile('app://chapterhouse/../etc/passwd', root);
    expect(result === null || inside(result)).toBe(true);
    expect(result).not.toBe('/etc/passwd');
    expect(resolveAppFile('app://chapterhouse/../../../../etc/passwd', root)).not.toBe(
      '/etc/passwd',
    );
  });

  it('never resolves outside the root, whatever the path', () => {
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E%2E',
      '%2e',
      '.%2e',
      '%2f',
      '%2F',
      '%5c',
      '%5C',
      '\\',
      '..\\',
      '%00',
      'etc',
      'passwd',
      'assets',
      'x.js',
      '%252e%252e',
      '',
      '//',
      'C:',
      '~',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
        const url = `app://chapterhouse/${parts.join('/')}`;
        const result = resolveAppFile(url, root);
        expect(result === null || inside(result), `${url} → ${result}`).toBe(true);
        if (result !== null) expect(result).not.toBe(root);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('resolveDataDir', () => {
  const fallback = '/home/pat/.config/Chapterhouse';

  it.each<[string, string[], NodeJS.ProcessEnv, string]>([
    [
      '--data-dir X',
      ['electron', '.', '--data-dir', '/media/usb/chapter'],
      {},
      '/media/usb/chapter',
    ],
    ['--data-dir=X', ['electron', '.', '--data-dir=/media/usb/chapter'], {}, '/media/usb/chapter'],
    ['a relative --data-dir, resolved', ['electron', '--data-dir', 'data'], {}, resolve('data')],
    [
      'the argument over the environment',
      ['electron', '--data-dir=/from/arg'],
      { CHAPTERHOUSE_DATA_DIR: '/from/env' },
      '/from/arg',
    ],
    [
      'the environment variable',
      ['electron', '.'],
      { CHAPTERHOUSE_DATA_DIR: '/from/env' },
      '/from/env',
    ],
    ['the fallback', ['electron', '.'], {}, fallback],
    ['the fallback for an empty variable', ['electron'], { CHAPTERHOUSE_DATA_DIR: '' }, fallback],
    [
      '--data-dir with no value falls through to the environment',
      ['electron', '--data-dir'],
      { CHAPTERHOUSE_DATA_DIR: '/from/env' },
      '/from/env',
    ],
    ['--data-dir= with no value falls back', ['electron', '--data-dir='], {}, fallback],
    ['a value with an equals sign', ['electron', '--data-dir=/a=b'], {}, '/a=b'],
  ])('uses %s', (_label, argv, env, expected) => {
    expect(resolveDataDir(argv, env, fallback)).toBe(expected);
  });
});
