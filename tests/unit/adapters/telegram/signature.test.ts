import { describe, expect, it } from 'vitest';
import { verifyTelegramSecret } from '../../../../adapters/telegram/signature.js';
import { A11_TEXT, SECRET, tgRequest } from './samples.js';

describe('Telegram secret token', () => {
  it('accepts the exact secret_token given to setWebhook', () => {
    expect(verifyTelegramSecret(tgRequest(A11_TEXT), SECRET)).toEqual({ ok: true });
  });

  it('rejects a wrong, truncated or differently-cased token with 401', () => {
    for (const wrong of ['nope', SECRET.slice(0, -1), SECRET.toUpperCase(), `${SECRET} `]) {
      const verdict = verifyTelegramSecret(tgRequest(A11_TEXT, { secret: wrong }), SECRET);
      expect(verdict).toEqual({
        ok: false,
        status: 401,
        reason: 'X-Telegram-Bot-Api-Secret-Token tidak cocok.',
      });
    }
  });

  it('rejects a missing header with 401 and says which header', () => {
    expect(verifyTelegramSecret(tgRequest(A11_TEXT, { secret: null }), SECRET)).toEqual({
      ok: false,
      status: 401,
      reason: 'Header X-Telegram-Bot-Api-Secret-Token tidak ada.',
    });
  });

  it('refuses everything (503) while the server has no secret configured, even an empty header', () => {
    const verdict = verifyTelegramSecret(tgRequest(A11_TEXT, { secret: '' }), '');
    expect(verdict).toMatchObject({ ok: false, status: 503 });
  });
});
