// Who is logged in, the socket that belongs to that login, and the reference data every screen needs.
import { createContext, useContext } from 'react';
import type { Socket } from 'socket.io-client';
import type { Agency, User } from './api/types';

export interface Session {
  user: User;
  socket: Socket;
  agencies: Agency[];
  logout: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a logged-in screen');
  return s;
}
