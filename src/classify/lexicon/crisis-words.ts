// Crisis phrases for the urgency floor (see crisis.ts). Checked against the project corpus: everyday words
// (sakit, padam, asap, segera) stay out, because the floor must mean real danger. Childbirth stays kritis although
// the corpus often uses it calmly: missing a real emergency costs more than a false alarm.

/** Immediate danger to life, health or safety, or an ongoing disaster. */
export const KRITIS_PHRASES: string[] = (
  'terus naik, percikan api, terbawa arus, belum pulang, naik cepat, sepinggang, sedada, seleher, sampai atap, sampai jendela, api menyebar, ' +
  'api membesar, kobaran api, makanan habis, logistik habis, kehabisan makanan, banjir, rob, terendam, luap, meluap, air naik, air masuk rumah, tanggul jebol, jebol, ' +
  'banjir bandang, longsor, tanah longsor, tertimbun, kebakaran, terbakar, dilalap api, hangus, ' +
  'karhutla, kebakaran hutan, gempa, tsunami, puting beliung, angin kencang, pohon tumbang, tumbang, ' +
  'roboh, ambruk, runtuh, korban jiwa, korban luka, korban tewas, korban meninggal, memakan korban, ' +
  'menelan korban, pasien ditolak, ditolak puskesmas, ditolak igd, tewas, luka, luka parah, terluka, ' +
  'kritis, pingsan, tenggelam, hanyut, terseret, terjebak, hilang kontak, orang hilang, anak hilang, ' +
  'belum ditemukan, kecelakaan, tabrakan, tertabrak, terjatuh, jatuh ke, tersetrum, kesetrum, setrum, ' +
  'kabel putus, kabel jatuh, kabel menjuntai, korsleting, ledakan, meledak, bocor gas, keracunan, ' +
  'wabah, kejadian luar biasa, klb, diare massal, sesak napas, kejang, ditolak rumah sakit, ' +
  'tidak ditangani, pendarahan, melahirkan, kekerasan, dianiaya, penganiayaan, dipukul, dibacok, ' +
  'ditusuk, pembunuhan, diperkosa, pelecehan, kekerasan rumah tangga, penculikan, diculik, tawuran, ' +
  'begal, perampokan, evakuasi, mengungsi, sos, asap tebal, erosi, terisolir banjir'
).split(', ');

/** Real harm, but not immediate danger: essential services cut, paperwork-style mentions of death or victims. */
export const TINGGI_PHRASES: string[] = (
  'retak, amblas, genang, tergenang, abrasi, api, igd darurat, ada korban, demam berdarah, pengungsi, ' +
  'korban, darurat, tolong segera, air tidak mengalir, tidak mengalir, air keruh, krisis air, ' +
  'kekeringan, jalan putus, terputus, terisolasi, terisolir, tidak bisa lewat, berbahaya, bahaya, ' +
  'membahayakan, nyaris, hampir celaka, lubang besar, kelangkaan, antre panjang, kelaparan, ' +
  'tidak makan, kurang gizi, gizi buruk, tidak dilayani, belum cair, tidak cair, belum diterima, odgj, ' +
  'mengamuk, batas waktu, deadline, mendesak, urgen, preman, pemerasan, belum digaji, tidak digaji, ' +
  'gusur, penggusuran'
).split(', ');
