/**
 * Layers: documents → clauses → duties → walkthroughs → pages, never importing backwards, and the
 * compiler run only by the compile script and the input checks. Each check is proved on a fixture
 * src/ (two backward imports, one sideways) before it is run on the real one.
 */
import { describe, expect, it } from 'vitest';
import { compilerImports, handBuiltAddresses, importsOf, layerOf, layerViolations } from '../layers.ts';

describe('the direction of imports', () => {
  it('reads static, multi-line, type, dynamic and side-effect imports', () => {
    const text = "import a from './a.ts';\nimport {\n  type B,\n  c,\n} from \"../b.ts\";\nexport { d } from './d.ts';\nimport './e.css';\nconst f = await import('./f.ts');";
    expect(importsOf(text)).toEqual(['./a.ts', '../b.ts', './d.ts', './e.css', './f.ts']);
  });
  it('places files in layers', () => {
    expect(layerOf('src/documents/model.ts')).toBeLessThan(layerOf('src/clauses/names.ts'));
    expect(layerOf('src/clauses/names.ts')).toBeLessThan(layerOf('src/duties/site.ts'));
    expect(layerOf('src/duties/site.ts')).toBeLessThan(layerOf('src/machines/x.ts'));
    expect(layerOf('src/machines/x.ts')).toBeLessThan(layerOf('src/pages/index.astro'));
    expect(layerOf('src/elsewhere/x.ts')).toBe(-1);
  });
  it('finds the backward imports of the fixture, and only those', () => {
    const found = layerViolations('tests/fixtures/layers');
    expect(found.map((v) => `${v.file} → ${v.imports}: ${v.problem}`)).toEqual([
      'src/clauses/bad.ts → src/duties/ok.ts: clauses imports duties, a later layer',
      'src/duties/lost.ts → src/components/label.ts: duties imports pages, a later layer',
    ]);
  });
  it('finds none in src/', () => {
    expect(layerViolations('.')).toEqual([]);
  });
});

describe('the compiler', () => {
  it('finds the file of the fixture that reaches the compiler, and not the comparison that may', () => {
    expect(compilerImports('tests/fixtures/layers').map((v) => `${v.file}: ${v.problem}`)).toEqual([
      'src/duties/sideways.ts: runs the compiler (src/duties/sideways.ts → src/documents/sources.ts): read the committed documents through src/clauses/ (read.ts)',
    ]);
  });
  it('is run by the compile script and the input checks alone: src/, integrations/ and scripts/ read the committed documents', () => {
    expect(compilerImports('.').map((v) => `${v.file}: ${v.problem}`)).toEqual([]);
  });
});

describe('addresses', () => {
  it('finds an address written by hand in the fixture', () => {
    expect(handBuiltAddresses('tests/fixtures/layers')).toEqual(['src/components/Link.astro:5']);
  });
  it('are built in src/urls.ts only', () => {
    expect(handBuiltAddresses('.')).toEqual([]);
  });
});
