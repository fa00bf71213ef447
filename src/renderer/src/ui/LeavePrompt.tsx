import { useHeldNavigation } from '../router';
import { ConfirmModal } from './ConfirmModal';

/** Asks before a move away from a form with unsaved changes (the router holds the move). */
export function LeavePrompt() {
  const { held, stay, leave } = useHeldNavigation();
  if (held === null) return null;
  return (
    <ConfirmModal
      title="Leave without saving?"
      cancelLabel="Stay"
      confirmLabel="Leave without saving"
      onCancel={stay}
      onConfirm={leave}
    >
      <p>
        A form on this page has changes that are not saved. A draft of a flyer or of the minutes is
        kept: you can restore it when you come back.
      </p>
    </ConfirmModal>
  );
}
