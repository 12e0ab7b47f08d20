// A tiny toast bus so any component (or the API layer) can tell the officer what happened.
export interface Toast {
  id: number;
  kind: 'error' | 'info' | 'success';
  text: string;
}

type Listener = (toasts: Toast[]) => void;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function publish() {
  for (const l of listeners) l(toasts);
}

export function showToast(kind: Toast['kind'], text: string, ttlMs = kind === 'error' ? 8000 : 4000): void {
  const toast = { id: nextId++, kind, text };
  toasts = [...toasts.slice(-3), toast];
  publish();
  setTimeout(() => dismissToast(toast.id), ttlMs);
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  publish();
}

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  listener(toasts);
  return () => listeners.delete(listener);
}

/** Shows the server's message (already Indonesian) for a failed call, after what was being attempted. */
export function toastError(err: unknown, context?: string): void {
  const message = err instanceof Error ? err.message : String(err);
  showToast('error', context ? `${context} gagal: ${message}` : message);
}
