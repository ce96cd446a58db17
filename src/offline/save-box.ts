/**
 * The save boxes of a page (src/components/offline/SavePack.astro): each pack's state on this
 * phone (未保存, 正在保存 with progress and 取消, 已保存, 已保存，有新版本 with 更新), 删除.
 * The state is read again when the worker says the packs changed (a new build) and after every
 * save or removal. On /offline/ the boxes are sorted into saved and not saved.
 */
import { removePack, SaveError, savePack, type SaveFailure } from './download.ts';
import { packEntries } from './list.ts';
import { PACKS_CHANGED, sizeLabel, type PackEntry } from './packs.ts';
import { savedPack } from './saved.ts';

const FAILED: Record<SaveFailure, string> = {
  network: '没有保存完：网络断了。有网络时请再点一次。',
  changed: '没有保存完：网站刚刚更新了。请刷新这一页，再点一次。',
  storage: '没有保存完：这部手机的存储空间不够。',
  cancelled: '已取消，没有保存。',
};

type Act = 'save' | 'update' | 'cancel' | 'remove';

/** Wires one box; returns the function that shows its state again. */
function control(box: HTMLElement, entry: () => PackEntry | undefined, changed: () => void): () => Promise<void> {
  const id = box.dataset.pack!;
  const status = box.querySelector<HTMLElement>('[data-offline-status]')!;
  const note = box.querySelector<HTMLElement>('[data-progress]')!;
  const bar = box.querySelector<HTMLProgressElement>('progress')!;
  const buttons = Object.fromEntries([...box.querySelectorAll<HTMLButtonElement>('[data-act]')].map((b) => [b.dataset.act, b])) as Record<Act, HTMLButtonElement>;
  let running: AbortController | null = null;
  // Why the last save did not complete: said until the next one starts.
  let failed = '';

  const show = (text: string, acts: readonly Act[], detail = '') => {
    status.textContent = text;
    note.textContent = detail;
    bar.hidden = !running;
    for (const [act, b] of Object.entries(buttons)) b.hidden = !acts.includes(act as Act);
  };
  const refresh = async () => {
    if (running) return;
    const saved = await savedPack(id);
    const latest = entry();
    box.dataset.saved = saved ? 'yes' : 'no';
    // The size is the listed pack's, not the build's word in the page: the page is in the pack, so
    // it cannot carry the size of a download that holds it (and a page is older than a new build's list).
    if (latest) buttons.save.textContent = `保存到这部手机（约 ${sizeLabel(latest.bytes)}）`;
    if (!saved) show('未保存', latest ? ['save'] : [], failed);
    else if (latest && saved.version !== latest.version) {
      buttons.update.textContent = `更新（约 ${sizeLabel(latest.bytes)}）`;
      show('已保存，有新版本', ['update', 'remove'], `保存于 ${saved.savedAt.slice(0, 10)}`);
    } else show('已保存', ['remove'], `约 ${sizeLabel(saved.size)}，保存于 ${saved.savedAt.slice(0, 10)}`);
  };
  const save = async () => {
    const latest = entry();
    if (!latest || running) return;
    running = new AbortController();
    failed = '';
    const mb = (n: number) => (n / 1e6).toFixed(1);
    show('正在保存', ['cancel'], `0 / ${mb(latest.bytes)} MB`);
    try {
      await savePack(latest, running.signal, (received, total) => {
        bar.value = Math.min(1, received / total);
        note.textContent = `${mb(received)} / ${mb(total)} MB`;
      });
    } catch (e) {
      failed = FAILED[e instanceof SaveError ? e.reason : 'network'];
    }
    running = null;
    await refresh();
    changed();
  };
  buttons.save.addEventListener('click', save);
  buttons.update.addEventListener('click', save);
  buttons.cancel.addEventListener('click', () => running?.abort());
  buttons.remove.addEventListener('click', async () => {
    await removePack(id);
    await refresh();
    changed();
  });
  return refresh;
}

/** On /offline/: saved packs under 已保存, the others under 可以保存. */
function sortBoxes(boxes: readonly HTMLElement[]) {
  const saved = document.querySelector('[data-saved-list]');
  const others = document.querySelector('[data-unsaved-list]');
  if (!saved || !others) return;
  for (const box of boxes) (box.dataset.saved === 'yes' ? saved : others).append(box);
  document.querySelector<HTMLElement>('[data-none-saved]')!.hidden = boxes.some((b) => b.dataset.saved === 'yes');
}

export async function startSaveBoxes(): Promise<void> {
  const boxes = [...document.querySelectorAll<HTMLElement>('[data-pack]')];
  const sw = navigator.serviceWorker;
  if (!boxes.length || !sw || !('caches' in window) || typeof DecompressionStream === 'undefined') return;
  let entries: PackEntry[] = [];
  const load = async () => {
    entries = await packEntries().catch(() => entries);
  };
  await load();
  let refreshers: (() => Promise<void>)[] = [];
  const all = async () => {
    await Promise.all(refreshers.map((r) => r()));
    sortBoxes(boxes);
  };
  refreshers = boxes.map((box) => control(box, () => entries.find((e) => e.id === box.dataset.pack), () => void all()));
  for (const box of boxes) box.hidden = false;
  await all();
  // The box an address names (/offline/#save-<id>, from a document page) was hidden when the page
  // opened, so the browser could not scroll to it: now it can.
  const named = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (named && boxes.includes(named)) named.scrollIntoView();
  // A new build's worker: the list of packs may have changed. It says so, and it takes control.
  const again = async () => {
    await load();
    await all();
  };
  sw.addEventListener('message', (event: MessageEvent<{ type?: string }>) => void (event.data?.type === PACKS_CHANGED && again()));
  sw.addEventListener('controllerchange', () => void again());
  sw.startMessages();
}
