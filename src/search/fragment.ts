/**
 * A record's fragment (its text, for the snippet), read straight from Pagefind's file for it:
 * /pagefind/fragment/<id>.pf_fragment, gzip of "pagefind_dcd" and the JSON (as Pagefind's data()
 * returns it, less its zero-width word breaks). A search answered by
 * the table of answers has not loaded Pagefind, and a snippet should not make it (60 KB) load.
 */
import type { Fragment } from './match.ts';

const SIGNATURE = 'pagefind_dcd';

async function inflate(bytes: ArrayBuffer): Promise<Uint8Array> {
  const head = new TextDecoder().decode(bytes.slice(0, SIGNATURE.length));
  // A server may have sent it already decompressed (Content-Encoding: gzip).
  if (head === SIGNATURE) return new Uint8Array(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const loaded = new Map<string, Promise<Fragment>>();

/** A fragment, fetched once per page: a result's row (load.ts) and its snippet read the same file. */
export function loadFragment(id: string): Promise<Fragment> {
  if (!loaded.has(id)) {
    const p = fetchFragment(id);
    loaded.set(id, p);
    p.catch(() => loaded.delete(id));
  }
  return loaded.get(id)!;
}

async function fetchFragment(id: string): Promise<Fragment> {
  if (!/^[\w-]+$/.test(id)) throw new Error(`fragment: bad id ${id}`);
  const res = await fetch(`/pagefind/fragment/${id}.pf_fragment`);
  if (!res.ok) throw new Error(`fragment ${id}: ${res.status}`);
  const data = await inflate(await res.arrayBuffer());
  if (new TextDecoder().decode(data.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`fragment ${id}: not a Pagefind fragment`);
  const f = JSON.parse(new TextDecoder().decode(data.subarray(SIGNATURE.length))) as Fragment;
  // Pagefind marks the word breaks it found in Chinese text with zero-width spaces; its own
  // data() removes them, and so must this (else 强制报告 is not found in 强制\u200B报告).
  return { ...f, content: f.content.replace(/\u200B/g, '') };
}
