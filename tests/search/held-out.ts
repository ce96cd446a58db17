/**
 * The held-out set: 18 everyday queries written before the everyday search of issue 16 was tuned,
 * and never tuned on. The vocabulary (src/search/everyday.ts) and the ranking are improved on the
 * test set (queries.ts) only; this set says whether that carries over to words nobody tuned for.
 * Issue 16 asks for 16 of 18; it reaches 14 (tests/unit/search-held-out.test.ts holds that). A query that misses stays
 * as written: change the search for the kind of words, on queries.ts, never this file to pass.
 * Expected places are the test set's, read from the documents the same way.
 */
import { ABANDON, ABUSE, ALONE, DROPOUT, ENTRUST, HARM, HOLIDAYS, HUKOU, JAILED, MEDICAL, MISSING, PARENTS_AWAY, PSYCH, REPORT, UNRAISED, UNREACHABLE, VISITS, type TestQuery } from './queries.ts';

export const HELD_OUT: readonly TestQuery[] = [
  { q: '学生好几天没来学校了', kind: 'everyday', who: 'teacher', expect: DROPOUT },
  { q: '孩子他爸妈在外地电话一直打不通', kind: 'everyday', who: 'teacher', expect: UNREACHABLE },
  { q: '爸妈连系不上了', kind: 'everyday', who: 'child-director', expect: UNREACHABLE },
  { q: '邻居家小孩老是一个人在家', kind: 'everyday', who: 'cadre', expect: ALONE },
  { q: '孩子胳膊上有淤青', kind: 'everyday', who: 'doctor', expect: ABUSE },
  { q: '捡来的孩子能上户口吗', kind: 'everyday', who: 'cadre', expect: HUKOU },
  { q: '孙子生了大病治不起', kind: 'everyday', who: 'grandparent', expect: MEDICAL },
  { q: '娃他妈跑了他爸也不管', kind: 'everyday', who: 'cadre', expect: ABANDON },
  { q: '小孩放暑假没人看', kind: 'everyday', who: 'parent', expect: [...ALONE, ...HOLIDAYS] },
  { q: '学生说后爸打他', kind: 'everyday', who: 'teacher', expect: ABUSE },
  { q: '小孩被拐了', kind: 'everyday', who: 'police', expect: MISSING },
  { q: '孩子在学校被同学打', kind: 'everyday', who: 'parent', expect: HARM },
  { q: '出门打工孩子交给谁带', kind: 'everyday', who: 'parent', expect: [...ENTRUST, ...PARENTS_AWAY] },
  { q: '儿童主任每个季度要去家里看吗', kind: 'everyday', who: 'child-director', expect: VISITS },
  { q: '发现孩子被虐待要报告吗', kind: 'everyday', who: 'doctor', expect: [...REPORT, ...ABUSE] },
  { q: '孩子天天哭不吃饭', kind: 'everyday', who: 'grandparent', expect: PSYCH },
  { q: '孩子爸爸吸毒被关了', kind: 'everyday', who: 'police', expect: JAILED },
  { q: '娃没人养了', kind: 'everyday', who: 'cadre', expect: UNRAISED },
];
