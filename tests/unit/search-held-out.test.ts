/**
 * The first held-out set (tests/search/held-out.ts), written before the everyday search of issue
 * 16 was tuned. It reached 12 of 18 when written and 14 after the first rounds of tuning on the
 * test set. It is now spent: its four misses (淤青, 后爸打他, 被拐, 没人养) were known when the
 * vocabulary was broadened by families of words (the third round of queries.ts), and those
 * families cover their words, so its 18 no longer say how the search does on words nobody tuned
 * for; tests/search/held-out-2.ts does (search-held-out-2.test.ts). This test holds the 18, so a
 * change cannot lose them.
 */
import { describeHeldOut } from '../search/held-out-suite.ts';
import { HELD_OUT } from '../search/held-out.ts';

/** Reached after the families of words (spent: see above). */
const REACHED = 18;

describeHeldOut('the held-out set (spent)', HELD_OUT, REACHED);
