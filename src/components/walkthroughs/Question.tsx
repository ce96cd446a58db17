/**
 * The question island: the answers given so far (each with 修改回答) and the question now put,
 * its two answers as plain links to the next state's own page. Rendered on the server, so it all
 * works without JavaScript; when JavaScript runs, an answer moves to the next question at once
 * (the address follows, so back and sharing work), and an outcome opens its pre-rendered page.
 */
import { useEffect } from 'preact/hooks';
import { getNextSnapshot } from 'xstate';
import { MACHINES, type WalkthroughId } from '../../machines/index.ts';
import type { FactId, WalkEvent } from '../../machines/routing.ts';
import type { RoleId } from '../../glossary.ts';
import { walkStateUrl } from '../../urls.ts';
import { parseSegment, segmentOf } from '../../walkthroughs/segments.ts';
import type { QuestionWords } from '../../walkthroughs/wording/types.ts';
import { useMachine } from './useMachine.ts';

interface Props {
  walkthrough: WalkthroughId;
  document: string;
  role: RoleId;
  asks: FactId[];
  /** The answers in the page's address. */
  segments: string[];
  questions: Partial<Record<FactId, QuestionWords>>;
  /** The page title's tail (after the question), kept when the question changes. */
  titleTail: string;
}

const toEvents = (segments: readonly string[]): WalkEvent[] =>
  segments.flatMap((s) => {
    const a = parseSegment(s);
    return a ? [{ type: a.value === 'yes' ? 'YES' : 'NO' } as const] : [];
  });

export default function Question({ walkthrough, document: doc, role, asks, segments, questions, titleTail }: Props) {
  const machine = MACHINES[walkthrough];
  const { snapshot, send, restart } = useMachine(machine, { document: doc, role, asks }, toEvents(segments));
  const answers = Object.entries(snapshot.context.answers) as [FactId, 'yes' | 'no'][];
  const urlOf = (s: typeof snapshot) => walkStateUrl(walkthrough, doc, role, Object.entries(s.context.answers).map(([f, v]) => segmentOf(f as FactId, v)));
  const fact = (Object.values(snapshot.getMeta()) as { fact?: FactId }[]).find((m) => m.fact)?.fact;
  const q = fact ? questions[fact] : undefined;

  // Back and forward within the questions: rebuild the state the address names.
  useEffect(() => {
    const onPop = () => restart(toEvents(location.pathname.slice(walkStateUrl(walkthrough, doc, role).length).split('/').filter(Boolean)));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (q) globalThis.document.title = `${q.text} · ${titleTail}`;
  }, [q]);

  const answer = (event: WalkEvent) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // a new tab: let the link do it
    e.preventDefault();
    const next = getNextSnapshot(machine, snapshot, event);
    if (next.hasTag('outcome')) return location.assign(urlOf(next));
    history.pushState(null, '', urlOf(next));
    send(event);
  };

  return (
    <div class="walk-question">
      {answers.length > 0 && (
        <dl class="walk-answers">
          {answers.map(([f, v], i) => (
            <div key={f}>
              <dt>{questions[f]?.text}</dt>
              <dd>
                <strong>{v === 'yes' ? questions[f]?.yes : questions[f]?.no}</strong>{' '}
                <a href={walkStateUrl(walkthrough, doc, role, answers.slice(0, i).map(([g, w]) => segmentOf(g, w)))}>修改回答</a>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {q && (
        <fieldset class="walk-ask">
          <legend><h1>{q.text}</h1></legend>
          {q.hint && <p class="walk-hint">{q.hint}</p>}
          <ul class="walk-options">
            {(['YES', 'NO'] as const).map((type) => (
              <li key={type}>
                <a class="walk-option" href={urlOf(getNextSnapshot(machine, snapshot, { type }))} onClick={answer({ type })}>
                  {type === 'YES' ? q.yes : q.no}
                </a>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
