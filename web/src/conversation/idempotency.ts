// One Idempotency-Key per reply draft: the same text and visibility sent again reuse it (the server then returns
// the reply it already has), an edited draft gets a new one.
function randomKey(): string {
  // crypto.randomUUID needs a secure context; getRandomValues works on plain http inside an office network too.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function idempotencyKeys() {
  let draft: { text: string; visibility: string; key: string } | null = null;
  return {
    of(text: string, visibility: string): string {
      if (!draft || draft.text !== text || draft.visibility !== visibility)
        draft = { text, visibility, key: randomKey() };
      return draft.key;
    },
    reset() {
      draft = null;
    },
  };
}
