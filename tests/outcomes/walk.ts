/**
 * Walks a case through the built site as a person would, by the links' visible names only (no
 * URL typed after /walkthroughs/), and reads the outcome page's text.
 * Link names come from the site's own words (src/walkthroughs/wording/), so a reworded question
 * is followed; a question the case does not answer, a missing role or link is a finding.
 */
import type { Locator, Page } from '@playwright/test';
import type { FactId } from '../../src/machines/routing.ts';
import { roleLabel } from '../../src/walkthroughs/wording/roles.ts';
import type { Wording } from '../../src/walkthroughs/wording/types.ts';
import type { DocumentId, OutcomeCase } from './types.ts';

/**
 * A walkthrough's words, from its file (wording/index.ts finds them with import.meta.glob, which
 * only Vite runs; the file name is the walkthrough id, so no list is written here).
 */
export async function wordsOf(walkthrough: OutcomeCase['walkthrough']): Promise<Wording> {
  return ((await import(`../../src/walkthroughs/wording/${walkthrough}.ts`)) as { wording: Wording }).wording;
}

/** How a worker picks their document on the county question: by the place's name (the template by 范本). */
const DOCUMENT_LINK: Record<DocumentId, RegExp> = {
  'ningcheng-2017': /^\s*宁城县/,
  'template-township': /范本/,
  'wuhai-2016': /^\s*乌海市/,
  'sixian-2020': /^\s*泗县/,
  'longli-2017': /^\s*龙里县/,
  // A county the library does not hold: the laws alone.
  national: /^\s*我的县不在这里/,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Chinese text compared with all white space removed (line breaks between inline runs included). */
export const squash = (s: string) => s.replace(/\s+/g, '');

export class WalkError extends Error {}

/** Clicks the link so named and waits for the next page; a link not there within a while is a finding. */
async function follow(scope: Locator, name: string | RegExp, missingWhy: string): Promise<void> {
  const link = scope.getByRole('link', typeof name === 'string' ? { name, exact: true } : { name }).first();
  // Waiting, not counting at once: on a loaded machine the page may still be arriving.
  const there = await link.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
  if (!there) throw new WalkError(missingWhy);
  await link.click();
  await scope.page().waitForLoadState('load');
}

/** The answer link's name for the question now shown, or null when the case gives none. */
function answerFor(c: OutcomeCase, words: Wording, question: string): string | null {
  for (const [fact, q] of Object.entries(words.questions)) {
    const given = c.answers?.[fact as FactId];
    if (q && squash(q.text) === squash(question) && given) return given === 'yes' ? q.yes : q.no;
  }
  const byText = Object.entries(c.answersByText ?? {}).find(([text]) => squash(text) === squash(question));
  return byText ? byText[1] : null;
}

/** From /walkthroughs/ to the case's outcome page by plain links; throws a WalkError naming what is missing. */
export async function walkToOutcome(page: Page, c: OutcomeCase): Promise<void> {
  const words = await wordsOf(c.walkthrough);
  const main = page.locator('main');
  await page.goto('/walkthroughs/');
  await follow(main, new RegExp(`^\\s*${escape(words.title)}`), `no situation link 「${words.title}」 on /walkthroughs/`);
  // The emergency screen: a worker who has checked there is no danger now goes on.
  await follow(main, /没有危险/, `no 「现在没有危险」 link on ${new URL(page.url()).pathname}`);
  await follow(main, DOCUMENT_LINK[c.document], `no link for ${c.document} (${DOCUMENT_LINK[c.document].source}) on the county question ${new URL(page.url()).pathname}`);
  const role = roleLabel(c.role);
  await follow(main, role, `the role 「${role}」 (${c.role}) is not offered on ${new URL(page.url()).pathname}`);
  for (let asked = 0; asked < 10; asked++) {
    const form = main.locator('fieldset').filter({ has: page.getByRole('link') });
    if ((await form.count()) === 0) break;
    const question = (await form.first().locator('legend').first().innerText()).trim();
    const answer = answerFor(c, words, question);
    if (!answer) throw new WalkError(`the site asks 「${question}」 and the case gives no answer (${new URL(page.url()).pathname})`);
    await follow(form.first(), answer, `no answer 「${answer}」 to 「${question}」 on ${new URL(page.url()).pathname}`);
  }
  const prefix = `/walkthroughs/${c.walkthrough}/${c.document}/${c.role}/`;
  const path = new URL(page.url()).pathname;
  // A question drawn some other way than a fieldset of links is not an outcome to judge.
  if ((await main.locator('.walk-option').count()) > 0) throw new WalkError(`${path} offers answers the runner cannot read as a question (no fieldset with a legend)`);
  if (!path.startsWith(prefix)) throw new WalkError(`the links led to ${path}, not to an outcome under ${prefix}`);
}

export interface OutcomeText {
  /** What a reader sees without opening anything, other documents' (and the laws') text included. */
  all: string;
  /** The law's section beside a county (「法律还规定」), as seen. */
  law: string;
  /** What a reader sees without opening anything, other documents' text left out. */
  visible: string;
  /** The same with every fold (<details>) opened. */
  unfolded: string;
  /**
   * The unfolded text less `[data-context]`: an earlier sentence shown only so a quote that points
   * back (上述两种情形) can be read, which states nothing for this case. `mustNot` is read here.
   */
  statements: string;
}

/**
 * The outcome's text: `main` without `[data-other-document]`, as rendered (innerText: nothing
 * hidden or print-only), before and after opening the folds. Runs in the page's isolated world,
 * which works with the page's own JavaScript off.
 */
export async function outcomeText(page: Page): Promise<OutcomeText> {
  const main = page.locator('main');
  const all = await main.innerText();
  const law = await main.evaluate((m) => (m.querySelector('[data-group="law"]') as HTMLElement | null)?.innerText ?? '');
  await main.evaluate((m) => m.querySelectorAll('[data-other-document]').forEach((e) => e.remove()));
  const visible = await main.innerText();
  await main.evaluate((m) => m.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const unfolded = await main.innerText();
  await main.evaluate((m) => m.querySelectorAll('[data-context]').forEach((e) => e.remove()));
  const statements = await main.innerText();
  return { all: squash(all), law: squash(law), visible: squash(visible), unfolded: squash(unfolded), statements: squash(statements) };
}

/** What is wrong with the page for this case: each `must` not visible, each `mustNot` present. */
export function judge(c: OutcomeCase, text: OutcomeText): string[] {
  const problems: string[] = [];
  for (const w of c.must) {
    if (text.visible.includes(squash(w))) continue;
    problems.push(text.unfolded.includes(squash(w)) ? `must 「${w}」: only inside a closed fold` : `must 「${w}」: not on the page`);
  }
  for (const w of c.mustNot) {
    if (text.statements.includes(squash(w))) problems.push(`mustNot 「${w}」: on the page`);
  }
  for (const w of c.law ?? []) if (!text.law.includes(squash(w))) problems.push(`law 「${w}」: not in the law's section`);
  for (const w of c.says ?? []) if (!text.all.includes(squash(w))) problems.push(`says 「${w}」: not on the page`);
  return problems;
}
