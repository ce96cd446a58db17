/**
 * The second held-out set: 18 everyday queries written before the second round of vocabulary
 * work (the families of words, issue 16 item 6), and never tuned on. The first held-out set
 * (held-out.ts) is spent: its four misses are known, so anything added for them is tuning on it.
 * This one says whether the families carry over to words nobody tuned for. Issue 16 asks for 16
 * of 18 (recall at 5); tests/unit/search-held-out-2.test.ts holds what it reaches. A query that
 * misses stays as written: change the search for the kind of words, on queries.ts, never this
 * file to pass.
 *
 * Spread over the ten situations (the walkthroughs) and the roles, as people type on a phone:
 * colloquial, dialect (俺, 娃, 咋弄, 自个儿), short, a common typo (报道 for 报到). None is a
 * paraphrase of a query in queries.ts or held-out.ts. Expected places are the test set's, read
 * from the documents the same way (queries.ts's constants).
 */
import { ABANDON, ABUSE, ALONE, DROPOUT, ENTRUST, HARM, HUKOU, LIVING, MEDICAL, MISSING, PARENTS_AWAY, TEMP_CARE, UNREACHABLE, type TestQuery } from './queries.ts';

export const HELD_OUT_2: readonly TestQuery[] = [
  // living alone
  { q: '学生家里就剩他自个儿', kind: 'everyday', who: 'teacher', expect: ALONE },
  { q: '俺住院了孙子没人看', kind: 'everyday', who: 'grandparent', expect: [...ALONE, ...TEMP_CARE] },
  // parents unreachable
  { q: '娃他爹妈微信也不回', kind: 'everyday', who: 'child-director', expect: UNREACHABLE },
  { q: '孩子监护人电话是空号', kind: 'everyday', who: 'police', expect: [...UNREACHABLE, ...TEMP_CARE] },
  // the guardian failing
  { q: '他爸天天喝酒不管娃', kind: 'everyday', who: 'cadre', expect: ABANDON },
  { q: '儿媳妇生了娃就不要了', kind: 'everyday', who: 'grandparent', expect: ABANDON },
  // missing
  { q: '天黑了娃还没回家', kind: 'everyday', who: 'parent', expect: MISSING },
  { q: '孩子跟网友跑了', kind: 'everyday', who: 'police', expect: MISSING },
  // abuse
  { q: '娃脸上有巴掌印', kind: 'everyday', who: 'doctor', expect: ABUSE },
  { q: '小孩被继母关在屋里不给饭吃', kind: 'everyday', who: 'cadre', expect: ABUSE },
  // dropout
  { q: '娃初二就出去打工了', kind: 'everyday', who: 'cadre', expect: DROPOUT },
  { q: '学生开学了还没来报道', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  // unregistered
  { q: '非婚生的孩子能落户吗', kind: 'everyday', who: 'police', expect: HUKOU },
  // a child in difficulty: living, illness
  { q: '俺们老两口没收入养不起孙子', kind: 'everyday', who: 'grandparent', expect: LIVING },
  { q: '孩子得了白血病家里拿不出钱', kind: 'everyday', who: 'doctor', expect: MEDICAL },
  // harm
  { q: '孩子被高年级的要钱', kind: 'everyday', who: 'teacher', expect: HARM },
  { q: '有人对小女孩动手动脚', kind: 'everyday', who: 'police', expect: [...HARM, ...ABUSE] },
  // parents leaving
  { q: '俺两口子都要去外省干活娃咋弄', kind: 'everyday', who: 'parent', expect: [...PARENTS_AWAY, ...ENTRUST] },
];
