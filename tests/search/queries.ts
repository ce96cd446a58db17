/**
 * The search's test set: queries as people type them, each with where it must lead.
 * `kind`: 'policy' (the documents' own terms) or 'everyday' (how grandparents, parents, teachers,
 * village cadres and child directors ask: everyday words, whole questions, dialect, typos).
 * `expect`: the places that answer it, any one of which among the first five results counts:
 * `<document>#<section>` (a section at or below that heading, or a duty whose clause is there),
 * `<document>` (anything of that document), `walkthrough:<situation>` (that situation's walkthrough).
 * Sections were read, not guessed: each listed section says what the query asks about.
 * Run by tests/unit/search-queries.test.ts (on the fixture of the built index) and by `npm run bench`
 * (on dist/), which report recall at 5 for each kind.
 */
export interface TestQuery {
  q: string;
  kind: 'policy' | 'everyday';
  /** Who would type it (for spread; not used in scoring). */
  who: 'grandparent' | 'parent' | 'teacher' | 'cadre' | 'child-director' | 'police' | 'doctor' | 'official';
  expect: readonly string[];
}

export const ALONE = ['walkthrough:living-alone', 'longli-2017#s5-2-1', 'ningcheng-2017#s3-2', 'ningcheng-2017#s3-3', 'sixian-2020#s2-1-6', 'template-township#s3-1', 'template-township#s3-2', 'wuhai-2016#s3'];
export const UNREACHABLE = ['walkthrough:parents-unreachable', 'longli-2017#s5-1-2', 'template-township#s3-2', 'wuhai-2016#s3'];
export const ABANDON = ['walkthrough:guardian-failing', 'longli-2017#s5-1-3', 'ningcheng-2017#s3-5', 'template-township#s3-4', 'wuhai-2016#s3', 'sixian-2020#s2-2-9'];
export const MISSING = ['walkthrough:missing', 'longli-2017#s5-2-1', 'ningcheng-2017#s3-2', 'ningcheng-2017#s3-3', 'sixian-2020#s2-1-6', 'template-township#s3-1', 'template-township#s3-2', 'wuhai-2016#s3'];
export const ABUSE = ['walkthrough:abuse', 'longli-2017#s5-1-3', 'ningcheng-2017#s3-2', 'ningcheng-2017#s3-3', 'ningcheng-2017#s3-5', 'sixian-2020#s2-1-6', 'sixian-2020#s2-2-9', 'template-township#s3-1', 'template-township#s3-2', 'template-township#s3-4', 'wuhai-2016#s3'];
export const DROPOUT = ['walkthrough:dropout', 'longli-2017#s5-3', 'template-township#s2', 'ningcheng-2017#s2-3', 'wuhai-2016#s2-3'];
export const HUKOU = ['walkthrough:unregistered', 'longli-2017#s5-4', 'sixian-2020#s2-2-9', 'sixian-2020#s3-2'];
export const MEDICAL = ['walkthrough:child-in-difficulty', 'longli-2017#s5-5-3', 'sixian-2020#s2-1-3'];
export const TEMP_CARE = ['longli-2017#s5-1-2', 'ningcheng-2017#s3-5', 'ningcheng-2017#s3-3', 'sixian-2020#s2-1-5', 'template-township#s3-2', 'wuhai-2016#s3'];
export const ENTRUST = ['longli-2017#s5-1-1', 'ningcheng-2017#s2-1', 'ningcheng-2017#s3-5', 'sixian-2020#s2-2-7', 'template-township#s3-4', 'wuhai-2016#s3', 'wuhai-2016#s2-1'];
export const REPORT = ['longli-2017#s5-2', 'ningcheng-2017#s3-2', 'sixian-2020#s2-1-6', 'sixian-2020#s2-2-9', 'template-township#s3-1', 'wuhai-2016#s3'];
export const HARM = ['walkthrough:harm', 'ningcheng-2017#s2-3', 'ningcheng-2017#s3-1', 'ningcheng-2017#s3-2', 'ningcheng-2017#s3-3', 'sixian-2020#s2-1-6', 'template-township#s3-1', 'template-township#s3-2', 'wuhai-2016#s3'];
export const PSYCH = ['longli-2017#s5-1-2', 'ningcheng-2017#s2-2', 'ningcheng-2017#s2-3', 'ningcheng-2017#s3-4', 'sixian-2020#s2-2-8', 'sixian-2020#s3-4', 'template-township#s3-3', 'wuhai-2016#s3', 'wuhai-2016#s2-3'];
export const LIVING = ['walkthrough:child-in-difficulty', 'longli-2017#s5-5', 'sixian-2020#s2-1-2', 'sixian-2020#s2-1-1'];
export const PARENTS_AWAY = ['walkthrough:parents-leaving', 'longli-2017#s5-1-1', 'ningcheng-2017#s2-1', 'sixian-2020#s2-2-7', 'wuhai-2016#s2-1', 'ningcheng-2017#s4'];
export const JAILED = ['sixian-2020#s2-1-1', 'sixian-2020#s2-1-5', 'longli-2017#s5-1-2', 'longli-2017#s5-1-1', ...TEMP_CARE];
export const ADMONISH = ['ningcheng-2017#s3-3', 'sixian-2020#s2-2-9', 'template-township#s3-2', 'wuhai-2016#s3'];
export const VISITS = ['ningcheng-2017#s3-1', 'sixian-2020#s2-1-6', 'template-township#s2', 'longli-2017#s5-7-3', 'wuhai-2016#s4'];
// The holidays: 寒暑假 patrols and visits (宁城 s3-1, 泗县 s2-2-9), 假期日间照料 (宁城 s2-4, 范本 s2).
export const HOLIDAYS = ['ningcheng-2017#s3-1', 'sixian-2020#s2-2-9', 'ningcheng-2017#s2-4', 'template-township#s2'];

// Places for the everyday queries added for issue 16 (item 6), each read from the documents:
/** Boarding schools: 寄宿制学校 (宁城 s2-3, 范本 s2 and s4-2, 乌海 s4, 泗县 s3-3). */
export const BOARDING = ['ningcheng-2017#s2-3', 'template-township#s2', 'template-township#s4-2', 'wuhai-2016#s4', 'sixian-2020#s3-3'];
/** Going to school where the parents work: 随迁子女就近入学 (宁城 s4-3, 乌海 s3), taking the children along (宁城 s2-1). */
export const CITY_SCHOOL = ['ningcheng-2017#s4-3', 'wuhai-2016#s3', 'ningcheng-2017#s2-1'];
/** Help with school costs: 教育资助 and 助学金 (泗县 s2-1-4, s3-2), 不因贫失学 (宁城 s2-3, 范本 s2). */
export const SCHOOL_AID = ['sixian-2020#s2-1-4', 'sixian-2020#s3-2', 'ningcheng-2017#s2-3', 'template-township#s2'];
/** After school and holidays: 四点半学堂 and 儿童之家 (龙里 s5-7-2, s5-7-3), 课后辅导 and 托管 (宁城 s2-4, s2-5, 范本 s2, s4-2, 乌海 s4). */
export const AFTER_SCHOOL = ['longli-2017#s5-7-2', 'longli-2017#s5-7-3', 'ningcheng-2017#s2-4', 'ningcheng-2017#s2-5', 'template-township#s2', 'template-township#s4-2', 'wuhai-2016#s4'];
/** What an entrusting parent signs or tells: 委托监护责任确认书 (龙里 s5-1-1, s6-2), 监护责任书 (宁城 s2-1), 委托照护 told to the village and school (泗县 s2-2-7). */
export const ENTRUST_PAPERS = ['longli-2017#s5-1-1', 'longli-2017#s6-2', 'ningcheng-2017#s2-1', 'sixian-2020#s2-2-7'];
/** The records of left-behind children: 信息采集录入系统 (宁城 s3-1), 台账 and 一人一档 (范本 s2, 乌海 s4), 花名册 sent each quarter (龙里 s7-2). */
export const RECORDS = ['ningcheng-2017#s3-1', 'template-township#s2', 'wuhai-2016#s4', 'longli-2017#s7-2'];
/** Psychological help at school: 心理咨询室 and 心理健康教育 (宁城 s2-3, 泗县 s2-2-8, 范本 s2). */
export const SCHOOL_PSYCH = ['ningcheng-2017#s2-3', 'sixian-2020#s2-2-8', 'template-township#s2'];
/** Children with HIV: 艾滋病病毒感染儿童 (泗县 s2-1-1, s2-1-2, s2-1-4). */
export const HIV = ['sixian-2020#s2-1-1', 'sixian-2020#s2-1-2', 'sixian-2020#s2-1-4'];
/** Parents who do not pay or cheat: 追索抚养费, 恶意弃养, 骗取保障资金 → 失信 (泗县 s2-1-6), shown too on the card of the parents' duty they sanction (s2-2-7); 骗取社会救助 in 社会救助暂行办法 第六十八条. */
export const SUPPORT_DUES = ['sixian-2020#s2-1-6', 'sixian-2020#s2-2-7', 'reg-social-assistance-2019#a68'];

/** A child nobody brings up any more: 事实无人抚养儿童 (泗县 s2-1-1, s2-1-2), the county's fallback guardianship (s2-1-5), and abandonment's places. */
export const UNRAISED = [...ABANDON, 'sixian-2020#s2-1-1', 'sixian-2020#s2-1-2', 'sixian-2020#s2-1-5'];

/** The national laws (issue 17): 未成年人保护法 第二十二、二十三条 (委托照护, 书面告知, 每周联系). */
export const LAW_ENTRUST = ['law-minors-2024#a22', 'law-minors-2024#a23'];
/** 民政 临时监护: 未成年人保护法 第九十二、九十三条, 民法典 第三十一、三十六条. */
export const LAW_TEMP_CARE = ['law-minors-2024#a92', 'law-minors-2024#a93', 'law-civil-code-2020#a31', 'law-civil-code-2020#a36'];
/** 强制报告 in law: 未成年人保护法 第十一条, 反家庭暴力法 第十四条. */
export const LAW_REPORT = ['law-minors-2024#a11', 'law-domestic-violence-2015#a14'];

export const QUERIES: readonly TestQuery[] = [
  // ——— everyday: alone, unreachable parents, abandonment ———
  { q: '孩子一个人在家', kind: 'everyday', who: 'grandparent', expect: ALONE },
  { q: '娃一个人在家咋办', kind: 'everyday', who: 'grandparent', expect: ALONE },
  { q: '家里没大人孩子自己住', kind: 'everyday', who: 'cadre', expect: ALONE },
  { q: '没人照顾的孩子', kind: 'everyday', who: 'cadre', expect: ALONE },
  { q: '放学后没人接的孩子去哪', kind: 'everyday', who: 'teacher', expect: [...ALONE, ...TEMP_CARE] },
  { q: '爸妈电话打不通', kind: 'everyday', who: 'teacher', expect: UNREACHABLE },
  { q: '孩子爸妈联系不上怎么办', kind: 'everyday', who: 'child-director', expect: UNREACHABLE },
  { q: '家长一直关机找不到人', kind: 'everyday', who: 'teacher', expect: UNREACHABLE },
  { q: '孩子爸爸被抓了孩子谁管', kind: 'everyday', who: 'cadre', expect: JAILED },
  { q: '妈妈坐牢了娃没人带', kind: 'everyday', who: 'grandparent', expect: JAILED },
  { q: '爸妈扔下孩子半年不管', kind: 'everyday', who: 'cadre', expect: ABANDON },
  { q: '父母不管孩子', kind: 'everyday', who: 'cadre', expect: ABANDON },
  { q: '把娃丢给老人就不回来了', kind: 'everyday', who: 'grandparent', expect: [...ABANDON, ...ENTRUST] },
  { q: '不配当爹妈能换监护人吗', kind: 'everyday', who: 'cadre', expect: ABANDON },
  // ——— everyday: harm ———
  { q: '老师发现学生挨打要不要报警', kind: 'everyday', who: 'teacher', expect: ABUSE },
  { q: '孩子身上有伤', kind: 'everyday', who: 'doctor', expect: ABUSE },
  { q: '后妈打孩子', kind: 'everyday', who: 'cadre', expect: ABUSE },
  { q: '家爆', kind: 'everyday', who: 'parent', expect: ABUSE },
  { q: '娃被打得青一块紫一块', kind: 'everyday', who: 'grandparent', expect: ABUSE },
  { q: '孩子被人欺负了', kind: 'everyday', who: 'parent', expect: HARM },
  { q: '孩子掉河里溺水', kind: 'everyday', who: 'cadre', expect: HARM },
  { q: '孩子出事了找谁', kind: 'everyday', who: 'grandparent', expect: [...HARM, ...REPORT] },
  // ——— everyday: missing ———
  { q: '孩子走丢了', kind: 'everyday', who: 'grandparent', expect: MISSING },
  { q: '娃不见了咋办', kind: 'everyday', who: 'grandparent', expect: MISSING },
  { q: '孩子离家出走一夜没回', kind: 'everyday', who: 'parent', expect: MISSING },
  { q: '学生失宗', kind: 'everyday', who: 'teacher', expect: MISSING },
  // ——— everyday: school ———
  { q: '孩子不去上学了', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  { q: '娃不想读书了', kind: 'everyday', who: 'grandparent', expect: DROPOUT },
  { q: '学生一个礼拜没来上学', kind: 'everyday', who: 'teacher', expect: ['longli-2017#s5-3'] },
  { q: '缀学', kind: 'everyday', who: 'cadre', expect: DROPOUT },
  { q: '孩子逃学旷课', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  // ——— everyday: papers, money, health ———
  { q: '孩子上不了户口', kind: 'everyday', who: 'parent', expect: HUKOU },
  { q: '没户口的娃怎么上学', kind: 'everyday', who: 'grandparent', expect: HUKOU },
  { q: '黑户', kind: 'everyday', who: 'cadre', expect: HUKOU },
  { q: '孩子看不起病', kind: 'everyday', who: 'grandparent', expect: MEDICAL },
  { q: '娃生病了没钱住院', kind: 'everyday', who: 'grandparent', expect: MEDICAL },
  { q: '家里穷吃不上饭', kind: 'everyday', who: 'cadre', expect: LIVING },
  { q: '孩子残疾有没有补助', kind: 'everyday', who: 'parent', expect: ['longli-2017#s5-5', 'sixian-2020#s2-1-3', 'sixian-2020#s2-1-2', 'sixian-2020#s2-1-1', 'sixian-2020#s2-1-4'] },
  { q: '孩子不爱说话想妈妈', kind: 'everyday', who: 'teacher', expect: PSYCH },
  { q: '孩子心理有问题', kind: 'everyday', who: 'teacher', expect: PSYCH },
  // ——— everyday: care, what to do, who ———
  { q: '爷爷奶奶带孙子', kind: 'everyday', who: 'grandparent', expect: ENTRUST },
  { q: '出去打工孩子托给亲戚', kind: 'everyday', who: 'parent', expect: ENTRUST },
  { q: '外出打工前要做什么', kind: 'everyday', who: 'parent', expect: PARENTS_AWAY },
  { q: '孩子能先住哪', kind: 'everyday', who: 'cadre', expect: TEMP_CARE },
  { q: '临时照顾孩子', kind: 'everyday', who: 'cadre', expect: TEMP_CARE },
  { q: '发现了要跟谁说', kind: 'everyday', who: 'cadre', expect: REPORT },
  { q: '强制抱告', kind: 'everyday', who: 'teacher', expect: REPORT },
  { q: '要多久内报告', kind: 'everyday', who: 'teacher', expect: REPORT },
  { q: '求助电话是多少', kind: 'everyday', who: 'parent', expect: ['sixian-2020#s3-2'] },
  { q: '打110', kind: 'everyday', who: 'grandparent', expect: ['sixian-2020#s2-2-9', 'sixian-2020#s2-1-6'] },
  { q: '村干部要定期上门看看吗', kind: 'everyday', who: 'cadre', expect: VISITS },
  { q: '要给留守娃建档吗', kind: 'everyday', who: 'cadre', expect: ['ningcheng-2017#s2-2', 'template-township#s2', 'wuhai-2016#s4', 'ningcheng-2017#s3-1', 'longli-2017#s5-3', 'longli-2017#s5-4', 'longli-2017#s5-5'] },
  { q: '家长不管要批评教育吗', kind: 'everyday', who: 'police', expect: ADMONISH },
  { q: '警告信', kind: 'everyday', who: 'police', expect: ['sixian-2020#s2-2-9', 'wuhai-2016#s3'] },
  { q: '打官司请律师', kind: 'everyday', who: 'parent', expect: ['ningcheng-2017#s3-4', 'sixian-2020#s3-2', 'template-township#s3-3', 'wuhai-2016#s3'] },
  { q: '没爹没妈的孩子', kind: 'everyday', who: 'cadre', expect: ['sixian-2020#s2-1-1', 'sixian-2020#s2-1-2', 'sixian-2020#s2-1-3', 'sixian-2020#s2-1-4', 'sixian-2020#s3-3'] },
  // ——— everyday, issue 16 item 6: workers' own words on a phone (short, colloquial, common typos) ———
  { q: '孩子不上学了', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  { q: '娃缀学在家', kind: 'everyday', who: 'cadre', expect: DROPOUT },
  { q: '孩子初中没读完就不读了', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  { q: '14岁不上学了能去学技术吗', kind: 'everyday', who: 'cadre', expect: ['longli-2017#s5-3'] },
  { q: '爸妈联系不上', kind: 'everyday', who: 'child-director', expect: UNREACHABLE },
  { q: '孩子爸妈在外地好几个月没消息', kind: 'everyday', who: 'child-director', expect: UNREACHABLE },
  { q: '没有户口', kind: 'everyday', who: 'police', expect: HUKOU },
  { q: '孩子没户籍能上学吗', kind: 'everyday', who: 'teacher', expect: HUKOU },
  { q: '娃还没上户口要去哪办', kind: 'everyday', who: 'parent', expect: HUKOU },
  { q: '爷爷奶奶带的孩子要注意啥', kind: 'everyday', who: 'child-director', expect: ENTRUST },
  { q: '爷爷奶奶年纪大了带不动娃', kind: 'everyday', who: 'grandparent', expect: [...ENTRUST, ...ABANDON] },
  { q: '晚上就他一个人在家', kind: 'everyday', who: 'cadre', expect: ALONE },
  { q: '派出所接到电话说孩子一个人在家', kind: 'everyday', who: 'police', expect: [...ALONE, ...TEMP_CARE] },
  { q: '没人管的娃', kind: 'everyday', who: 'cadre', expect: [...ALONE, ...ABANDON] },
  { q: '监户人不管孩子', kind: 'everyday', who: 'cadre', expect: ABANDON },
  { q: '孩子他妈改嫁了不要娃了', kind: 'everyday', who: 'cadre', expect: ABANDON },
  { q: '父母都出去打工了孩子咋办', kind: 'everyday', who: 'cadre', expect: [...PARENTS_AWAY, ...ENTRUST] },
  { q: '孩子还不到3岁爸妈能都出去打工吗', kind: 'everyday', who: 'parent', expect: ['ningcheng-2017#s2-1'] },
  { q: '托人带孩子要签什么', kind: 'everyday', who: 'parent', expect: ENTRUST_PAPERS },
  { q: '孩子被打了', kind: 'everyday', who: 'grandparent', expect: ABUSE },
  { q: '医生看到孩子身上有烟头烫的伤', kind: 'everyday', who: 'doctor', expect: [...ABUSE, ...HARM] },
  // 乌海 s3 (人身保护令), and 反家庭暴力法 第四章 人身安全保护令 (第二十三条: who may apply).
  { q: '老公打孩子能申请保护令吗', kind: 'everyday', who: 'parent', expect: ['wuhai-2016#s3', 'law-domestic-violence-2015#c4', 'law-domestic-violence-2015#a23'] },
  { q: '孩子被坏人摸了', kind: 'everyday', who: 'parent', expect: [...HARM, ...ABUSE] },
  { q: '孩子在外面受伤了没人送医院', kind: 'everyday', who: 'cadre', expect: HARM },
  { q: '孩子生病没人带去看', kind: 'everyday', who: 'grandparent', expect: MEDICAL },
  { q: '孩子有艾滋病', kind: 'everyday', who: 'doctor', expect: HIV },
  { q: '留守孩子能免费体检吗', kind: 'everyday', who: 'doctor', expect: ['longli-2017#s5-1-4'] },
  { q: '留手儿童有补助吗', kind: 'everyday', who: 'parent', expect: LIVING },
  { q: '家里困难孩子学费交不起', kind: 'everyday', who: 'parent', expect: SCHOOL_AID },
  { q: '残疾孩子上不了学', kind: 'everyday', who: 'parent', expect: ['sixian-2020#s2-1-4', 'sixian-2020#s3-2'] },
  { q: '爸爸不给孩子生活费', kind: 'everyday', who: 'grandparent', expect: [...SUPPORT_DUES, ...ABANDON] },
  { q: '家长骗孩子的补助钱', kind: 'everyday', who: 'cadre', expect: SUPPORT_DUES },
  { q: '孩子住校有人管吗', kind: 'everyday', who: 'parent', expect: BOARDING },
  { q: '放学后孩子没地方去', kind: 'everyday', who: 'teacher', expect: AFTER_SCHOOL },
  { q: '放寒假要去留守娃家看看吗', kind: 'everyday', who: 'cadre', expect: [...HOLIDAYS, ...VISITS] },
  { q: '想跟在外地的爸妈视频', kind: 'everyday', who: 'child-director', expect: ['template-township#s2', 'ningcheng-2017#s2-1'] },
  { q: '打工的人带孩子去城里上学', kind: 'everyday', who: 'parent', expect: CITY_SCHOOL },
  { q: '回老家创业有没有扶持', kind: 'everyday', who: 'parent', expect: ['ningcheng-2017#s4-1'] },
  { q: '村里的留守娃信息要录到哪', kind: 'everyday', who: 'cadre', expect: RECORDS },
  { q: '什么算留守儿童', kind: 'everyday', who: 'cadre', expect: ['longli-2017#s4'] },
  { q: '孩子性格孤僻不合群', kind: 'everyday', who: 'teacher', expect: PSYCH },
  { q: '学校要不要配心理老师', kind: 'everyday', who: 'teacher', expect: SCHOOL_PSYCH },
  // ——— everyday, a second round: more ways of saying the same situations, and typos of the phone's kind (再/在, 故/顾, 公/工, 练习/联系) ———
  { q: '孩子一个人再家', kind: 'everyday', who: 'grandparent', expect: ALONE },
  { q: '没人照故的孩子', kind: 'everyday', who: 'cadre', expect: ALONE },
  { q: '孩子饿着没人做饭', kind: 'everyday', who: 'cadre', expect: [...ALONE, ...LIVING] },
  { q: '爸妈练习不上', kind: 'everyday', who: 'teacher', expect: UNREACHABLE },
  { q: '爸妈在外面一直没消息', kind: 'everyday', who: 'cadre', expect: UNREACHABLE },
  { q: '父母外出务公孩子谁带', kind: 'everyday', who: 'cadre', expect: [...PARENTS_AWAY, ...ENTRUST] },
  { q: '外出打工要给村里说一声吗', kind: 'everyday', who: 'parent', expect: [...ENTRUST_PAPERS, ...PARENTS_AWAY] },
  { q: '奶奶年纪大了管不了孙子', kind: 'everyday', who: 'grandparent', expect: [...ENTRUST, ...ABANDON] },
  { q: '孩子妈妈走了不回来', kind: 'everyday', who: 'cadre', expect: ABANDON },
  { q: '孩子被打得鼻青脸肿', kind: 'everyday', who: 'doctor', expect: ABUSE },
  { q: '孩子身上好多伤疤', kind: 'everyday', who: 'doctor', expect: ABUSE },
  { q: '孩子被性侵', kind: 'everyday', who: 'police', expect: [...HARM, ...ABUSE] },
  { q: '孩子在学校被欺凌', kind: 'everyday', who: 'teacher', expect: HARM },
  { q: '学生打架受伤', kind: 'everyday', who: 'teacher', expect: HARM },
  { q: '孩子被人带走了', kind: 'everyday', who: 'grandparent', expect: MISSING },
  { q: '娃找不着了', kind: 'everyday', who: 'grandparent', expect: MISSING },
  { q: '孩子他爸贩毒被判了', kind: 'everyday', who: 'police', expect: JAILED },
  { q: '孩子想不开要自杀', kind: 'everyday', who: 'teacher', expect: PSYCH },
  { q: '娃整天不说话发呆', kind: 'everyday', who: 'grandparent', expect: PSYCH },
  { q: '没钱给孩子治病', kind: 'everyday', who: 'parent', expect: MEDICAL },
  { q: '孩子要做手术没钱', kind: 'everyday', who: 'parent', expect: MEDICAL },
  { q: '学生老是不来上课', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  { q: '孩子不肯去学校', kind: 'everyday', who: 'parent', expect: DROPOUT },
  { q: '孩子没有出生证明上不了户口', kind: 'everyday', who: 'parent', expect: HUKOU },
  { q: '超生的孩子没户口', kind: 'everyday', who: 'cadre', expect: HUKOU },
  // ——— everyday, a third round (issue 16 item 6): families of words, each from the documents' own terms and the ten
  // situations: injuries and signs of abuse (虐待, 家庭暴力), step- and other relatives (委托监护, 亲属), taken or lost children
  // (拐卖/失踪), nobody bringing a child up (事实无人抚养, 遗弃), money and illness (重病, 医疗救助, 基本生活), refusing school (厌学, 辍学) ———
  { q: '孩子腿上一道一道的伤痕', kind: 'everyday', who: 'doctor', expect: ABUSE },
  { q: '孩子手臂上青紫的', kind: 'everyday', who: 'doctor', expect: ABUSE },
  { q: '娃背上有淤血', kind: 'everyday', who: 'grandparent', expect: ABUSE },
  { q: '孩子被皮带抽', kind: 'everyday', who: 'teacher', expect: ABUSE },
  { q: '学生被家长扇耳光', kind: 'everyday', who: 'teacher', expect: ABUSE },
  { q: '孩子身上有掐的印子', kind: 'everyday', who: 'doctor', expect: ABUSE },
  { q: '继父打孩子', kind: 'everyday', who: 'cadre', expect: ABUSE },
  { q: '后爹老打娃', kind: 'everyday', who: 'grandparent', expect: ABUSE },
  { q: '后娘天天骂娃', kind: 'everyday', who: 'cadre', expect: ABUSE },
  { q: '孩子叔叔打他', kind: 'everyday', who: 'cadre', expect: ABUSE },
  { q: '姥姥带外孙', kind: 'everyday', who: 'grandparent', expect: ENTRUST },
  { q: '娃跟着舅舅过', kind: 'everyday', who: 'cadre', expect: ENTRUST },
  { q: '孩子被人贩子拐走', kind: 'everyday', who: 'police', expect: MISSING },
  { q: '娃被陌生人抱走了', kind: 'everyday', who: 'grandparent', expect: MISSING },
  { q: '孩子拐卖', kind: 'everyday', who: 'police', expect: MISSING },
  { q: '孩子一晚上没回来', kind: 'everyday', who: 'parent', expect: MISSING },
  { q: '学生放学后不知道去哪了', kind: 'everyday', who: 'teacher', expect: MISSING },
  { q: '孩子没人抚养', kind: 'everyday', who: 'cadre', expect: UNRAISED },
  { q: '这孩子爹妈都不要了', kind: 'everyday', who: 'cadre', expect: UNRAISED },
  { q: '孩子爸妈都不养', kind: 'everyday', who: 'grandparent', expect: UNRAISED },
  { q: '娃没人要了', kind: 'everyday', who: 'cadre', expect: UNRAISED },
  { q: '爹妈不要娃了谁来养', kind: 'everyday', who: 'cadre', expect: UNRAISED },
  { q: '孩子得了癌症', kind: 'everyday', who: 'doctor', expect: MEDICAL },
  { q: '娃得了重病要花好多钱', kind: 'everyday', who: 'grandparent', expect: MEDICAL },
  { q: '住院费交不起', kind: 'everyday', who: 'parent', expect: MEDICAL },
  { q: '孩子心脏病手术费', kind: 'everyday', who: 'doctor', expect: MEDICAL },
  { q: '家里欠了一屁股债孩子吃不饱', kind: 'everyday', who: 'cadre', expect: LIVING },
  { q: '家里揭不开锅', kind: 'everyday', who: 'cadre', expect: LIVING },
  { q: '孩子死活不肯上学', kind: 'everyday', who: 'parent', expect: DROPOUT },
  { q: '孩子厌学在家打游戏', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  { q: '学生没毕业就退学', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  { q: '孩子天天说肚子疼不去学校', kind: 'everyday', who: 'parent', expect: DROPOUT },
  { q: '孩子晚上一个人睡', kind: 'everyday', who: 'grandparent', expect: ALONE },
  { q: '家长电话停机了', kind: 'everyday', who: 'teacher', expect: UNREACHABLE },
  { q: '爸妈要去城里上班娃留在老家', kind: 'everyday', who: 'parent', expect: [...PARENTS_AWAY, ...ENTRUST] },
  // ——— policy terms ———
  { q: '单独居住生活', kind: 'policy', who: 'official', expect: ALONE },
  { q: '无人监护', kind: 'policy', who: 'official', expect: [...ALONE, 'longli-2017#s2', 'longli-2017#s5-1'] },
  { q: '强制报告', kind: 'policy', who: 'official', expect: REPORT },
  // Traditional characters (a reader from Hong Kong or Taiwan, or a phone set to them) find the same.
  { q: '強制報告', kind: 'policy', who: 'official', expect: REPORT },
  { q: '应急处置', kind: 'policy', who: 'official', expect: ['ningcheng-2017#s3-3', 'template-township#s3-2', 'wuhai-2016#s3', 'sixian-2020#s2-2-9'] },
  { q: '评估帮扶', kind: 'policy', who: 'official', expect: ['ningcheng-2017#s3-4', 'template-township#s3-3', 'wuhai-2016#s3', 'sixian-2020#s2-2-9'] },
  { q: '监护干预', kind: 'policy', who: 'official', expect: ['ningcheng-2017#s3-5', 'template-township#s3-4', 'sixian-2020#s2-2-9', 'wuhai-2016#s3'] },
  { q: '临时监护', kind: 'policy', who: 'police', expect: TEMP_CARE },
  { q: '委托监护', kind: 'policy', who: 'official', expect: ENTRUST },
  { q: '撤销监护人资格', kind: 'policy', who: 'official', expect: ABANDON },
  { q: '告诫书', kind: 'policy', who: 'police', expect: ['sixian-2020#s2-2-9', 'wuhai-2016#s3'] },
  { q: '训诫', kind: 'policy', who: 'police', expect: ADMONISH },
  { q: '家庭暴力', kind: 'policy', who: 'official', expect: ABUSE },
  { q: '遗弃', kind: 'policy', who: 'official', expect: ABANDON },
  { q: '失踪', kind: 'policy', who: 'police', expect: MISSING },
  { q: '失学辍学', kind: 'policy', who: 'teacher', expect: DROPOUT },
  { q: '輟學', kind: 'policy', who: 'teacher', expect: DROPOUT },
  { q: '控辍保学', kind: 'policy', who: 'teacher', expect: DROPOUT },
  { q: '一个星期', kind: 'policy', who: 'teacher', expect: ['longli-2017#s5-3'] },
  { q: '无户籍', kind: 'policy', who: 'police', expect: HUKOU },
  { q: '户籍登记', kind: 'policy', who: 'police', expect: HUKOU },
  { q: '12355', kind: 'policy', who: 'official', expect: ['sixian-2020#s3-2'] },
  { q: '医疗救助', kind: 'policy', who: 'doctor', expect: MEDICAL },
  { q: '事实无人抚养儿童', kind: 'policy', who: 'child-director', expect: ['sixian-2020#s2-1-1', 'sixian-2020#s2-1-2', 'sixian-2020#s2-1-3', 'sixian-2020#s2-1-4'] },
  { q: '儿童主任', kind: 'policy', who: 'child-director', expect: ['sixian-2020#s3-1', 'sixian-2020#s3-4'] },
  { q: '联系不上', kind: 'policy', who: 'official', expect: UNREACHABLE },
  { q: '六个月以上', kind: 'policy', who: 'official', expect: ['longli-2017#s5-1-3', 'template-township#s3-4', 'wuhai-2016#s3'] },
  { q: '心理疏导', kind: 'policy', who: 'teacher', expect: PSYCH },
  { q: '定期走访', kind: 'policy', who: 'cadre', expect: VISITS },
  { q: '一人一档', kind: 'policy', who: 'cadre', expect: ['ningcheng-2017#s2-2', 'template-township#s2', 'wuhai-2016#s4'] },
  { q: '法律援助', kind: 'policy', who: 'official', expect: ['ningcheng-2017#s3-4', 'sixian-2020#s3-2', 'template-township#s3-3', 'wuhai-2016#s3'] },
  { q: '最低生活保障', kind: 'policy', who: 'official', expect: LIVING },
  { q: '"单独居住生活"', kind: 'policy', who: 'official', expect: ALONE },
  // ——— the national laws (issue 17): each finds the law's article, while the same words' county places stay (临时监护 and 委托监护 above) ———
  { q: '第二十二条', kind: 'policy', who: 'official', expect: ['law-minors-2024#a22'] },
  // 第四十三条 too: the village committee's watch over 委托照护.
  { q: '委托照护', kind: 'policy', who: 'child-director', expect: [...LAW_ENTRUST, 'law-minors-2024#a43'] },
  { q: '临时监护', kind: 'policy', who: 'official', expect: LAW_TEMP_CARE },
  { q: '强制报告 法律', kind: 'policy', who: 'official', expect: LAW_REPORT },
  { q: '父母外出打工要做什么', kind: 'everyday', who: 'parent', expect: LAW_ENTRUST },
  { q: '法律规定爸妈多久要跟孩子联系一次', kind: 'everyday', who: 'parent', expect: ['law-minors-2024#a23'] },
];
/** Further queries the unit tests ask of the fixture (not scored): a quoted phrase no record contains. */
export const PROBES: readonly string[] = ['"孩子在河边钓鱼"'];
