import './shell.css';

/**
 * What shows while a screen's code loads (React.lazy): marked busy for assistive technology;
 * the words appear only if loading takes long enough to notice (shell.css).
 */
export function Loading({ page = false }: { page?: boolean }) {
  const body = <p className="loading-note">Loading…</p>;
  return page ? (
    <main className="centered loading" aria-busy="true">
      {body}
    </main>
  ) : (
    <div className="loading" aria-busy="true">
      {body}
    </div>
  );
}
