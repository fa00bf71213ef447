import type { SavedFile } from '../../../shared/contract/app';

/**
 * The success line for a change that saves a file the person chose (`useAction`'s `success`):
 * "Saved agenda-….pdf." — or none when they cancelled the dialog.
 */
export function savedLine(what: string): (result: SavedFile) => string | null {
  return (result) => (result.saved ? `Saved ${result.fileName ?? what}.` : null);
}
