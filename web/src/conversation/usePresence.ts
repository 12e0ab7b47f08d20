// Collision awareness: who else has this conversation open, and who is typing a reply.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Viewer } from '../api/types';
import { useSession } from '../session';

export function usePresence(conversationId: string) {
  const { socket, user } = useSession();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const typingRef = useRef(false);
  const stopTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const announce = () => socket.emit('presence:viewing', { conversationId });
    announce();
    socket.on('connect', announce);
    const onPresence = (p: { conversationId: string; viewers: Viewer[] }) => {
      if (p.conversationId === conversationId) setViewers(p.viewers.filter((v) => v.id !== user.id));
    };
    socket.on('presence', onPresence);
    return () => {
      if (typingRef.current) socket.emit('presence:typing', { conversationId, typing: false });
      clearTimeout(stopTimer.current);
      socket.off('connect', announce);
      socket.off('presence', onPresence);
    };
  }, [socket, conversationId, user.id]);

  /** Call on every keystroke; "typing" ends after 4 s without one. */
  const noteTyping = useCallback(() => {
    if (!typingRef.current) {
      typingRef.current = true;
      socket.emit('presence:typing', { conversationId, typing: true });
    }
    clearTimeout(stopTimer.current);
    stopTimer.current = setTimeout(() => {
      typingRef.current = false;
      socket.emit('presence:typing', { conversationId, typing: false });
    }, 4000);
  }, [socket, conversationId]);

  return { viewers, noteTyping };
}
