// Merging live pushes into the open conversation without losing newer state.
import type { Message } from '../api/types';

export function upsertById<T extends { id: string }>(list: T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) return [...list, item];
  const copy = list.slice();
  copy[i] = { ...copy[i], ...item };
  return copy;
}

/**
 * The reply's own HTTP answer ("queued") can arrive after the socket already said "sent":
 * never let an older delivery state overwrite a newer one.
 */
export function mergeMessage(list: Message[], item: Message): Message[] {
  const current = list.find((m) => m.id === item.id);
  const stamp = (m?: Message) => Date.parse(m?.delivery?.updatedAt ?? '') || 0;
  if (current?.delivery && item.delivery && stamp(item) < stamp(current)) {
    return upsertById(list, { ...item, delivery: current.delivery });
  }
  return upsertById(list, item);
}

export function mergeMessages(current: Message[], fresh: Message[]): Message[] {
  return fresh
    .reduce(mergeMessage, current)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
