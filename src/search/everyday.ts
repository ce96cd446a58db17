/**
 * How people ask → the documents' words. Data only (read by synonyms.ts and plan.ts).
 *
 * Written from how grandparents, parents, teachers, village cadres and child directors put it:
 * everyday words, whole questions, dialect (娃, 咋办, 啷个), and the typos a phone keyboard makes
 * (缀学, 户藉). Each row: what people say (a query containing any of these matches the row), and
 * what to look for instead: glossary terms (their names and `also` words) and words printed in the
 * documents. `roles`: the roles the words name: a duty those roles carry ranks first, and the row's
 * words are searched only when nothing else in the query matched a row (老师 alone looks for 学校;
 * in 老师发现学生挨打 it only ranks the school's duties first).
 * Keep each row to what the documents really say: a word here that no document prints finds nothing.
 * Tested by tests/search/queries.ts (the query test set) through the unit tests and `npm run bench`.
 */

export interface EverydayRow {
  say: readonly string[];
  /** Glossary ids: the term's Chinese name and its `also` words are searched. */
  terms?: readonly string[];
  /** Words printed in the documents that are not glossary names. */
  words?: readonly string[];
  /** Roles the words name (glossary ids). */
  roles?: readonly string[];
  /**
   * The row says what happened, though it names roles too (残疾: the disabled persons' federation's
   * duties rank first): its words are searched like any situation's, not only when nothing else matched.
   */
  situation?: true;
}

/** Words that carry no meaning for the search (question words, dialect words for "child"). Removed before matching. */
export const FILLER: readonly string[] = [
  '怎么办', '咋办', '咋整', '咋弄', '怎么弄', '怎么搞', '怎搞', '啷个办', '啷个', '怎么', '咋个', '咋',
  '该怎么', '要不要', '能不能', '可不可以', '应不应该', '有没有', '是不是', '谁管', '找谁', '去哪', '去哪里', '去哪儿',
  '请问', '求助', '帮帮', '俺们', '俺家', '俺', '？', '?', '！', '!', '。', '，', ',',
];

/** One-character words that carry no meaning at the end of a question (…吗, …了), removed only there: inside a word they are part of it (了解, 目的). */
export const TRAILING: readonly string[] = ['急', '吗', '呢', '啊', '呀', '吧', '了', '的'];

/** One-character words that carry no meaning at the start of a question (急！…), removed only there (应急处置 keeps its 急). */
export const LEADING: readonly string[] = ['急'];

/** Words too common in these documents to mean anything on their own: never looked up alone (plan.ts), nor as a related phrase (synonyms.ts). */
export const COMMON: readonly string[] = ['怎么办', '怎么样', '一个', '没有', '什么', '怎么', '如何', '可以', '我们', '他们', '孩子', '儿童', '工作', '我的', '自己', '时候', '应该', '需要', '这个', '那个', '的话', '留守', '留守儿童', '要不要', '谁管', '哪里', '咋办'];

/**
 * Words that ask what the national laws say (强制报告 法律, 法律规定爸妈多久…): removed from the
 * phrases to find, they rank the laws' records first (plan.ts, rank.ts). Not inside a longer
 * phrase of the vocabulary: 法律援助 is legal aid.
 */
export const LAW_WORDS: readonly string[] = ['法律规定', '法律上', '国家法律', '国家规定', '法律', '法条', '哪条法', '哪部法'];

/** Dialect and everyday words for "child": read as 孩子, then dropped like other filler. */
export const CHILD_WORDS: readonly string[] = ['娃娃', '娃儿', '娃子', '小娃', '娃', '伢子', '伢', '崽崽', '崽', '孩儿', '小孩儿', '小孩子', '小孩', '孩子', '小朋友', '学生', '儿童', '闺女', '儿子', '孙子', '孙女', '外孙'];

/*
 * Families of words, by kind (issue 16 item 6, third round): each kind of thing people say, from the
 * documents' own terms and the ten situations, so that words nobody tested still land (淤血 like 淤青,
 * 继父 like 后妈). Single characters stand for a whole kind where, in these questions, they mean
 * nothing else: 病, 癌, 瘤 (any illness), 拐 (taken), 骂 (abuse in words).
 */

/** Marks on the body and ways of hurting a child: 虐待, 家庭暴力 (the abuse walkthrough). */
export const INJURIES: readonly string[] = [
  '淤青', '瘀青', '淤血', '瘀血', '青紫', '发紫', '紫一块', '青一块', '血印', '伤口', '掐', '拧', '抽打', '皮带', '鞭子', '用棍子',
  '扇耳光', '打耳光', '耳光', '踢打', '罚跪', '骂', '辱骂', '烫', '饿着不给吃',
];
/** Step-parents and the like: parents in the documents' sense (监护人), so the parents' duties rank first. */
export const STEP_PARENTS: readonly string[] = ['后妈', '后爸', '后爹', '后娘', '继父', '继母', '养父', '养母', '干爹', '干妈'];
/** Other relatives a child is left with: 委托监护, 受委托监护人 (亲属). */
export const RELATIVES: readonly string[] = [
  '外祖父', '外祖母', '祖父', '祖母', '姥爷', '舅舅', '舅妈', '姑姑', '姑妈', '姑父', '姨妈', '小姨', '姨父', '叔叔', '婶婶', '伯伯', '大伯', '伯母', '亲戚', '亲属', '哥哥', '姐姐',
];
/** A child taken or not come back: 失踪, 拐卖 (the missing walkthrough). */
export const TAKEN: readonly string[] = ['拐', '被拐', '拐走', '拐卖', '人贩子', '没回来', '还没回来', '夜不归宿', '一夜未归', '不知道去哪', '不知去向', '下落不明', '去向不明'];
/** A parent's phone that cannot be reached: 联系不上 (the parents-unreachable walkthrough). */
export const PHONE_DOWN: readonly string[] = ['停机', '欠费停机', '无法接通', '不在服务区', '换号', '换了号', '换号码', '号码换了', '电话停了'];
/** Parents working away from home: 外出务工 (the parents-leaving walkthrough). */
export const WORK_AWAY: readonly string[] = ['进城打工', '去城里', '城里上班', '出去上班', '外出上班', '出去工作', '外出工作', '留在老家', '放老家', '在老家'];
/** Nobody bringing the child up: 事实无人抚养, 遗弃 (the guardian-failing walkthrough). */
export const UNRAISED: readonly string[] = ['没人养', '没人抚养', '无人抚养', '没人要', '不要了', '不要这孩子', '不要这个孩子', '不想要', '不想养', '不养了', '养不了', '不肯要', '不认这孩子'];
/** Illness and its costs: 重病, 大病, 医疗救助 (a child in difficulty). */
export const ILLNESS: readonly string[] = ['病', '癌', '瘤', '手术', '手术费', '化疗', '透析', '住院费', '治疗费', '药费'];
/** Money short at home: 基本生活, 最低生活保障, 特困 (a child in difficulty). */
export const MONEY: readonly string[] = ['缺钱', '借钱', '欠债', '欠钱', '揭不开锅', '负担不起', '花不起', '凑不齐', '凑不够'];

export const EVERYDAY: readonly EverydayRow[] = [
  // ——— alone, no one looking after the child ———
  { say: ['一个人在家', '一人在家', '独自在家', '自己在家', '自个在家', '一个人住', '一个人过', '独自生活', '独居', '没大人', '家里没人', '家里没大人', '没人照顾', '没人看', '没人带', '没人管', '无人照顾', '无人看管', '一个人生活', '单独住', '自己住', '没人做饭', '没人烧饭', '没人煮饭'], terms: ['living-alone'], words: ['无人监护'] },
  { say: ['没人接', '放学没人接', '没人来接', '没人去接', '接不到', '没人领'], terms: ['living-alone', 'temporary-care'], words: ['无人监护'] },
  // ——— parents away, unreachable, gone ———
  { say: ['打不通', '电话打不通', '联系不上', '联系不到', '找不到爸妈', '找不到父母', '找不到家长', '不接电话', '电话不接', '关机', '失联', '联系不了', '没法联系', '打电话没人接', '没消息', '没有消息', '没音讯', '音讯全无', '杳无音信', '失去联系', '不回消息', '不回信息', '联络不上', '联系不着', '练习不上', ...PHONE_DOWN], terms: ['parents-unreachable'], words: ['联系不上'] },
  { say: ['打工', '外出打工', '出去打工', '外地打工', '出门打工', '去广东', '在外地', '外出务工', '出去挣钱', '出门挣钱', '南下', ...WORK_AWAY], terms: ['parents-leaving'], words: ['外出务工'] },
  { say: ['被抓', '抓走', '抓起来', '坐牢', '进去了', '判刑', '关起来', '拘留', '劳改', '蹲监狱', '监狱', '服刑', '戒毒', '被关', '贩毒', '被判', '判了', '坐监', '看守所'], words: ['限制人身自由', '事实无人抚养', '无人监护', '临时监护'] },
  { say: ['扔下', '丢下', '撇下', '甩下', '不要孩子', '不要娃', '丢给', '扔给', '遗弃', '抛弃', '丢弃'], terms: ['abuse'], words: ['遗弃', '不履行监护职责'] },
  { say: UNRAISED, terms: ['guardian-failing'], words: ['事实无人抚养', '遗弃', '无人监护'] },
  { say: ['不管', '不闻不问', '不照顾', '不尽责', '不负责', '不养', '不给钱', '不回来', '不回家', '从不回来', '不理', '管不了', '没能力管', '管不好'], terms: ['guardian-failing'], words: ['不履行监护职责', '监护能力'] },
  { say: ['回老家', '返乡', '回乡', '回家乡', '创业', '家门口', '回来上班', '回家工作'], words: ['返乡创业', '返乡'] },
  { say: ['不给生活费', '不给抚养费', '抚养费', '不出钱', '不给孩子钱', '弃养', '不肯养'], words: ['抚养费', '恶意弃养'] },
  { say: ['骗', '冒领', '虚报', '骗取', '骗补助', '骗低保'], words: ['骗取', '失信'] },
  { say: ['半年', '六个月', '6个月', '大半年'], words: ['六个月以上'] },
  { say: ['去世', '死了', '过世', '走了', '没了爹妈', '没爹没妈', '父母双亡', '孤儿', '爹妈都没了'], words: ['孤儿', '事实无人抚养'] },
  { say: ['离婚', '离异', '单亲', '改嫁', '再婚', '跑了', '妈妈跑了', '跟人跑'], words: ['父母一方', '事实无人抚养', '委托监护'] },
  // ——— grandparents and others looking after the child ———
  { say: [...RELATIVES, '爷爷奶奶', '外公外婆', '姥姥姥爷', '爷爷', '奶奶', '外婆', '外公', '姥姥', '老人带', '隔代', '亲戚带', '托人照顾', '托付', '找人带', '帮忙带', '寄养'], terms: ['entrusted-care'], words: ['受委托监护人', '委托监护'] },
  { say: ['签什么', '要签', '签字', '签协议', '协议', '委托书', '责任书', '确认书', '托人带', '托人'], words: ['委托监护责任确认书', '监护责任书', '委托照护'] },
  { say: ['临时照顾', '临时看护', '临时照看', '暂时照顾', '先照顾', '收留', '住哪', '住哪里', '送到哪', '安置', '领回家'], terms: ['temporary-care'], words: ['临时监护'] },
  { say: ['救助站', '福利院', '孤儿院', '救助中心', '保护中心'], terms: ['relief-institution', 'welfare-institution'], roles: ['relief-institution', 'welfare-institution'] },
  // ——— harm ———
  { say: [...INJURIES, '挨打', '打孩子', '打娃', '被打', '打人', '家暴', '家爆', '打骂', '殴打', '虐待', '体罚', '棍子', '身上有伤', '身上有伤痕', '青一块紫一块', '伤痕', '往死里打', '揍', '伤疤', '疤痕', '打伤', '鼻青脸肿', '红肿', '骨折'], terms: ['abuse'], words: ['强制报告'] },
  { say: ['性侵', '猥亵', '摸孩子', '欺负', '被欺负', '欺凌', '霸凌', '被人打', '坏人'], terms: ['harm'], words: ['不法侵害', '侵害'] },
  { say: ['溺水', '淹死', '掉河里', '车祸', '摔伤', '烫伤', '受伤', '出事', '出事了', '意外', '安全问题'], terms: ['harm'], words: ['意外伤害', '安全'] },
  { say: [...TAKEN, '走丢', '走失', '丢了', '找不到孩子', '找不到娃', '孩子不见', '不见了', '离家出走', '跑出去', '没回家', '一夜没回', '失宗', '失踪', '带走', '抱走', '偷走', '领走', '找不着', '找不见', '没影了'], terms: ['missing', 'missing-child-search'], words: ['失踪'] },
  // ——— school ———
  { say: ['不上学', '不去上学', '不去学校', '没去上学', '没来上学', '不来上学', '不读书', '不念书', '不想读书', '不想上学', '厌学', '逃学', '旷课', '退学', '失学', '辍学', '缀学', '啜学', '辍了学', '读不起书', '上不起学', '不读了', '不念了', '没读完', '没念完', '读不下去', '不让上学', '不让读书'], terms: ['dropout', 'dropout-prevention'], words: ['无故不到校', '劝返复学'] },
  { say: ['一星期', '一周', '七天', '7天', '一个礼拜', '一礼拜', '好几天'], words: ['一个星期'] },
  { say: ['上不了学', '入学', '上学难', '没学上', '学籍'], words: ['入学', '义务教育'] },
  { say: ['学费', '学杂费', '书本费', '读书的钱', '上学的钱', '助学金', '奖学金', '资助', '交不起学费', '学费交不起'], words: ['教育资助', '助学金', '学费'] },
  { say: ['住校', '寄宿', '住宿', '宿舍', '住在学校'], words: ['寄宿制学校'] },
  { say: ['放学后', '放学以后', '课后', '下课后', '没地方去', '没地方玩', '四点半', '托管', '午托', '晚托', '儿童之家', '活动室', '少年宫'], words: ['课后辅导', '托管', '儿童之家', '四点半'] },
  // ——— papers, money, health ———
  { say: ['户口', '没有户口', '没户口', '没上户口', '上不了户口', '上户口', '报户口', '办户口', '落户', '落户口', '黑户', '无户口', '户口本', '户藉', '没身份证', '没有身份', '没户籍', '没有户籍', '户籍'], terms: ['unregistered', 'household-registration'], words: ['户籍'] },
  { say: [...ILLNESS, '看不起病', '看病', '没钱看病', '生病', '有病', '病了', '住院', '医药费', '治病', '大病', '重病', '看病贵', '报销', '医保', '新农合'], terms: ['medical-support'], words: ['医疗救助', '大病保险', '重病', '医疗保障'] },
  { say: ['残疾', '残废', '智障', '瘫痪', '聋哑', '脑瘫', '自闭症'], words: ['残疾', '重残', '送教上门'], roles: ['disabled-federation'], situation: true },
  { say: ['艾滋', '爱滋', '艾滋病', 'hiv', '感染艾滋'], words: ['艾滋病病毒感染儿童'] },
  { say: ['体检', '检查身体', '身体检查', '查身体'], words: ['体格检查'] },
  { say: [...MONEY, '没饭吃', '吃不饱', '吃不上饭', '饿着', '挨饿', '饿肚子', '没钱', '生活困难', '家里困难', '家庭困难', '困难户', '经济困难', '家里穷', '穷', '低保', '补助', '补贴', '生活费', '救济'], terms: ['basic-living', 'child-in-difficulty'], words: ['最低生活保障', '基本生活', '特困'] },
  { say: ['心理', '不说话', '不爱说话', '自闭', '抑郁', '想不开', '孤僻', '闷闷不乐', '想爸妈', '想妈妈', '哭', '性格', '心理问题', '心理辅导'], terms: ['care-services'], words: ['心理健康', '心理疏导', '心理咨询'] },
  { say: ['保护令', '人身保护令', '人身安全保护令', '申请保护'], words: ['人身安全保护令', '人身保护令'] },
  { say: ['打官司', '律师', '法律援助', '告他', '起诉'], terms: ['legal-assistance'], words: ['法律援助'] },
  // ——— what to do, whom to tell, by when ———
  { say: ['报警', '打110', '110', '找警察', '叫警察', '报案'], words: ['报警', '报案', '公安机关'] },
  { say: ['12355', '热线', '求助电话', '举报电话', '打电话求助', '青少年服务台'], words: ['12355'] },
  { say: ['上报', '报告', '向谁报告', '跟谁说', '告诉谁', '找谁说', '通知谁', '要不要报', '反映', '举报', '强制抱告'], terms: ['mandatory-report'], words: ['报告', '立即向公安', '有关部门报告'] },
  { say: ['多久联系', '联系一次', '多久打电话', '打一次电话', '经常联系', '保持联系', '常联系', '跟孩子联系', '和孩子联系', '联系孩子', '跟孩子通话'], words: ['每周联系', '至少每周', '沟通交流'] },
  { say: ['多久', '几天', '多长时间', '时限', '期限', '多快', '马上', '立刻'], terms: ['immediately'], words: ['第一时间'] },
  { say: ['训诫', '批评教育', '教育父母', '说父母', '警告', '警告信', '警告书', '书面警告'], terms: ['admonish', 'warning-letter'] },
  { say: ['取消监护', '剥夺监护', '监护权', '不让当监护人', '换监护人', '不配当', '不配当爹妈', '监户权'], terms: ['revoke-guardianship'] },
  { say: ['建档', '档案', '登记', '摸底', '排查', '台账', '统计', '花名册'], terms: ['case-record', 'screening'] },
  { say: ['家访', '上门', '走访', '去看看', '看看', '去家里', '到家里', '探望', '看望'], terms: ['screening'], words: ['走访', '家访'] },
  // Pagefind cuts 寒暑假 in the documents' text so that neither it nor the glossary's 寒暑假等重点时段 is found: its parts are.
  { say: ['放假', '寒假', '暑假', '寒暑假', '放寒假', '放暑假', '假期', '过年'], words: ['重点时段', '暑假', '假期'], terms: ['holidays'] },
  { say: ['算留守', '算不算留守', '什么是留守', '啥是留守', '什么叫留守', '啥叫留守', '留守儿童定义', '留守儿童是指', '哪些孩子是留守', '留守儿童指'], words: ['不满十六周岁', '留守儿童是指'] },
  // ——— who ———
  { say: ['老师', '教师', '班主任', '校长', '学校'], terms: ['school'], roles: ['school'] },
  { say: ['幼儿园'], roles: ['kindergarten'] },
  { say: ['村干部', '村支书', '村主任', '村委', '村委会', '村里', '社区', '居委会', '网格员'], terms: ['village-committee'], roles: ['village-committee'] },
  { say: ['儿童主任'], terms: ['child-director'], roles: ['child-director'] },
  { say: ['医生', '护士', '医院', '卫生院', '诊所'], terms: ['medical'], roles: ['medical'] },
  { say: ['警察', '民警', '公安', '派出所'], terms: ['police'], roles: ['police'] },
  { say: ['乡镇', '镇政府', '乡政府', '街道'], terms: ['township'], roles: ['township'] },
  { say: ['民政', '民政局'], terms: ['civil-affairs'], roles: ['civil-affairs'] },
  { say: ['妇联'], roles: ['womens-federation'] },
  { say: ['团委', '共青团'], roles: ['youth-league'] },
  { say: [...STEP_PARENTS, '爸妈', '爸爸', '妈妈', '父母', '家长', '爹妈', '爹', '娘', '老爸', '老妈'], roles: ['parent'] },
];
