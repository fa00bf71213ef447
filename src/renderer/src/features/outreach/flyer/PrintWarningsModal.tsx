/** What the flyer lacks before it is printed (an empty disclaimer…): go back, or print anyway. */
import { Modal } from '../../../ui/Modal';

export function PrintWarningsModal({
  warnings,
  onBack,
  onPrint,
}: {
  warnings: string[];
  onBack: () => void;
  onPrint: () => void;
}) {
  return (
    <Modal title="Before you print" onClose={onBack}>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={onBack}>
          Go back
        </button>
        <button type="button" className="primary" onClick={onPrint}>
          Print anyway
        </button>
      </div>
    </Modal>
  );
}
