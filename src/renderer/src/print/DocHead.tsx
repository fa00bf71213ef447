import type { ReactNode } from 'react';

/** The head of a printed document: its title, the line under it, then what else heads it. */
export function DocHead({
  title,
  sub,
  children,
}: {
  title: ReactNode;
  sub: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="doc-head">
      <h1>{title}</h1>
      <p className="doc-sub">{sub}</p>
      {children}
    </header>
  );
}
