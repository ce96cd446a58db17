/**
 * npm run compile loses nothing: a compiled document edited by hand is left as it is, with the
 * difference shown, until the maintainer says --force; a document that compile itself wrote is
 * rewritten when its sources change, and the registry records what was written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256 } from '../../src/documents/sources.ts';
import { compileToContent } from '../../src/documents/write.ts';

vi.setConfig({ testTimeout: 60_000 });

const MDX = 'src/content/documents/wuhai-2016.mdx';
const HEADING = '{"三、构建农区留守儿童救助保护机制"}';
let root = '';

function copy(): string {
  root = mkdtempSync(join(tmpdir(), 'compile-guard-'));
  cpSync('sources', join(root, 'sources'), { recursive: true });
  cpSync('src/content/documents', join(root, 'src/content/documents'), { recursive: true });
  return root;
}
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const change = (file: string, from: string, to: string) => writeFileSync(join(root, file), read(file).replace(from, to));

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run compile', () => {
  it('leaves a hand edit in place and shows it', () => {
    copy();
    change(MDX, HEADING, '{"三、构建农区留守儿童救助保护的机制"}');
    const edited = read(MDX);
    const { written, refused } = compileToContent(root);
    expect(written).toEqual([]);
    expect(refused.map((r) => r.file)).toEqual([MDX]);
    expect(refused[0]!.diff).toContain('-<Heading id="s3" depth={1} number={"三、"}>{"三、构建农区留守儿童救助保护的机制"}</Heading>');
    expect(refused[0]!.diff).toContain(`+<Heading id="s3" depth={1} number={"三、"}>${HEADING}</Heading>`);
    expect(read(MDX)).toBe(edited);
  });
  it('replaces it when told to (--force)', () => {
    copy();
    const compiled = read(MDX);
    change(MDX, HEADING, '{"三、构建农区留守儿童救助保护的机制"}');
    expect(compileToContent(root, true).written).toEqual([MDX]);
    expect(read(MDX)).toBe(compiled);
  });
  it('rewrites a document it wrote itself when the sources change, and records the new hash', () => {
    copy();
    change('sources/wuhai-2016.corrections.yaml', 'note: 网页操作提示，不属于公文。', 'note: 网页上的操作提示，不属于公文。');
    const { written, refused } = compileToContent(root);
    expect(refused).toEqual([]);
    expect(written).toEqual([MDX]);
    expect(read(MDX)).toContain('网页上的操作提示');
    expect(read('sources/registry.yaml')).toContain(`compiled: ${sha256(read(MDX))}`);
  });
});
