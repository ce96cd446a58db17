/**
 * The domain's words and the one identifier each takes in code (GLOSSARY.md, plus the rows
 * this project added, marked "added"). Every schema, id, file name and UI label comes from here.
 * Add a row here before naming a new thing; never a second name for a term that is here.
 */
import * as z from 'zod';
import { FACTS } from './facts.ts';

export interface Term {
  /** The identifier used in data, URLs and code. */
  id: string;
  /** The Chinese term shown to readers (the first of the document's synonyms). */
  zh: string;
  /** The document's other words for the same term, for search and matching. */
  also?: readonly string[];
  /** English gloss, for code readers. */
  en: string;
}

const terms = <const T extends readonly Term[]>(rows: T) => rows;

/** Who: roles that act and bodies that are told. */
export const ROLES = terms([
  { id: 'school', zh: '学校', also: ['中小学校', '教师', '班主任'], en: 'school, teacher' },
  { id: 'kindergarten', zh: '幼儿园', en: 'kindergarten' },
  { id: 'medical', zh: '医疗机构', also: ['医疗卫生机构', '医生'], en: 'medical institution, doctor, nurse' },
  { id: 'village-committee', zh: '村（居）民委员会', also: ['村(居)委会', '村（社区）', '村干部'], en: 'village committee, village cadre' },
  { id: 'child-director', zh: '儿童主任', also: ['儿童福利主任'], en: 'child director' },
  { id: 'child-supervisor', zh: '儿童督导员', en: 'child welfare supervisor (township)' },
  { id: 'township', zh: '乡镇人民政府', also: ['街道办事处', '镇（街道）', '乡镇（开发区）'], en: 'township government, sub-district office' },
  { id: 'police', zh: '公安机关', also: ['派出所', '县公安局'], en: 'police' },
  { id: 'civil-affairs', zh: '民政部门', also: ['民政局'], en: 'civil affairs department' },
  { id: 'education-bureau', zh: '教育部门', also: ['教育局', '教体局'], en: 'education bureau' },
  { id: 'relief-institution', zh: '救助管理机构', also: ['未成年人救助保护中心', '未成年人救助保护机构'], en: 'relief and protection institution' },
  { id: 'welfare-institution', zh: '福利机构', also: ['儿童福利机构', '社会福利机构'], en: 'child welfare institution' },
  { id: 'social-work-agency', zh: '社会工作服务机构', en: 'social work agency' },
  { id: 'court', zh: '人民法院', en: "people's court" },
  { id: 'procuratorate', zh: '人民检察院', also: ['检察机关', '县检察院'], en: 'procuratorate' },
  { id: 'legal-aid', zh: '司法局', also: ['法律援助机构', '司法机关'], en: 'justice bureau, legal aid' },
  { id: 'health-bureau', zh: '卫生健康部门', also: ['卫生计生', '卫计局', '卫健委'], en: 'health bureau' },
  { id: 'womens-federation', zh: '妇联', en: "women's federation" },
  { id: 'youth-league', zh: '共青团', also: ['团县委'], en: 'Communist Youth League' },
  { id: 'elders-committee', zh: '关工委', en: 'committee for the care of the next generation' },
  { id: 'disabled-federation', zh: '残联', en: "disabled persons' federation" },
  { id: 'parent', zh: '父母', also: ['监护人', '外出务工父母'], en: 'parent, guardian' },
  { id: 'entrusted-guardian', zh: '受委托监护人', also: ['受委托人'], en: 'entrusted guardian' },
  { id: 'citizen', zh: '其他公民、社会组织', en: 'any member of the public' },
  // added: bodies the documents task that GLOSSARY.md does not name yet.
  { id: 'finance-bureau', zh: '财政部门', also: ['财政局'], en: 'finance bureau (added)' },
  { id: 'human-resources', zh: '人社部门', also: ['人社局'], en: 'human resources and social security bureau (added)' },
  { id: 'medical-insurance', zh: '医保部门', also: ['医保局'], en: 'medical insurance bureau (added)' },
  { id: 'supervision-office', zh: '督查督办局', en: 'county inspection office (added)' },
  { id: 'comprehensive-governance', zh: '综治办', en: 'comprehensive governance office (added)' },
  { id: 'relative', zh: '近亲属', also: ['其他近亲属', '亲属'], en: 'close relative (added)' },
  { id: 'trade-union', zh: '工会', en: 'trade union (added)' },
  { id: 'housing-bureau', zh: '住建部门', also: ['住建城乡建设部门'], en: 'housing and urban-rural development bureau (added)' },
  { id: 'county-government', zh: '县级人民政府', also: ['县政府', '区人民政府', '各区'], en: 'county or district government (added)' },
  { id: 'poverty-alleviation', zh: '扶贫部门', also: ['扶贫局', '县扶贫局'], en: 'poverty alleviation bureau (added)' },
  // The body that sanctions a reporter who did not report (其上级机关和有关部门要严肃追责): named by
  // the documents only by its relation to the one sanctioned, so one role, not a guess at a bureau.
  { id: 'superior-authority', zh: '上级机关和有关部门', also: ['其上级机关和有关部门'], en: "the sanctioned body's superior organ and the departments concerned (added)" },
] as const);

/** What: mechanisms and acts. */
export const MECHANISMS = terms([
  { id: 'mandatory-report', zh: '强制报告', en: 'mandatory reporting' },
  { id: 'emergency-response', zh: '应急处置', en: 'emergency response' },
  { id: 'assessment-support', zh: '评估帮扶', en: 'assessment and support' },
  { id: 'guardianship-intervention', zh: '监护干预', en: 'guardianship intervention' },
  { id: 'screening', zh: '预警排查', also: ['定期走访', '摸底排查'], en: 'screening and regular visits' },
  { id: 'entrusted-care', zh: '委托监护', also: ['委托照护'], en: 'entrusted guardianship' },
  { id: 'temporary-care', zh: '临时监护', also: ['临时监护照料'], en: 'temporary guardianship' },
  { id: 'fallback-guardianship', zh: '兜底监护', en: 'state fallback guardianship' },
  { id: 'admonish', zh: '训诫', en: 'formal admonition' },
  { id: 'warning-letter', zh: '告诫书', en: 'written warning' },
  { id: 'protection-order', zh: '人身保护令', en: 'personal protection order' },
  { id: 'revoke-guardianship', zh: '撤销监护人资格', en: 'revocation of guardianship' },
  { id: 'dropout-prevention', zh: '控辍保学', also: ['劝返复学'], en: 'dropout prevention' },
  { id: 'household-registration', zh: '户籍登记', en: 'household registration' },
  { id: 'missing-child-search', zh: '儿童失踪快速查找机制', en: 'rapid search for a missing child' },
  { id: 'case-record', zh: '一人一档', also: ['信息台账'], en: 'one record per child' },
  // added
  { id: 'basic-living', zh: '基本生活保障', en: 'basic living support (added)' },
  { id: 'medical-support', zh: '医疗康复保障', en: 'medical and rehabilitation support (added)' },
  { id: 'education-support', zh: '教育资助', en: 'education support (added)' },
  { id: 'legal-assistance', zh: '法律援助', en: 'legal assistance (added)' },
  { id: 'care-services', zh: '关爱服务', also: ['心理疏导', '家庭教育指导'], en: 'care services (added)' },
  { id: 'hotline', zh: '12355未成年人保护专线', en: 'the 12355 protection line (added)' },
  { id: 'accountability', zh: '追责', en: 'accountability for failing a duty (added)' },
  { id: 'periodic-report', zh: '信息报送', also: ['书面报告', '定期报告'], en: 'periodic reporting (added)' },
  { id: 'family-guardianship', zh: '家庭监护', also: ['家庭监护主体责任', '监护监督'], en: "parents' own duty of care and its supervision (added)" },
] as const);

/** Which child: the situations that trigger duties. */
export const SITUATIONS = terms([
  { id: 'left-behind-child', zh: '留守儿童', en: 'left-behind child' },
  { id: 'child-in-difficulty', zh: '困境儿童', en: 'child in difficulty' },
  { id: 'de-facto-unsupported', zh: '事实无人抚养儿童', also: ['事实无人监护'], en: 'de facto unsupported child' },
  { id: 'living-alone', zh: '脱离监护单独居住生活', also: ['单独居住生活', '无人监护'], en: 'living alone without a guardian' },
  { id: 'missing', zh: '失踪', en: 'missing' },
  { id: 'guardian-failing', zh: '监护人丧失监护能力或不履行监护责任', also: ['监护缺失'], en: 'guardian unable or failing to care' },
  { id: 'abuse', zh: '家庭暴力', also: ['虐待', '遗弃'], en: 'domestic violence, maltreatment, abandonment' },
  { id: 'harm', zh: '意外伤害或不法侵害', en: 'accidental injury or unlawful harm' },
  { id: 'dropout', zh: '失学辍学', also: ['无故不到校', '无故旷课'], en: 'out of school, unexcused absence' },
  { id: 'unregistered', zh: '无户籍', en: 'no household registration' },
  // added
  { id: 'parents-leaving', zh: '父母外出务工', en: 'parents leaving to work away (added)' },
  { id: 'parents-unreachable', zh: '联系不上父母', also: ['联系不上留守儿童父母', '暂时联系不上外出务工父母'], en: 'parents cannot be reached (added)' },
] as const);

/** When: deadlines as the documents say them. */
export const DEADLINES = terms([
  { id: 'immediately', zh: '第一时间', also: ['立即', '及时', '迅速', '随时'], en: 'at once' },
  { id: 'after-one-week', zh: '超过一个星期', en: 'after more than a week' },
  { id: 'quarterly', zh: '每季度', also: ['每季度末'], en: 'every quarter' },
  { id: 'six-months', zh: '六个月以上', en: 'six months or more' },
  { id: 'holidays', zh: '寒暑假等重点时段', en: 'winter and summer holidays' },
  // added
  { id: 'regularly', zh: '定期', en: 'regularly, no interval set (added)' },
  { id: 'annually', zh: '每年', en: 'every year (added)' },
  { id: 'dated', zh: '限期', en: 'by a date the document gives (added)' },
  // added with the national laws
  { id: 'within-72-hours', zh: '七十二小时内', en: 'within 72 hours (added: 反家庭暴力法 第二十八条)' },
  { id: 'within-a-month', zh: '一个月以内', en: 'within a month (added: 户口登记条例 第七条)' },
  { id: 'weekly', zh: '每周', also: ['至少每周'], en: 'every week, at least (added: 未成年人保护法 第二十三条)' },
] as const);

/** Levels of government a document comes from. */
export const LEVELS = terms([
  { id: 'national', zh: '国家', en: 'national' },
  { id: 'province', zh: '省级', en: 'province' },
  { id: 'city', zh: '市级', en: 'city' },
  { id: 'county', zh: '县级', en: 'county' },
  { id: 'township-template', zh: '乡镇范本', en: 'township template' },
] as const);

/**
 * Facts a walkthrough asks about and a duty entry turns on: the ids live in src/facts.ts, which
 * holds no schema, so a walkthrough's island (which needs the ids, not the schemas) bundles no zod.
 */
export { FACTS };
export const FactId = z.enum(FACTS);
export type FactId = z.output<typeof FactId>;
/** An answer to a fact's question. */
export type AnswerValue = 'yes' | 'no';
/** The answers given so far, by fact. */
export type Answers = Partial<Record<FactId, AnswerValue>>;

type Ids<T extends readonly Term[]> = T[number]['id'];
const ids = <T extends readonly Term[]>(rows: T) =>
  rows.map((r) => r.id) as [Ids<T>, ...Ids<T>[]];

export const RoleId = z.enum(ids(ROLES));
export const MechanismId = z.enum(ids(MECHANISMS));
export const SituationId = z.enum(ids(SITUATIONS));
export const DeadlineId = z.enum(ids(DEADLINES));
export const LevelId = z.enum(ids(LEVELS));
export type RoleId = z.output<typeof RoleId>;
export type MechanismId = z.output<typeof MechanismId>;
export type SituationId = z.output<typeof SituationId>;
export type DeadlineId = z.output<typeof DeadlineId>;
export type LevelId = z.output<typeof LevelId>;

const byId = new Map<string, Term>(
  [...ROLES, ...MECHANISMS, ...SITUATIONS, ...DEADLINES, ...LEVELS].map((t) => [t.id, t]),
);

/** The Chinese label of any glossary id (throws on an unknown id: a typo must not reach a page). */
export function zh(id: string): string {
  const term = byId.get(id);
  if (!term) throw new Error(`glossary: unknown id "${id}" (add it to src/glossary.ts first)`);
  return term.zh;
}
