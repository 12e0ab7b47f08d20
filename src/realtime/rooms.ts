// socket.io room names, shared by the server (joins) and the publisher (emits).
export const rooms = {
  agency: (agencyId: string) => `agency:${agencyId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  user: (userId: string) => `user:${userId}`,
  /** Admins and humas leadership: every agency's events. */
  all: 'all',
};

export const socketKey = (prefix: string) => `${prefix}-socket.io`;
