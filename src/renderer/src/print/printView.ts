/**
 * The shape of a print view, apart from the registry (views.ts) that lazily imports every
 * view: the views import this type from here, so they and the registry form no cycle.
 */
import type { ReactNode } from 'react';
import type { PrintDocument, PrintParams } from '../../../shared/print/documents';

/** Draws one document: loads its data through the API, then renders it from data alone. */
export type PrintView<D extends PrintDocument> = (params: PrintParams<D>) => Promise<ReactNode>;
export type PrintViews = { [D in PrintDocument]: () => Promise<PrintView<D>> };
