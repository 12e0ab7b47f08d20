// Fills {{ticket}}, {{nama}}, {{instansi}}, {{petugas}} in a canned response. Unknown variables stay visible
// so the officer notices them instead of sending an empty gap.
export interface CannedContext {
  ticket: string;
  nama: string;
  instansi: string;
  petugas: string;
}

export function fillCanned(body: string, ctx: CannedContext): string {
  return body.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = (ctx as unknown as Record<string, string | undefined>)[name];
    return value && value.trim() ? value : whole;
  });
}
