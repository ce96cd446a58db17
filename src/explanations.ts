/**
 * Plain explanations of the documents' terms, for readers who are not officials (a parent working
 * away, a new child director). Our words, general and short: what the term means, never what a
 * particular document requires (that comes from the duty catalogue, with its quote). A page shows
 * an explanation once, beside the first item whose words contain the term.
 */

export interface Explanation {
  /** The term as the documents and our action texts write it. */
  term: string;
  /** Other spellings that count as the same term (the longer ones first is not needed: any match counts). */
  also?: readonly string[];
  /** One or two short sentences in plain Chinese. */
  plain: string;
}

export const EXPLANATIONS: readonly Explanation[] = [
  { term: '委托监护', also: ['代为监护', '委托他人监护', '委托照护'], plain: '父母外出时，把照顾、保护孩子的事托付给有能力的亲属或其他成年人。父母仍然是孩子的监护人，责任并不因此转走。' },
  { term: '受委托监护人', also: ['受委托人', '委托监护人'], plain: '接受父母委托、在父母不在家时照顾孩子的人，比如祖父母、外祖父母或其他亲友。' },
  { term: '监护责任书', also: ['监护责任确认书'], plain: '一份书面约定：写明孩子由谁照顾，照顾的人和父母各自负什么责任，签字后各留一份。' },
  { term: '监护', also: ['监护人', '监护责任', '监护职责'], plain: '照顾孩子的生活、保护孩子的安全和权益、教育孩子。父母是孩子的监护人。' },
  { term: '脱离监护单独居住生活', also: ['单独居住生活', '独自居住'], plain: '孩子身边没有大人照顾，一个人（或只和别的孩子）生活。' },
  { term: '临时监护', plain: '孩子一时没人照顾或处境危险时，由政府部门或机构先把孩子安置、照顾起来，直到有合适的人照顾。' },
  { term: '撤销监护人资格', also: ['撤销监护人'], plain: '监护人严重伤害孩子或长期不管孩子时，法院根据亲属或有关单位的申请，取消其监护人身份，另外指定监护人。' },
  { term: '事实无人抚养', plain: '父母虽然在世，但因重病、重残、服刑、失联等原因，实际上没有人抚养的孩子。' },
  { term: '强制报告', plain: '老师、医生、村干部等人在工作中发现孩子可能受到伤害或处境危险时，必须马上报告，不能不报。' },
  { term: '义务教育', plain: '小学和初中共九年，适龄孩子都必须上学，不收学费、杂费。' },
  { term: '学前教育', also: ['入园'], plain: '孩子上小学以前在幼儿园受的教育。' },
  { term: '控辍保学', also: ['劝返'], plain: '防止孩子不上学，把已经不上学的孩子劝回学校。' },
  { term: '训诫', plain: '公安机关或法院当面严肃批评做错事的人，责令其改正。' },
  { term: '告诫书', plain: '公安机关对实施家庭暴力的人出具的书面警告。' },
  { term: '村（居）委会', also: ['村（居）民委员会', '村委会', '村（社区）'], plain: '村民委员会或社区居民委员会，也就是村委会、居委会。' },
  { term: '儿童主任', plain: '村（社区）里专门负责关心、帮助孩子的工作人员，有事可以先找他（她）。' },
  { term: '法律援助', plain: '为请不起律师的人免费提供法律帮助。' },
];

/** The explanations whose term (or a variant) the words contain. */
export function termsIn(words: string): Explanation[] {
  return EXPLANATIONS.filter((e) => [e.term, ...(e.also ?? [])].some((t) => words.includes(t)));
}

/**
 * For a list of items in page order, which explanations to show beside which item: each term
 * once, at the first item whose words contain it. Returns, per item, the explanations to show there.
 */
export function firstMentions(items: readonly string[]): Explanation[][] {
  const shown = new Set<string>();
  return items.map((words) => {
    const fresh = termsIn(words).filter((e) => !shown.has(e.term));
    fresh.forEach((e) => shown.add(e.term));
    return fresh;
  });
}
