/**
 * The words the duty pages use for the duty views: kinds of deadline, a role's other names, a
 * document's silence and the marks of difference. Wording lives here, with the components; the
 * duty layer gives only the data (src/duties/).
 */
import { DEADLINES, ROLES, type DeadlineId, type Term } from '../../glossary.ts';
import type { Mark } from '../../duties/compare.ts';

/** The kind of a deadline with the documents' synonyms: 第一时间／立即／及时. */
export function deadlineKind(id: DeadlineId): string {
  const term: Term = DEADLINES.find((d) => d.id === id)!;
  return [term.zh, ...(term.also ?? [])].join('／');
}

/** The documents' other words for a role (学校: 中小学校, 教师, 班主任), for the role pages. */
export function roleSynonyms(id: string): readonly string[] {
  const term: Term | undefined = ROLES.find((r) => r.id === id);
  return term?.also ?? [];
}


/** The words for a document's silence: plain, or limited to the surviving text. */
export function silence(incomplete: boolean): string {
  return incomplete ? '现存文本未规定' : '本文件未规定';
}

/** Who has a rule only some documents have: 仅泗县有, or, when most have it, 龙里县未规定. */
export function presence(
  x: { documents: readonly string[]; missing: readonly string[] },
  place: (document: string) => string,
  incomplete: (document: string) => boolean = () => false,
): string {
  const names = (docs: readonly string[]) => docs.map(place).join('、');
  const silent = x.missing.map((d) => `${place(d)}${incomplete(d) ? '（原文有缺失）' : ''}`).join('、');
  return x.missing.length < x.documents.length ? `${silent}未规定` : `仅${names(x.documents)}有`;
}

/** The words of a mark of difference; `place` names a document by its place (泗县). */
export function markLabel(mark: Mark, place: (document: string) => string, incomplete?: (document: string) => boolean): string {
  const names = (docs: readonly string[]) => docs.map(place).join('、');
  switch (mark.kind) {
    case 'only':
      return presence(mark, place, incomplete);
    case 'deadline-only':
      return `「${DEADLINES.find((d) => d.id === mark.deadline)!.zh}」仅${names(mark.documents)}`;
    case 'roles-differ':
      return '由谁来做：各文件不同';
    case 'notify-differ':
      return '告诉谁：各文件不同';
    case 'words-differ':
      return '时限用语不同';
    case 'law-only':
      return '各文件未规定，法律有规定';
  }
}

/** The mark on the work a role does for another body: 以村（居）委会名义 (the documents' short name for the village committee). */
export function onBehalfLabel(actsFor: string, name: (id: string) => string): string {
  return `以${actsFor === 'village-committee' ? '村（居）委会' : name(actsFor)}名义`;
}

/** The parts of a role page after its situations, by anchor: the page's headings, and the words search files a duty under. */
export const ROLE_PARTS = {
  entitlements: '可以为孩子和家庭提供的帮助',
  programme: '常规工作任务',
  sanctions: '由您追究的责任',
  incoming: '您会收到…',
} as const;
