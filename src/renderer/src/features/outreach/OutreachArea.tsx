/**
 * Outreach: sub-pages under one area. Flyers and county profiles live here; canvassing
 * (walk sheets, packets) adds its own tab beside them.
 */
import type { ReactNode } from 'react';
import { useRoute } from '../../router';
import { CanvassPage } from './canvass/CanvassPage';
import { CountiesPage } from './CountiesPage';
import { CoveragePage } from './CoveragePage';
import { FlyerEditorPage } from './flyer/FlyerEditorPage';
import { FlyersPage } from './FlyersPage';
import { PlatformImagesPage } from './social/PlatformImagesPage';
import './outreach.css';

/** The Outreach tabs, in order. Add a tab here (and a case below) for a new sub-page. */
export const OUTREACH_TABS = [
  { path: '/outreach/flyers', label: 'Flyers' },
  { path: '/outreach/social', label: 'Social images' },
  { path: '/outreach/counties', label: 'County profiles' },
  { path: '/outreach/coverage', label: 'County coverage' },
  { path: '/outreach/canvass', label: 'Canvassing' },
] as const;

function subPage(path: string): ReactNode {
  const flyer = /^\/outreach\/flyers\/([^/]+)$/.exec(path);
  if (flyer?.[1]) return <FlyerEditorPage key={flyer[1]} id={flyer[1]} />;
  if (path.startsWith('/outreach/social')) return <PlatformImagesPage />;
  if (path.startsWith('/outreach/counties')) return <CountiesPage />;
  if (path.startsWith('/outreach/coverage')) return <CoveragePage />;
  if (path.startsWith('/outreach/canvass')) return <CanvassPage path={path} />;
  return <FlyersPage />;
}

export function OutreachArea() {
  const { path } = useRoute();
  const current = OUTREACH_TABS.find((t) => path.startsWith(t.path))?.path ?? '/outreach/flyers';
  return (
    <section aria-labelledby="outreach-heading">
      <h1 id="outreach-heading">Outreach</h1>
      <nav aria-label="Outreach pages" className="outreach-tabs">
        <ul>
          {OUTREACH_TABS.map((t) => (
            <li key={t.path}>
              <a href={`#${t.path}`} aria-current={t.path === current ? 'page' : undefined}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {subPage(path)}
    </section>
  );
}
