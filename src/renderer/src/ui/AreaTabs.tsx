import './AreaTabs.css';

/** An area's own pages as links under its heading, the current one marked (Volunteers, Sync). */
export function AreaTabs({
  label,
  tabs,
  current,
}: {
  label: string;
  tabs: readonly { path: string; label: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="area-tabs">
      {tabs.map((t) => (
        <a key={t.path} href={`#${t.path}`} aria-current={t.path === current ? 'page' : undefined}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
