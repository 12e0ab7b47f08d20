// socket.io room names, shared by the server (joins), the publisher (emits) and socket rights (evictions).
export const rooms = {
  agency: (agencyId: string) => `agency:${agencyId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  /** Sockets showing a conversation (presence); a subset of its conversation room. */
  viewers: (conversationId: string) => `viewers:${conversationId}`,
  user: (userId: string) => `user:${userId}`,
  /** Every socket of one login, so a logout closes exactly that login's sockets. */
  session: (sessionId: string) => `session:${sessionId}`,
  /** Admins and humas leadership: every agency's events. */
  all: 'all',
};

export const socketKey = (prefix: string) => `${prefix}-socket.io`;
