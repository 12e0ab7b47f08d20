// What a citizen wrote in a mail, without the history their mail program quotes below it or their signature.
// Line-based and conservative: a mail that would come out empty keeps its full text.

/** Lines that start the quoted history, in the forms Indonesian and English mail programs write them. */
const HISTORY_STARTS = [
  /^On .{4,200}wrote:\s*$/i,
  /^Pada .{4,200}menulis:\s*$/i,
  /^-{2,}\s*(Original Message|Pesan Asli|Forwarded message|Pesan yang diteruskan|Pesan Terusan)\s*-{2,}\s*$/i,
  /^_{10,}\s*$/,
  /^(From|Dari):\s.+$/i, // Outlook's header block; only counts when "Sent:/Dikirim:" or "To:/Kepada:" follows
];
const OUTLOOK_NEXT = /^(Sent|Dikirim|Date|Tanggal|To|Kepada):\s/i;
/** Signature delimiters and the phone footers that stand for one. */
const SIGNATURE_STARTS = [
  /^-- ?$/,
  /^(Sent from|Dikirim dari|Get Outlook for|Kirim dari) .{0,60}$/i,
  /^Salam,?\s*$/i,
];

function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    // "On Mon, 1 Jan 2026 at 10:00, Humas <humas@…>" wrapped before "wrote:".
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1].trim()}` : line;
    for (const pattern of HISTORY_STARTS) {
      if (pattern.source.startsWith('^(From|Dari)')) {
        if (pattern.test(line) && OUTLOOK_NEXT.test((lines[i + 1] ?? '').trim())) return i;
        continue;
      }
      if (pattern.test(line)) return i;
      if (/^(On|Pada) /i.test(line) && pattern.test(joined)) return i;
    }
  }
  return lines.length;
}

function signatureStart(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    // A signature sits near the end: only the last 12 lines are searched.
    if (lines.length - i > 12) break;
    if (SIGNATURE_STARTS.some((p) => p.test(lines[i].trim()))) return i;
  }
  return lines.length;
}

export function trimReply(text: string): string {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  let lines = all.slice(0, historyStart(all)).filter((l) => !/^\s*>/.test(l));
  lines = lines.slice(0, signatureStart(lines));
  const result = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return result || text.trim();
}
