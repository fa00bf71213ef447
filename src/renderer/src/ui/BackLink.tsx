import type { ReactNode } from 'react';

/** The way back, above a page's heading: `<BackLink href="#/candidates">Candidates</BackLink>`. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <a href={href}>← {children}</a>
    </p>
  );
}
