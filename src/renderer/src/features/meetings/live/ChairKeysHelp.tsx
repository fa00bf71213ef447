import { CHAIR_KEYS } from './useChairKeys';

/** The console's keys, on screen: they work outside text fields. */
export function ChairKeysHelp() {
  return (
    <p className="chair-keys muted" aria-label="Keyboard shortcuts">
      Keys (outside text fields): <kbd>N</kbd> or <kbd>Ctrl</kbd>+<kbd>→</kbd> next item
      {CHAIR_KEYS.map((k) => (
        <span key={k.key}>
          {' · '}
          <kbd>{k.key.toUpperCase()}</kbd> {k.label}
        </span>
      ))}
    </p>
  );
}
