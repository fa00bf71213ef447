/**
 * Print documents are routes (`#/print/<document>?p=<params JSON>`) that render from
 * data alone. Electron prints them with printToPDF in a hidden window; the e2e tests
 * print the same route with page.pdf. `data-print-ready` tells either one when to print.
 * Which documents exist, and what each takes, is the print registry
 * (src/shared/print/documents.ts); how each is drawn is ./views.ts.
 */
import { useEffect, useState, type ReactNode } from 'react';
import {
  PrintRequestSchema,
  type ParsedPrintRequest,
  type PrintDocument,
  type PrintParams,
} from '../../../shared/print/documents';
import { messageOf } from '../api';
import type { Route } from '../router';
import type { PrintViews } from './printView';
import { PRINT_VIEWS } from './views';
import './page.css';
import './print.css';

async function render<D extends PrintDocument>(
  document: D,
  params: PrintParams<D>,
): Promise<ReactNode> {
  const views: PrintViews = PRINT_VIEWS;
  const view = await views[document]();
  return view(params);
}

function parseRequest(route: Route): ParsedPrintRequest {
  const document = route.path.replace(/^\/print\//, '');
  const params: unknown = JSON.parse(route.params.get('p') ?? '{}');
  return PrintRequestSchema.parse({ document, params });
}

export function PrintRoute({ route }: { route: Route }) {
  const [content, setContent] = useState<ReactNode>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.printReady = 'false';
    let cancelled = false;
    void (async () => {
      try {
        const request = parseRequest(route);
        const node = await render(request.document, request.params);
        if (!cancelled) setContent(node);
      } catch (e) {
        if (!cancelled) {
          setError(messageOf(e));
          root.dataset.printReady = 'error';
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [route]);

  useEffect(() => {
    if (content === null) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (!cancelled) document.documentElement.dataset.printReady = 'true';
    });
    return () => {
      cancelled = true;
    };
  }, [content]);

  if (error) return <p role="alert">This document could not be prepared: {error}</p>;
  return <div className="print-root">{content}</div>;
}
