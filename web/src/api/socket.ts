// One socket.io connection per login, authenticated by the session cookie plus the CSRF token; components subscribe
// to the events they need. The server drops the socket when the login ends or the user's rights change: then we
// ask the server who we are now (a 401 logs out) and reconnect with the rights we still have.
import { io, type Socket } from 'socket.io-client';
import { api } from './client';

let socket: Socket | null = null;

export function connectSocket(csrf: string): Socket {
  socket?.disconnect();
  const s = io({ auth: { csrf }, withCredentials: true, transports: ['websocket', 'polling'] });
  s.on('disconnect', (reason) => {
    if (reason !== 'io server disconnect' || socket !== s) return;
    api('/api/me').then(
      () => socket === s && s.connect(),
      () => {}, // 401: the client's unauthorized handler already returned to the login page
    );
  });
  socket = s;
  return s;
}

export function getSocket(): Socket | null {
  return socket;
}

export function disconnectSocket(): void {
  socket?.disconnect();
  socket = null;
}
