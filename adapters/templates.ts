// Message templates with positional placeholders {{1}} .. {{n}} (WhatsApp's format): filling them and the
// values a platform accepts in them.
export const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;
export const HAS_PLACEHOLDER = /\{\{\s*\d+\s*\}\}/;

/** Pure: the text the citizen will read, for the inbox and the reply record. */
export function fillTemplate(body: string, variables: string[]): string {
  return body.replace(PLACEHOLDER, (whole, n: string) => variables[Number(n) - 1] ?? whole);
}

/** WhatsApp refuses parameters with new lines, tabs or more than four spaces in a row. */
export function variableProblem(value: string): string | null {
  if (!value.trim()) return 'kosong';
  if (/[\n\t]/.test(value) || / {5,}/.test(value))
    return 'tidak boleh berisi baris baru, tab, atau lebih dari 4 spasi berurutan';
  return null;
}
