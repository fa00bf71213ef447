/**
 * The app's own origin, and the checks that keep everything else out: IPC senders,
 * navigation targets, network requests and the app:// file resolver. No electron here
 * so each rule is unit tested.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://chapterhouse`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` ? `${APP_SCHEME}://${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

/** True for a URL on the app's own origin (or the dev server's, when one is used). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const origin = originOf(url);
  if (!origin) return false;
  if (origin === APP_ORIGIN) return true;
  return devServerUrl !== undefined && origin === originOf(devServerUrl);
}

/** Requests the renderer may make: its own files, inline data and devtools internals only. */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (url.startsWith('data:') || url.startsWith('devtools:') || url.startsWith('blob:'))
    return true;
  if (
    devServerUrl &&
    url.startsWith('ws://') &&
    isAppUrl(url.replace(/^ws/, 'http'), devServerUrl)
  ) {
    return true;
  }
  return isAppUrl(url, devServerUrl);
}

/**
 * Maps an app:// URL to a file inside `root`, or null when it would escape it
 * (`..`, encoded separators, absolute paths, another host).
 */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'chapterhouse') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const target = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..'))
    return null;
  return target;
}
