/**
 * A QR code as one SVG path: one rectangle per run of dark modules in a row, so a card's code is a
 * few hundred bytes rather than one element per module. scripts/check-addresses.ts reads the same
 * shape back (`qrModules`) to decode every code of the built site.
 */
import { encode } from 'uqr';

export interface QrDrawing {
  /** Modules per side, quiet zone included. */
  size: number;
  /** The `d` of the path of the dark modules. */
  path: string;
}

export function qrDrawing(text: string): QrDrawing {
  const border = 4; // the quiet zone the QR standard asks for
  const qr = encode(text, { ecc: 'M', border });
  const runs: string[] = [];
  qr.data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < row.length && row[x + 1]) x++;
      runs.push(`M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`);
    }
  });
  return { size: qr.size, path: runs.join('') };
}
