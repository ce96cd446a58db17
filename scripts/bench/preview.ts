/**
 * The built dist/ served for the browser measurements: `astro preview` on the bench's port, unless
 * a server there already serves this dist/ (it is reused, never stopped).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, fail, preview, root } from './common.ts';

async function answering(): Promise<string | null> {
  try {
    const r = await fetch(`${preview.origin}/`, { signal: AbortSignal.timeout(1500) });
    return await r.text();
  } catch {
    return null;
  }
}

/** Starts `astro preview` unless this dist/ is already served on the port; returns the child to stop. */
export async function startPreview(): Promise<ChildProcess | null> {
  const existing = await answering();
  if (existing !== null) {
    if (existing === readFileSync(join(dist, 'index.html'), 'utf8')) return null;
    fail(`${preview.origin} is taken by a server that is not serving this dist/ (set BENCH_PORT)`);
  }
  const bin = join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [bin, 'preview', '--host', '127.0.0.1', '--port', String(preview.port), '--ignore-lock'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  for (let i = 0; i < 120; i++) {
    if ((await answering()) !== null) return child;
    if (child.exitCode !== null) fail(`astro preview exited: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  fail(`astro preview did not answer on ${preview.origin}: ${stderr}`);
}

/** Stops the preview this script started (by its own pid), waiting for it to exit. */
export async function stopPreview(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
