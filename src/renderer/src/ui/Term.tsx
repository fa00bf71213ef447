import type { ReactNode } from 'react';

/** One term of a description list (`<dl>`): its label and what it says. */
export function Term({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
