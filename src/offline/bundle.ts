/**
 * A pack's download: all its files in one file, compressed as a whole (gzip). Pages of one county
 * share most of their markup and styles, which a file-by-file download compresses again in every
 * file: for 龙里 460 files are 2.8 MB gzipped one by one and under 1 MB as one stream. One file is
 * also one request, and a whole version or nothing: it cannot mix two builds.
 *
 * Layout before compression: 4 bytes (big-endian) giving the length of the head, the head (UTF-8
 * JSON: PackList), then every file's bytes in the head's order.
 */
import type { PackFile, PackList } from './packs.ts';

export interface PackedFile extends PackFile {
  body: Uint8Array;
}

/** The uncompressed bundle of a pack (the build gzips it). */
export function packBundle(list: PackList, bodies: readonly Uint8Array[]): Uint8Array {
  if (bodies.length !== list.files.length) throw new Error(`pack ${list.id}: ${list.files.length} files listed, ${bodies.length} given`);
  const head = new TextEncoder().encode(JSON.stringify(list));
  const out = new Uint8Array(4 + head.length + bodies.reduce((n, b) => n + b.length, 0));
  new DataView(out.buffer).setUint32(0, head.length);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const b of bodies) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** The files of an uncompressed bundle; throws on one that is cut short or not a bundle. */
export function unpackBundle(bytes: Uint8Array): { list: PackList; files: PackedFile[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = bytes.length >= 4 ? view.getUint32(0) : -1;
  if (headLength < 0 || 4 + headLength > bytes.length) throw new Error('not a pack');
  const list = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headLength))) as PackList;
  let at = 4 + headLength;
  const files = list.files.map((f) => {
    const body = bytes.subarray(at, at + f.bytes);
    at += f.bytes;
    return { ...f, body };
  });
  if (at !== bytes.length) throw new Error(`pack ${list.id}: ${bytes.length} bytes, the head lists ${at}`);
  return { list, files };
}
