/**
 * The smallest useMachine that renders on the server and hydrates (STACK.md: @xstate/react through
 * preact/compat breaks Astro's server render). `replay` brings the actor to the state the page's
 * address names; `restart` does the same for another address (the browser's back button).
 */
import { useEffect, useState } from 'preact/hooks';
import { createActor, type AnyStateMachine, type EventFrom, type InputFrom, type SnapshotFrom } from 'xstate';

function started<M extends AnyStateMachine>(machine: M, input: InputFrom<M>, replay: readonly EventFrom<M>[]) {
  const actor = createActor(machine, { input }).start();
  for (const event of replay) actor.send(event);
  return actor;
}

export function useMachine<M extends AnyStateMachine>(machine: M, input: InputFrom<M>, replay: readonly EventFrom<M>[]) {
  const [actor, setActor] = useState(() => started(machine, input, replay));
  const [snapshot, setSnapshot] = useState<SnapshotFrom<M>>(actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const sub = actor.subscribe((s) => setSnapshot(s));
    return () => sub.unsubscribe();
  }, [actor]);
  const restart = (events: readonly EventFrom<M>[]) => setActor(started(machine, input, events));
  return { snapshot, send: actor.send.bind(actor), restart };
}
