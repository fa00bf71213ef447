/** Asks before a step that cannot be taken back or that the person should think twice about. */
import type { ReactNode } from 'react';
import { Modal } from './Modal';

export function ConfirmModal({
  title,
  cancelLabel,
  confirmLabel,
  onCancel,
  onConfirm,
  children,
}: {
  title: string;
  /** Closes the dialog and changes nothing (Escape does the same). */
  cancelLabel: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
  children: ReactNode;
}) {
  return (
    <Modal title={title} onClose={onCancel}>
      {children}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
