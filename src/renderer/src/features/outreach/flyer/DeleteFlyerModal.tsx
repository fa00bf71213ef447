/** Asks before a saved flyer is deleted. */
import { Modal } from '../../../ui/Modal';

export function DeleteFlyerModal({
  onKeep,
  onDelete,
}: {
  onKeep: () => void;
  onDelete: () => void;
}) {
  return (
    <Modal title="Delete this flyer?" onClose={onKeep}>
      <p>The flyer’s texts are removed from the chapter. PDFs already saved stay where they are.</p>
      <div className="actions">
        <button type="button" onClick={onKeep}>
          Keep it
        </button>
        <button type="button" className="primary" onClick={onDelete}>
          Delete flyer
        </button>
      </div>
    </Modal>
  );
}
