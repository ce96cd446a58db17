/**
 * The document and role remembered on this device (role pages, walkthroughs): results for them are
 * ranked first, and the page says so with a button that stops it.
 */
import { readChoice } from '../components/walkthroughs/remember.ts';
import type { PageData } from './page-data.ts';
import type { Preferences } from './rank.ts';

/** The remembered choice, or none when storage is blocked. */
export function rememberedPreferences(data: PageData): Preferences {
  try {
    const choice = readChoice(window.localStorage, Object.keys(data.docs), Object.keys(data.roles));
    return { doc: choice.document, role: choice.role };
  } catch {
    return {};
  }
}

/** Draws the note 先列出本机记住的… into `box`; its button forgets the choice for this page and calls `onForget`. */
export function showPreferences(box: HTMLElement, prefs: Preferences, data: PageData, onForget: () => void): void {
  box.replaceChildren();
  const parts = [prefs.doc ? data.docs[prefs.doc]?.short ?? prefs.doc : null, prefs.role ? `${data.roles[prefs.role] ?? prefs.role}的职责` : null].filter(Boolean);
  box.hidden = !parts.length;
  if (!parts.length) return;
  const p = document.createElement('p');
  p.append(`先列出本机记住的：${parts.join('、')} `);
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'remove';
  b.textContent = '✕ 不按此排序';
  b.addEventListener('click', () => {
    prefs.doc = null;
    prefs.role = null;
    showPreferences(box, prefs, data, onForget);
    onForget();
  });
  p.append(b);
  box.append(p);
}
