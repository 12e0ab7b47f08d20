import { describe, expect, it } from 'vitest';
import { fillCanned } from '../../../web/src/lib/canned.js';

const ctx = { ticket: 'ASP-2026-000123', nama: 'Bu Rina', instansi: 'Dinas PUPR', petugas: 'Andi' };

describe('fillCanned', () => {
  it('fills every known variable', () => {
    expect(
      fillCanned(
        'Halo {{nama}}, laporan {{ticket}} sedang ditangani {{instansi}}. Salam, {{ petugas }}',
        ctx,
      ),
    ).toBe('Halo Bu Rina, laporan ASP-2026-000123 sedang ditangani Dinas PUPR. Salam, Andi');
  });

  it('keeps unknown or empty variables visible so the officer notices', () => {
    expect(fillCanned('{{alamat}} / {{nama}}', { ...ctx, nama: ' ' })).toBe('{{alamat}} / {{nama}}');
  });
});
