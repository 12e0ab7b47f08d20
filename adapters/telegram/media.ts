// Photos and documents citizens send a bot: getFile turns the stored file_id into a path, then the file is
// downloaded from /file/bot<token>/<path>. Both URLs carry the bot token, so only the server calls them and the
// inbox gets the bytes through the API (src/api/media.ts).
import { joinUrl } from '../http-send.js';
import { obj, parseJsonBody, str } from '../json.js';
import type { Attachment, MediaContext, MediaResult } from '../types.js';

const TIMEOUT_MS = 30_000;
/** The Bot API hands out files up to 20 MB through getFile. */
export const MAX_BYTES = 20 * 1024 * 1024;

export async function fetchTelegramMedia(a: Attachment, ctx: MediaContext): Promise<MediaResult> {
  const token = ctx.credentials.botToken;
  if (!token)
    return { ok: false, status: 409, error: 'Token bot Telegram belum diatur; berkas tidak dapat diambil.' };
  if (!a.mediaId) return { ok: false, status: 404, error: 'Lampiran ini tidak punya berkas di Telegram.' };
  try {
    const info = await ctx.fetch(
      joinUrl(ctx.baseUrl, `/bot${token}/getFile?file_id=${encodeURIComponent(a.mediaId)}`),
      {
        signal: AbortSignal.timeout(TIMEOUT_MS),
      },
    );
    const body = obj(
      await info
        .text()
        .then((t) => parseJsonBody(t))
        .catch(() => undefined),
    );
    const result = obj(body?.result);
    const path = str(result?.file_path);
    if (!info.ok || body?.ok !== true || !path) {
      const why = str(body?.description) ?? `HTTP ${info.status}`;
      return info.status >= 500
        ? { ok: false, status: 502, error: `Telegram sedang bermasalah (${why}).` }
        : {
            ok: false,
            status: 404,
            error: `Telegram tidak memberikan berkas ini (${why}); berkas di atas 20 MB tidak bisa diambil bot.`,
          };
    }
    const file = await ctx.fetch(joinUrl(ctx.baseUrl, `/file/bot${token}/${path}`), {
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!file.ok || !file.body)
      return { ok: false, status: 502, error: `Telegram gagal mengirim berkas (HTTP ${file.status}).` };
    const length = Number(file.headers.get('content-length') ?? NaN);
    if ((Number.isFinite(length) ? length : Number(result?.file_size ?? 0)) > MAX_BYTES) {
      await file.body.cancel();
      return { ok: false, status: 413, error: 'Berkas Telegram lebih dari 20 MB.' };
    }
    return {
      ok: true,
      body: file.body,
      // Photos come without a mime type; their path says .jpg (photos/file_12.jpg).
      contentType:
        a.mimeType ??
        (/\.jpe?g$/i.test(path) ? 'image/jpeg' : (file.headers.get('content-type') ?? undefined)),
      size: Number.isFinite(length) ? length : undefined,
    };
  } catch (err) {
    const why = (err as Error).name === 'TimeoutError' ? 'waktu habis' : 'jaringan';
    return { ok: false, status: 502, error: `Gagal menghubungi Telegram (${why}).` };
  }
}
