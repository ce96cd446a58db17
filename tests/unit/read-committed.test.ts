/**
 * The layers after documents read the committed .mdx (src/clauses/read.ts), never the compiler:
 * what they read must be exactly what sources/ compile to, and a file out of the compiler's form
 * must be an error that names it, never a silent guess.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, readCompiled } from '../../src/clauses/read.ts';
import { compileAll } from '../../src/documents/sources.ts';
import { readCommitted } from '../../src/duties/files.ts';

describe('the committed documents, read back', () => {
  const { docs, errors } = readCommitted(process.cwd());
  const read = new Map(docs.map((d) => [d.meta.id, d]));

  it('are what their sources compile to: particulars, corrections, clause index and every block', () => {
    expect(errors).toEqual([]);
    const compiled = compileAll(process.cwd());
    expect([...read.keys()]).toEqual(compiled.map((d) => d.meta.id));
    for (const doc of compiled) expect(read.get(doc.meta.id), doc.meta.id).toEqual(doc);
  });

  it('name the document and the block that is out of the compiler\'s form', () => {
    const mdx = readFileSync('src/content/documents/wuhai-2016.mdx', 'utf8');
    expect(() => readCompiled(mdx.replace('<P id="s1-p1" kind="paragraph">{"', '<P id="s1-p1" kind="paragraph">"'))).toThrow(/wuhai-2016: unreadable text at "".*run npm run compile/);
    expect(() => bodyBlocks('<Heading id="s1" depth={1} number={"一、"}>{"总则"}</Heading>\n\n# 标题', 'x')).toThrow(/^x: unreadable block in "# 标题…"/);
  });
});
