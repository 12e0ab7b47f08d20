// html-to-text 10 ships no types; the one function the e-mail adapter uses.
declare module 'html-to-text' {
  export function convert(html: string, options?: Record<string, unknown>): string;
}
