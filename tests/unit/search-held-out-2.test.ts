/**
 * The second held-out set (tests/search/held-out-2.ts), written and committed before the
 * vocabulary's families of words (the third round of queries.ts) and never tuned on. Issue 16
 * asks for 16 of its 18 in the first five. It reached 6 when written; the families carry over to
 * 8 (儿媳妇生了娃就不要了 through 不要了, 孩子得了白血病家里拿不出钱 through 病; the families were
 * written after its misses were seen, and 不要了 is its own words, so strictly 7). The ten it
 * misses hold kinds of words the vocabulary lacks (微信, 空号, 网友, 巴掌印, 关在屋里, 要钱,
 * 动手动脚, 没收入, 外省干活, 一个孩子出去打工): adding them now would spend this set too, so the
 * next round needs a fresh set written first. This test holds the 8 reached; `npm run bench`
 * reports the 16 asked.
 */
import { describeHeldOut } from '../search/held-out-suite.ts';
import { HELD_OUT_2 } from '../search/held-out-2.ts';

/** Reached without tuning on the set (issue 16 asks 16: see above). */
const REACHED = 8;

describeHeldOut('the second held-out set', HELD_OUT_2, REACHED);
