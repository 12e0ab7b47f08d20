/** MongoDB's E11000: a write hit a unique index (the same event, key or name stored before). */
export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number } | null)?.code === 11000;
