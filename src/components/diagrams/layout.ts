/**
 * Lays a hand-off graph out for a phone: top to bottom (a narrow column reads at 390 px), node
 * labels wrapped to short lines, edge labels (the time words) placed by dagre so they never sit
 * on a box. Build time only: nothing of this ships to the browser.
 */
import dagre from '@dagrejs/dagre';
import { loadSite } from '../../pages/_site.ts';
import { zh, type SituationId } from '../../glossary.ts';
import { handoffGraph, senderLines, type HandoffGraph } from '../../duties/handoffs.ts';

export interface Box { id: string; lines: string[]; x: number; y: number; width: number; height: number }
export interface Arrow { from: string; to: string; points: { x: number; y: number }[]; label: string | null; labelX: number; labelY: number; dashed: boolean }
export interface Layout { width: number; height: number; boxes: Box[]; arrows: Arrow[] }

/** Type size in SVG units; the SVG scales to the column, so these are proportions. */
export const FONT = 15;
const LINE = FONT * 1.3;
const PAD_X = 10;
const PAD_Y = 8;
const MAX_CHARS = 8;

/** Splits a label into lines of at most MAX_CHARS characters, preferring breaks after 、 and ）. */
export function wrap(label: string): string[] {
  const lines: string[] = [];
  let rest = label;
  while (rest.length > MAX_CHARS) {
    const window = rest.slice(0, MAX_CHARS + 1);
    const soft = Math.max(window.lastIndexOf('、'), window.lastIndexOf('）'));
    const cut = soft >= 2 ? soft + 1 : MAX_CHARS;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) lines.push(rest);
  return lines;
}

/** Width of a line of CJK text (full-width) or ASCII (half). */
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? FONT : FONT * 0.6), 0);

export function layoutHandoffs(graph: HandoffGraph): Layout {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 14, ranksep: 44, edgesep: 8, marginx: 4, marginy: 4 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const body of graph.bodies) {
    const lines = wrap(body.roles.map(zh).join('、'));
    g.setNode(body.id, { lines, width: Math.max(...lines.map(textWidth)) + PAD_X * 2, height: lines.length * LINE + PAD_Y * 2 });
  }
  for (const e of graph.edges) {
    const label = e.deadlines.length ? e.deadlines.join('／') : null;
    g.setEdge(e.from, e.to, {
      label,
      dashed: e.basis === 'inferred',
      width: label ? textWidth(label) * 0.8 + 6 : 0,
      height: label ? LINE * 0.85 : 0,
      labelpos: 'c',
    });
  }
  dagre.layout(g);
  const boxes: Box[] = g.nodes().map((id) => {
    const n = g.node(id) as unknown as { x: number; y: number; width: number; height: number; lines: string[] };
    return { id, lines: n.lines, x: n.x, y: n.y, width: n.width, height: n.height };
  });
  const arrows: Arrow[] = g.edges().map((ref) => {
    const e = g.edge(ref) as unknown as { points: { x: number; y: number }[]; label: string | null; x?: number; y?: number; dashed: boolean };
    return { from: ref.v, to: ref.w, points: e.points, label: e.label, labelX: e.x ?? 0, labelY: e.y ?? 0, dashed: e.dashed };
  });
  const size = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), boxes, arrows };
}

// Every walkthrough outcome of a document and situation draws the same diagram: lay it out once.
const laid = new Map<string, { graph: HandoffGraph; layout: Layout; lines: ReturnType<typeof senderLines> }>();

/** The graph, its layout and its lines of text for one document and situation (memoised per build). */
export async function diagramOf(document: string, situation: SituationId) {
  // The document's own duties: an outcome page reads nothing of the other documents.
  const duties = (await loadSite()).dutiesOf(document);
  const key = `${document}/${situation}/${duties.length}`;
  let d = laid.get(key);
  if (!d) {
    const graph = handoffGraph(duties, document, situation);
    d = { graph, layout: layoutHandoffs(graph), lines: senderLines(graph) };
    laid.set(key, d);
  }
  return d;
}
