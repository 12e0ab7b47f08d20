// Word lists for the "danger now" cues (cues.ts). Tokens are matched after normalization (data/slang/id.json
// already maps blm/gak/kada/durung/ora → belum/tidak), against the surface token or its stem.

const list = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const NOT = list('tidak belum bukan tak teu acan de dee kadada nggak');
/** What ends an event: "sudah surut" ends it, "belum surut" keeps it going. */
export const ENDS = list(
  'surut turun reda padam dipadamkan berhenti selesai ditemukan ketemu pulang sadar pulih membaik sembuh aman normal',
);
/** Help that has or has not come: "belum ada bantuan", "tidak ada yang datang". */
export const HELP = list(
  'bantuan penanganan petugas pertolongan perahu ambulans evakuasi dievakuasi datang tiba ditangani turun tangan tim sar damkar',
);
export const DONE = list('sudah telah');
export const ONGOING = list(
  'masih terus makin semakin sedang sekarang kini hingga sampai sejak mulai tiap setiap berhari lagi skrg',
);
export const NOW = list('sekarang barusan tadi kini malam pagi subuh hari ini detik jam menit');
export const DAY_UNITS = list('hari malam minggu pekan dino poe esso');
export const COUNT_WORDS = list('dua tiga empat lima enam tujuh seminggu berhari rong');
export const HAZARD = list(
  'banjir air banyu cai wae luap meluap rob genang rendam terendam longsor gempa kebakaran api asap angin ' +
    'puting tanggul arus tenggelam hanyut bandang tsunami gas kabel listrik setrum trafo lumpur tambang lubang buaya',
);
export const GROUND = list(
  'longsor ambles amblas ambrol ambruk runtuh roboh gugur retak miring jebol bergerak tebing timbun tertimbun ' +
    'menimbun terbelah melengkung menggantung',
);
export const DEPRIVED = list('kelaparan kehabisan habis kekurangan lapar kosong tidak makan minum');
export const NEEDS = list('makan makanan beras air minum obat susu selimut nasi logistik');
export const VULNERABLE = list(
  'bayi balita lansia nenek kakek nini kai mbah anak hamil disabilitas lumpuh stroke sakit jantung pasien murid ' +
    'siswa santri janda yatim budak bocah',
);
export const VICTIM = list(
  'korban luka meninggal tewas patah berdarah pingsan terluka jatuh terjepit tertimbun hanyut tenggelam kritis ' +
    'sesak kejang muntah diare sekarat lemas lemah terlempar terperosok kecemplung',
);
export const UNREPAIRED = list(
  'diperbaiki didandani ditutup dibiarkan dibaiki diperhatikan ditindak ditambal',
);
export const AGAIN = list('lagi kembali berulang');
export const THREAT = list(
  'ancam mengancam diancam ancaman teror bunuh serang menyerang diserang keroyok dikejar mengejar culik diculik ' +
    'ngamuk mengamuk intimidasi',
);
export const WEAPON = list('parang pisau golok celurit clurit mandau sajam senjata bensin bom tajam badik');
export const VIOLENCE = list(
  'pukul dipukul dipukuli aniaya dianiaya bacok dibacok tusuk ditusuk siksa disiksa pelecehan perkosa ' +
    'kdrt kekerasan dikunci pasung dipasung tawuran',
);
export const SCHOOL = list('sekolah murid siswa santri guru kelas sd smp sma sdn smpn sman pesantren pondok');
export const MEDICAL = list(
  'icu picu nicu hcu intensif ventilator inkubator oksigen cuci darah hemodialisa operasi igd melahirkan ' +
    'pendarahan kontraksi ketuban kemoterapi rawat dirawat',
);
export const PAPERWORK = list(
  'bpjs rujukan surat berkas jaminan dp bayar tebus klaim ditolak tolak menolak nonaktif tunggakan administrasi ' +
    'ktp eligibilitas umum kuota penuh',
);
export const HEARSAY = list('katanya konon kabarnya dengar berita hoax grup');
export const HYPOTHETICAL = list(
  'kalau jika bila apabila agar supaya rawan potensi antisipasi cegah mencegah semoga khawatir nanti bisa ' +
    'waspada mitigasi sosialisasi simulasi',
);
export const PAST = list('dulu pernah silam lalu kemarin');
export const PLEA = list('tolong mohon segera darurat sos cepat help');
export const QUESTION = list('apakah kapan bagaimana gimana berapa mengapa kenapa mana dimana');
