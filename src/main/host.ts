/**
 * What the services need from the desktop around them. Electron provides it in the app
 * (dialogs, printToPDF in a hidden window); the e2e harness provides a test double that
 * prints the same route with Playwright. Services never import electron.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Host {
  /** Asks the person where to save; null when they cancel. */
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  /** Asks the person for a file to open (e.g. a voter file); null when they cancel. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Renders a renderer route (e.g. `#/print/sign-in-sheet?p=…`) to PDF bytes. */
  printToPdf(route: string): Promise<Uint8Array>;
  /**
   * Renders a renderer route in a viewport of exactly `size` CSS pixels at device scale 1
   * (the same Chromium and fonts as printToPdf) and returns it as PNG bytes.
   */
  captureImage(route: string, size: { width: number; height: number }): Promise<Uint8Array>;
  /** Opens an http(s) address in the person's browser after they confirm; false if not. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Shows a renderer route (e.g. `#/projector/meeting/<id>`) in the projector window, on a
   * second display when there is one; reuses the window if it is already open.
   */
  openProjector(route: string): Promise<void>;
  /** Ends the app (after the last write and the seal, as any quit does). */
  quit(): void;
}
