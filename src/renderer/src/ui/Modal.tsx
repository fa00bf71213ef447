import { useEffect, useId, useRef, type ReactNode } from 'react';
import './Modal.css';

/** A native modal dialog: focus is trapped, Escape closes it, the heading names it. */
export function Modal({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Its own id: a dialog opened over another (Leave without saving?) keeps its own name.
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="modal"
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
