import { describe, expect, it } from 'vitest';
import { Gazetteer, editDistance, matchRegion } from '../../../src/classify/gazetteer.js';

const region = (t: string) => matchRegion(t).region;

describe('East Kalimantan gazetteer', () => {
  it('matches city and regency names and their districts', () => {
    expect(region('Jalan di Samarinda Seberang rusak')).toBe('samarinda');
    expect(region('listrik padam di Tenggarong')).toBe('kutai_kartanegara');
    expect(region('pantai di Tanjung Redeb kotor')).toBe('berau');
    expect(region('warga Penajam Paser Utara')).toBe('penajam_paser_utara');
  });

  it('matches abbreviations', () => {
    expect(region('banjir lagi di bpp')).toBe('balikpapan');
    expect(region('warga kukar mengeluh')).toBe('kutai_kartanegara');
    expect(region('jalan poros kutim rusak')).toBe('kutai_timur');
    expect(region('macet parah di smd')).toBe('samarinda');
  });

  it('tolerates misspellings', () => {
    expect(region('di Balikpapn')).toBe('balikpapan');
    expect(region('kabupaten Kutai Kartanegra')).toBe('kutai_kartanegara');
    expect(region('Sangata macet')).toBe('kutai_timur');
  });

  it('finds a place name inside a run-together hashtag', () => {
    expect(region('#banjirsamarinda lagi')).toBe('samarinda');
    expect(region('#balikpapanmacet')).toBe('balikpapan');
  });

  it('does not mistake a common word for a place one letter away', () => {
    expect(region('air sudah sepinggang')).toBeNull();
    expect(region('anggaran proyek tidak jelas')).toBeNull();
  });

  it('knows the capital-city area', () => {
    expect(region('pembangunan IKN di Sepaku')).toBe('ikn');
  });

  it('needs context for district names that are also common words', () => {
    expect(region('semoga damai selalu')).toBeNull();
    expect(region('kecamatan Damai')).toBe('kutai_barat');
  });

  it('returns null outside the province', () => {
    expect(region('jalan rusak di Semarang dan Jakarta')).toBeNull();
  });

  it('loads another province as data', () => {
    const g = new Gazetteer([
      {
        province: 'contoh',
        regions: [
          {
            code: 'kota_contoh',
            name: 'Kota Contoh',
            names: ['kotacontoh'],
            aliases: ['ktc'],
            districts: [],
            places: [],
          },
        ],
      },
    ]);
    expect(g.match('banjir di ktc').region).toBe('kota_contoh');
  });

  it('computes edit distance with transpositions', () => {
    expect(editDistance('samarinda', 'samrainda')).toBe(1);
    expect(editDistance('sangatta', 'sangata')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});
