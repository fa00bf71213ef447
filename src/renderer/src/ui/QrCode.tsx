import { useMemo } from 'react';
import { qrSymbol } from '../../../shared/outreach/qr';

/** A QR code drawn on this laptop (nothing is sent anywhere); nothing at all for an unusable address. */
export function QrCode({ url, className }: { url: string; className: string }) {
  const symbol = useMemo(() => {
    try {
      return qrSymbol(url);
    } catch {
      return null;
    }
  }, [url]);
  if (!symbol) return null;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${symbol.viewBox} ${symbol.viewBox}`}
      role="img"
      aria-label={`QR code for ${url}`}
      shapeRendering="crispEdges"
    >
      <rect width={symbol.viewBox} height={symbol.viewBox} fill="#fff" />
      <path d={symbol.path} fill="#000" />
    </svg>
  );
}
