/**
 * Who hands a case to whom, per document and situation: the graph the hand-off diagrams draw.
 * A body is the set of roles an entry names together (学校、幼儿园、医疗机构… report alike; a
 * joint assessment is one box, not a clique of nine), so the picture keeps the document's own
 * grouping. An edge is a hand-off found in the catalogue's case entries: a `then` link that
 * applies to the situation, to the body of the entry it leads to (its basis as the catalogue
 * records it: `text`, or `inferred`, drawn dashed), and a `notify` to bodies no such link already
 * reaches (the document names whom to tell, so its basis is the text). An edge carries the time
 * words of the entry that hands on (第一时间, 立即 …), the document's own words.
 */
import { ROLES, type RoleId, type SituationId } from '../glossary.ts';
import type { CataloguedDuty } from './schema.ts';
import { SITUATION_ORDER, byRoleOrder } from './order.ts';

export interface HandoffBody {
  /** The roles joined by "+", in glossary order: a stable id for the picture. */
  id: string;
  roles: RoleId[];
}

export interface HandoffEdge {
  from: string;
  to: string;
  /** The document's time words on the entries behind this edge (deduplicated), possibly none. */
  deadlines: string[];
  /** `text` if any entry behind the edge rests on the text; `inferred` if all are our reading. */
  basis: 'text' | 'inferred';
  /** The entries behind the edge (ids), for citations. */
  duties: string[];
}

export interface HandoffGraph {
  document: string;
  situation: SituationId;
  /** The bodies on the diagram, in order of their first role in the glossary. */
  bodies: HandoffBody[];
  edges: HandoffEdge[];
}

type Case = Extract<CataloguedDuty, { kind: 'case' }>;
const isCase = (d: CataloguedDuty): d is Case => d.kind === 'case';

const bodyOf = (roles: readonly string[]): HandoffBody => {
  const sorted = byRoleOrder([...new Set(roles)]) as RoleId[];
  return { id: sorted.join('+'), roles: sorted };
};

/** The hand-off graph of one document in one situation (no edges where the document names none). */
export function handoffGraph(duties: readonly CataloguedDuty[], document: string, situation: SituationId): HandoffGraph {
  const byId = new Map(duties.map((d) => [d.id, d]));
  const bodies = new Map<string, HandoffBody>();
  const edges = new Map<string, HandoffEdge>();
  const add = (from: HandoffBody, to: HandoffBody, duty: Case, basis: 'text' | 'inferred') => {
    if (from.id === to.id || !to.roles.length) return;
    bodies.set(from.id, from);
    bodies.set(to.id, to);
    const key = `${from.id}>${to.id}`;
    const edge = edges.get(key) ?? { from: from.id, to: to.id, deadlines: [], basis, duties: [] };
    if (basis === 'text') edge.basis = 'text';
    const words = duty.deadline?.words;
    if (words && !edge.deadlines.includes(words)) edge.deadlines.push(words);
    if (!edge.duties.includes(duty.id)) edge.duties.push(duty.id);
    edges.set(key, edge);
  };
  for (const duty of duties) {
    if (duty.document !== document || !isCase(duty) || !duty.situations.includes(situation)) continue;
    const from = bodyOf(duty.roles);
    const reached = new Set<string>();
    for (const link of duty.then) {
      const next = link.when.includes(situation) ? byId.get(link.duty) : undefined;
      if (!next) continue;
      const to = bodyOf(next.roles);
      to.roles.forEach((r) => reached.add(r));
      // A link to a body the entry itself tells rests on the text, whatever the link's own basis.
      add(from, to, duty, to.roles.some((r) => duty.notify.includes(r)) ? 'text' : link.basis);
    }
    add(from, bodyOf(duty.notify.filter((r) => !reached.has(r) && !from.roles.includes(r))), duty, 'text');
  }
  const list = [...edges.values()];
  const at = (b: HandoffBody) => ROLES.findIndex((r) => r.id === b.roles[0]);
  const ordered = [...bodies.values()].sort((a, b) => at(a) - at(b) || a.roles.length - b.roles.length || a.id.localeCompare(b.id));
  return { document, situation, bodies: ordered, edges: list };
}

/** The situations of a document that have at least one hand-off, in the pages' order (danger first). */
export function handoffSituations(duties: readonly CataloguedDuty[], document: string): SituationId[] {
  return SITUATION_ORDER.filter((s) => handoffGraph(duties, document, s).edges.length > 0);
}

/**
 * A graph as text, one line per body that hands on, in the order the case travels (breadth first
 * from the bodies nobody hands to): 学校 → 公安机关（第一时间）、民政部门. Linear in the edges, so a
 * dense graph never multiplies into paths.
 */
export function senderLines(graph: HandoffGraph): { from: string; edges: HandoffEdge[] }[] {
  const out = new Map<string, HandoffEdge[]>();
  for (const e of graph.edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const targets = new Set(graph.edges.map((e) => e.to));
  const ids = graph.bodies.map((b) => b.id);
  const queue = ids.filter((b) => out.has(b) && !targets.has(b));
  const seen = new Set<string>(queue);
  const lines: { from: string; edges: HandoffEdge[] }[] = [];
  const visit = (body: string) => {
    const edges = out.get(body);
    if (!edges) return;
    lines.push({ from: body, edges });
    for (const e of edges) if (!seen.has(e.to)) { seen.add(e.to); queue.push(e.to); }
  };
  while (queue.length) visit(queue.shift()!);
  // Bodies only reachable inside a cycle: after the rest, in glossary order.
  for (const b of ids) if (out.has(b) && !seen.has(b)) { seen.add(b); visit(b); while (queue.length) visit(queue.shift()!); }
  return lines;
}
