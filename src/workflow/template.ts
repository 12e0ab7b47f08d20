// Fills the variables of a canned response or a linked-case update: {{ticket}}, {{nama}}, {{instansi}}, {{petugas}}.
// Unknown variables stay as written, so a typo is visible instead of silently vanishing.

export interface TemplateValues {
  ticket: string;
  nama: string | null;
  instansi: string | null;
  petugas: string | null;
}

const FALLBACK: Record<keyof TemplateValues, string> = {
  ticket: '',
  nama: 'Bapak/Ibu',
  instansi: 'kami',
  petugas: 'petugas',
};

export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!(name in FALLBACK)) return whole;
    const key = name as keyof TemplateValues;
    return values[key]?.trim() || FALLBACK[key];
  });
}
