// How an SMTP failure is read: refused (retry or not) versus cut after the message may have left (unknown).
import { describe, expect, it } from 'vitest';
import { replySubject, smtpFailure } from '../../../adapters/smtp-send.js';

describe('smtpFailure', () => {
  it('a permanent refusal is final, a temporary one is retried, neither may have delivered', () => {
    expect(smtpFailure({ responseCode: 550, command: 'RCPT TO', message: 'no such user' })).toMatchObject({
      retryable: false,
    });
    const temporary = smtpFailure({ responseCode: 451, command: 'DATA', message: 'try later' });
    expect(temporary).toMatchObject({ retryable: true });
    expect(temporary.mayHaveDelivered).toBeUndefined();
  });

  it('no connection or a refused login never sent anything', () => {
    expect(
      smtpFailure({ code: 'ESOCKET', command: 'CONN', message: 'ECONNREFUSED' }).mayHaveDelivered,
    ).toBeUndefined();
    expect(smtpFailure({ code: 'EAUTH', message: 'Invalid login' })).toMatchObject({
      retryable: false,
      error: expect.stringMatching(/kredensial/),
    });
  });

  it('a connection cut or a timeout after the message was handed over may have delivered it', () => {
    expect(smtpFailure({ code: 'ETIMEDOUT', message: 'Timeout' }).mayHaveDelivered).toBe(true);
    // nodemailer's own words for a server that took the message and hung up.
    const cut = { code: 'ECONNECTION', command: 'CONN', message: 'Connection closed unexpectedly' };
    expect(smtpFailure(cut).mayHaveDelivered).toBe(true);
  });
});

describe('replySubject', () => {
  it('puts one "Re: " before the subject, whatever the thread did to it', () => {
    expect(replySubject('Re: RE: Balas: Jalan rusak', 'x')).toBe('Re: Jalan rusak');
    expect(replySubject(undefined, 'Laporan ASP-2026-000001')).toBe('Re: Laporan ASP-2026-000001');
  });
});
