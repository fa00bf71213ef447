import type { ReactNode } from 'react';

/** An error or success line, announced to screen readers. */
export function Notice({
  kind,
  children,
}: {
  kind: 'error' | 'success' | 'info';
  children: ReactNode;
}) {
  if (!children) return null;
  return (
    <p className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}

/** An action's last outcome: its error (an alert) or its success line (a status). */
export function ActionNotice({
  action,
}: {
  action: { error: string | null; success: string | null };
}) {
  return action.error ? (
    <Notice kind="error">{action.error}</Notice>
  ) : (
    <Notice kind="success">{action.success}</Notice>
  );
}
