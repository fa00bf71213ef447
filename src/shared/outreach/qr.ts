/**
 * QR codes generated offline, drawn as one SVG path so they print sharp at any size and need
 * no canvas, no inline style and no network.
 */
import { create } from 'qrcode';

export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** SVG path data of the dark modules, offset by the 4-module quiet zone. */
  path: string;
  /** Side of the viewBox: size plus the quiet zone on both sides. */
  viewBox: number;
}

export const QUIET_ZONE = 4;

/** The QR symbol for `text` (error correction M: survives a smudge or a fold). */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { size, path: parts.join(''), viewBox: size + 2 * QUIET_ZONE };
}
