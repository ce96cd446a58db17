/**
 * How the role question names each role: as a person would say who they are. A role without a
 * row here is named by its glossary term.
 */
import { zh, type RoleId } from '../../glossary.ts';

const ROLE_LABEL: Partial<Record<RoleId, string>> = {
  school: '老师 / 学校',
  kindergarten: '幼儿园老师',
  medical: '医生 / 护士',
  'village-committee': '村（居）干部',
  'child-director': '儿童主任',
  'child-supervisor': '乡镇儿童督导员',
  township: '乡镇（街道）工作人员',
  police: '民警 / 派出所',
  parent: '孩子的父母',
  'entrusted-guardian': '受父母委托照看孩子的人',
  relative: '孩子的亲属',
  citizen: '其他人（邻居、亲友）',
};

export const roleLabel = (role: RoleId): string => ROLE_LABEL[role] ?? zh(role);

/** Whether the role is a person's own (a teacher, a cadre, a parent) rather than a department's or an institution's. */
export const isPersonal = (role: RoleId): boolean => role in ROLE_LABEL;
