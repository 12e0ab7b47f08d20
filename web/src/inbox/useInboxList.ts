// Loads the conversation list for the current filters and keeps it live from socket.io pushes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { Conversation } from '../api/types';
import { compareByRecent, compareByUrgency } from '../lib/sla';
import { toastError } from '../lib/toast';
import { useSession } from '../session';
import { applyUpdate, toQuery, type InboxFilters } from './filters';

interface Page {
  items: Conversation[];
  nextCursor: string | null;
}

export function useInboxList(filters: InboxFilters) {
  const { user, socket } = useSession();
  const [items, setItems] = useState<Conversation[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [freshIds, setFreshIds] = useState<Set<string>>(new Set());
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const compare = filters.sort === 'urgency' ? compareByUrgency : compareByRecent;

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const page = await api<Page>(`/api/conversations?${toQuery(filters, user)}`);
      setItems(page.items);
      setNextCursor(page.nextCursor);
    } catch (err) {
      toastError(err);
    } finally {
      setLoading(false);
    }
  }, [filters, user]);

  useEffect(() => {
    const timer = setTimeout(reload, filters.q ? 250 : 0); // debounce typing in the search box
    return () => clearTimeout(timer);
  }, [reload, filters.q]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    try {
      const page = await api<Page>(`/api/conversations?${toQuery(filters, user, nextCursor)}`);
      setItems((prev) => [...prev, ...page.items.filter((c) => !prev.some((p) => p.id === c.id))]);
      setNextCursor(page.nextCursor);
    } catch (err) {
      toastError(err);
    }
  }, [filters, user, nextCursor]);

  useEffect(() => {
    const apply = (c: Conversation) =>
      setItems((prev) => applyUpdate(prev, c, filtersRef.current, user, compare));
    const timers: ReturnType<typeof setTimeout>[] = [];
    const onChange = (isNew: boolean) => (payload: { conversation: Conversation }) => {
      const c = payload.conversation;
      apply(c);
      if (!isNew) return;
      setFreshIds((prev) => new Set(prev).add(c.id));
      // The push can precede the start of the SLA clock; look again (twice at most) so the countdown appears.
      const refetch = (attempt: number) =>
        api<{ conversation: Conversation }>(`/api/conversations/${encodeURIComponent(c.id)}`).then(
          (d) => {
            apply(d.conversation);
            if (!d.conversation.sla?.firstResponseDueAt && attempt < 2)
              timers.push(setTimeout(() => refetch(attempt + 1), 3000));
          },
          () => {},
        );
      if (!c.sla?.firstResponseDueAt) timers.push(setTimeout(() => refetch(1), 1000));
    };
    const onNew = onChange(true);
    const onUpdated = onChange(false);
    // A case moved to an agency this user cannot see: only its id arrives (src/realtime/case-fanout.ts).
    const onRemoved = ({ id }: { id: string }) => setItems((prev) => prev.filter((c) => c.id !== id));
    // After a reconnect we may have missed pushes: fetch the list again.
    const onReconnect = () => void reload();
    socket.on('conversation:new', onNew);
    socket.on('conversation:updated', onUpdated);
    socket.on('conversation:removed', onRemoved);
    socket.io.on('reconnect', onReconnect);
    socket.on('resync', onReconnect); // the server dropped pushes while Redis was away
    return () => {
      timers.forEach(clearTimeout);
      socket.off('conversation:new', onNew);
      socket.off('conversation:updated', onUpdated);
      socket.off('conversation:removed', onRemoved);
      socket.io.off('reconnect', onReconnect);
      socket.off('resync', onReconnect);
    };
  }, [socket, user, compare, reload]);

  const markSeen = useCallback((id: string) => {
    setFreshIds((prev) => {
      if (!prev.has(id)) return prev;
      const next = new Set(prev);
      next.delete(id);
      return next;
    });
  }, []);

  return { items, nextCursor, loading, loadMore, freshIds, markSeen, reload };
}
