import type { QrMatrix } from '@/lib/assign/qr';

type Props = { qr: QrMatrix; label: string; className?: string };

/**
 * A QR code drawn as inline SVG: one path, crisp edges, black on white in both colour schemes
 * (scanners need the contrast), scaled by its container. Works in server and client components.
 */
export function QrCode({ qr, label, className }: Props) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      className={className}
      data-qr-version={qr.version}
    >
      <title>{label}</title>
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
