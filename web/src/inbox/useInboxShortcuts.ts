// j/k move through the list, / searches, ? shows help. Action keys (r, n, a, e) live in the conversation view.
import { useEffect } from 'react';

export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

interface Options {
  ids: string[];
  currentId: string | null;
  open: (id: string) => void;
  focusSearch: () => void;
  toggleHelp: () => void;
}

export function useInboxShortcuts({ ids, currentId, open, focusSearch, toggleHelp }: Options) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const index = currentId ? ids.indexOf(currentId) : -1;
      if (e.key === 'j' && ids.length) open(ids[Math.min(index + 1, ids.length - 1)]);
      else if (e.key === 'k' && ids.length) open(ids[Math.max(index - 1, 0)]);
      else if (e.key === '/') focusSearch();
      else if (e.key === '?') toggleHelp();
      else return;
      e.preventDefault();
    }
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [ids, currentId, open, focusSearch, toggleHelp]);
}
