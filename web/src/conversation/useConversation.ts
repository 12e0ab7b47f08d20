// Loads one conversation and keeps it live: joins its socket.io room for message and delivery updates.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api/client';
import type { Conversation, ConversationEvent, Message } from '../api/types';
import { toastError } from '../lib/toast';
import { useSession } from '../session';
import { mergeMessage, mergeMessages } from './merge';

interface Detail {
  conversation: Conversation;
  messages: Message[];
  events: ConversationEvent[];
}

export function useConversation(id: string) {
  const { socket } = useSession();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [notFound, setNotFound] = useState(false);
  /** The case moved to an agency this user cannot see (a transfer, or bukan wewenang back to humas). */
  const [movedAway, setMovedAway] = useState(false);

  /** Counts the case states received from actions and pushes: a fetch started before one must not undo it. */
  const newer = useRef(0);

  const reload = useCallback(async () => {
    try {
      const before = newer.current;
      const fresh = await api<Detail>(`/api/conversations/${encodeURIComponent(id)}`);
      setDetail((d) => (d && newer.current !== before ? { ...fresh, conversation: d.conversation } : fresh));
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setNotFound(true);
      else toastError(err);
    }
  }, [id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    const join = () => socket.emit('conversation:join', { id });
    join();
    // Rooms are per connection: rejoin after a reconnect, and fetch what was missed meanwhile (also when the
    // server says it dropped pushes while Redis was away).
    const rejoin = () => {
      join();
      void reload();
    };
    socket.on('connect', rejoin);
    socket.on('resync', reload);
    const onMessage = ({ message }: { message: Message }) => {
      if (message.conversationId !== id) return;
      setDetail((d) => d && { ...d, messages: mergeMessage(d.messages, message) });
    };
    const onConversation = ({ conversation }: { conversation: Conversation }) => {
      if (conversation.id !== id) return;
      newer.current++;
      setDetail((d) => d && { ...d, conversation });
      // Status, assignment and notes arrive as events: refresh the history quietly.
      void api<Detail>(`/api/conversations/${encodeURIComponent(id)}`).then(
        (fresh) =>
          setDetail(
            (d) => d && { ...d, events: fresh.events, messages: mergeMessages(d.messages, fresh.messages) },
          ),
        () => {},
      );
    };
    // Moved to an agency this user cannot see: the case is gone for them.
    const onRemoved = (removed: { id: string }) => {
      if (removed.id === id) setMovedAway(true);
    };
    socket.on('conversation:removed', onRemoved);
    socket.on('message:new', onMessage);
    socket.on('message:updated', onMessage);
    socket.on('conversation:updated', onConversation);
    return () => {
      socket.emit('conversation:leave', { id });
      socket.off('connect', rejoin);
      socket.off('resync', reload);
      socket.off('conversation:removed', onRemoved);
      socket.off('message:new', onMessage);
      socket.off('message:updated', onMessage);
      socket.off('conversation:updated', onConversation);
    };
  }, [socket, id, reload]);

  const setConversation = useCallback((conversation: Conversation) => {
    newer.current++;
    setDetail((d) => d && { ...d, conversation });
  }, []);
  const addMessage = useCallback(
    (message: Message) => setDetail((d) => d && { ...d, messages: mergeMessage(d.messages, message) }),
    [],
  );

  return { detail, notFound, movedAway, reload, setConversation, addMessage };
}
