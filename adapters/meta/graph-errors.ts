// Graph API / WhatsApp errors -> what the officer reads on the reply, and whether retrying can help.
import type { SendFailure } from '../http-send.js';
import { num, obj, str } from '../json.js';

/** Throttling and transient server codes: the same request can succeed later. */
const RETRYABLE_CODES = new Set([
  1, 2, 4, 17, 32, 341, 613, 80001, 80002, 80006, 80007, 130429, 131000, 131016, 131048, 131056, 133004,
]);
const RATE_LIMIT_CODES = new Set([4, 17, 32, 341, 613, 80001, 80002, 80006, 80007, 130429, 131048, 131056]);

const EXPLANATIONS: [test: (code: number, subcode?: number) => boolean, text: string][] = [
  [
    (c) => c === 190,
    'Token akses Meta kedaluwarsa atau dicabut; hubungkan ulang akun ini di pengaturan kanal.',
  ],
  [(c, s) => c === 10 && s === 2018278, 'Meta menolak: di luar jendela balas yang diizinkan.'],
  [
    (c) => c === 10 || (c >= 200 && c <= 299),
    'Aplikasi tidak punya izin untuk tindakan ini di akun ini; periksa izin akun di pengaturan kanal.',
  ],
  [
    (c) => c === 551,
    'Warga tidak dapat dihubungi saat ini (memblokir akun kita atau akunnya tidak tersedia).',
  ],
  [
    (c) => c === 131047 || c === 470,
    'Lebih dari 24 jam sejak pesan terakhir warga; WhatsApp hanya menerima pesan templat.',
  ],
  [
    (c) => c === 131026,
    'Pesan tidak terkirim ke nomor ini (warga mungkin memblokir, tidak memakai WhatsApp, atau aplikasinya usang).',
  ],
  [(c) => c === 133010, 'Nomor WhatsApp akun ini belum terdaftar di Cloud API.'],
  [(c) => c === 131031 || c === 368, 'Akun diblokir sementara oleh Meta karena pelanggaran kebijakan.'],
  [(c) => c === 131051, 'Jenis pesan ini tidak didukung WhatsApp.'],
  [
    (c) => c === 100,
    'Meta menolak permintaan (parameter tidak valid); komentar atau pesan yang dibalas mungkin sudah dihapus.',
  ],
  [(c) => RATE_LIMIT_CODES.has(c), 'Batas laju Meta tercapai; balasan dicoba lagi otomatis.'],
  [(c) => RETRYABLE_CODES.has(c), 'Layanan Meta sedang bermasalah; balasan dicoba lagi otomatis.'],
];

function explain(code: number | undefined, subcode: number | undefined, httpStatus: number): string {
  if (code !== undefined) {
    for (const [test, text] of EXPLANATIONS) if (test(code, subcode)) return text;
  }
  if (httpStatus === 429) return 'Batas laju Meta tercapai; balasan dicoba lagi otomatis.';
  if (httpStatus >= 500) return 'Layanan Meta sedang bermasalah; balasan dicoba lagi otomatis.';
  return 'Meta menolak balasan ini.';
}

function label(code: number | undefined, subcode: number | undefined, httpStatus: number): string {
  if (code === undefined) return `HTTP ${httpStatus}`;
  return subcode === undefined ? `kode ${code}` : `kode ${code}/${subcode}`;
}

/** Errors that will not change by waiting (token, permission, blocked user, closed window ...). */
function isPermanent(code: number): boolean {
  return (
    [190, 10, 100, 368, 470, 551, 131026, 131031, 131047, 131051, 133010].includes(code) ||
    (code >= 200 && code <= 299)
  );
}

function isRetryable(httpStatus: number, code: number | undefined): boolean {
  if (code !== undefined && RETRYABLE_CODES.has(code)) return true;
  if (code !== undefined && isPermanent(code)) return false;
  return httpStatus >= 500 || httpStatus === 429;
}

/** Rate-limit headers: Retry-After (seconds) or the business-use-case estimate (minutes). */
export function retryAfterMs(headers: Headers): number | undefined {
  const seconds = num(headers.get('retry-after'));
  if (seconds !== undefined) return Math.max(0, seconds * 1000);
  const usage = headers.get('x-business-use-case-usage');
  if (!usage) return undefined;
  try {
    let minutes = 0;
    for (const entries of Object.values(JSON.parse(usage) as Record<string, unknown[]>)) {
      for (const e of entries) minutes = Math.max(minutes, num(obj(e)?.estimated_time_to_regain_access) ?? 0);
    }
    return minutes > 0 ? minutes * 60_000 : undefined;
  } catch {
    return undefined;
  }
}

/** A failed Graph response -> SendResult; the platform's code stays in the text for support. */
export function graphFailure(httpStatus: number, body: unknown, headers: Headers): SendFailure {
  const error = obj(obj(body)?.error);
  const code = num(error?.code);
  const subcode = num(error?.error_subcode);
  const retryable = isRetryable(httpStatus, code);
  const platformMessage = str(obj(error?.error_data)?.details) ?? str(error?.message);
  const detail = platformMessage ? `: ${platformMessage}` : '';
  return {
    ok: false,
    retryable,
    error: `${explain(code, subcode, httpStatus)} (Meta ${label(code, subcode, httpStatus)}${detail})`,
    retryAfterMs: retryable ? retryAfterMs(headers) : undefined,
  };
}

/** The `errors` of a failed WhatsApp status -> one line for the reply. */
export function describeWhatsAppStatusErrors(errors: unknown[]): string {
  const first = obj(errors[0]);
  if (!first) return 'WhatsApp melaporkan pesan gagal terkirim (tanpa keterangan).';
  const code = num(first.code);
  const details = str(obj(first.error_data)?.details) ?? str(first.message) ?? str(first.title);
  const codeText = code === undefined ? '' : ` kode ${code}`;
  return `${explain(code, undefined, 400)} (WhatsApp${codeText}${details ? `: ${details}` : ''})`;
}
