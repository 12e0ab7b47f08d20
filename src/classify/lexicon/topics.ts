// Hand-written topic keywords from knowledge of Indonesian public services (not from any evaluation data).
// Matched on normalized words (surface or stem). A leading "+" marks a decisive keyword (weight 2), "++" one
// that names the responsible office outright (weight 3), e.g. land certificates belong to the land office even
// when the complaint is about an illegal levy. Cross-cutting concerns (pungli, korupsi, slow service) weigh 1:
// the topic is the sector they happen in, and tata_kelola only when no sector is named.
import type { Topic } from '../../domain/labels.js';

export const TOPIC_KEYWORDS: Record<Topic, string> = {
  infrastruktur:
    'trotoar, +jalan desa, +jalan berlubang, +jalan amblas, +jalan bergelombang, +jembatan rusak, +sertipikat, ++kantor pertanahan, ++atr bpn, +pengairan, +saluran irigasi, +pintu air, +bendungan, tanggul, +pipa induk, +sambungan rumah pdam, +pengembang perumahan, +psu perumahan, +pengecoran jalan, +pengerasan jalan, +pelebaran jalan, +gedung kantor, +jalan rusak, jalan, +perbaikan jalan, +jalan kampung, +jalan penghubung, +akses jalan, +jalan licin, +jalan becek, +makadam, +plengsengan, +jalan tanah, +jalan alternatif, +jalan lingkar, +tanjakan, aspal rusak, +jalan nasional, +gapura, +tembok, +penerangan, +lampu penerangan, +rutilahu, +rehab rumah, +bina marga cipta karya, +psda, +bbws, +balai besar wilayah +sumur resapan, +jalan berlubang, +pelebaran jalan, +jalan ambles, +jembatan putus, +jembatan gantung, +air bersih tidak mengalir, +ruas jalan, +badan jalan, +jalan provinsi, +pengaspalan, +talut, +bendung, +waduk, +saluran irigasi, +normalisasi sungai, ++prona, ++ptsl, ++pendaftaran tanah, ++kantor pertanahan, +pamsimas, +sanitasi, +jamban, +mck, +rumah layak huni, ++sertifikat hak milik, +jalan berlubang, +aspal, +berlubang, lubang, +jembatan, +drainase, selokan, +gorong gorong, ' +
    '+saluran air, saluran, +got, +lampu jalan, +pju, +penerangan jalan, +pdam, air bersih, +pipa, pipa bocor, ' +
    '+air pdam, +perumda, +air minum, meteran air, +sumur bor, perumahan, +rumah tidak layak huni, +rtlh, +bedah rumah, ' +
    '++sertifikat tanah, +sertifikat, ++pertanahan, ++badan pertanahan, ++bpn, ++ukur tanah, tanah, ++sengketa tanah, ' +
    '+tata ruang, +irigasi, +embung, +talud, +pekerjaan umum, +dinas pu, +dpu, +betonisasi, cor, ' +
    '+jalan provinsi, +jalan kabupaten, +jalan lingkungan, pembangunan, kontraktor, ' +
    'perbaikan, diperbaiki, +pengaspalan, +tambal, +rabat, +paving, +box culvert, pengerjaan, +jalan tol, +flyover, ' +
    'normalisasi, sungai, +rusunawa, +rumah susun, fasilitas umum, fasum, ' +
    '+disperakim, +pusdataru, +sda, +sumber daya air, +binamarga, +bina marga, +cipta karya, +air tidak mengalir, +air mati',
  energi:
    '+pln, +pasir besi, +tambang emas, +sumur minyak, +minyak bumi, +pertambangan rakyat, +ijin tambang, +tambang batu kapur, +penambangan +tanah uruk, +tegangan listrik, +sambungan listrik, +jaringan listrik, +sirtu, +tanah urug, +urug, +galian pasir, +tambang galian, +wiup, +penambang, +voltase, +listrik mati, +tiang pln, +listrik, +padam, +pemadaman, +mati listrik, +listrik padam, token, +token listrik, +meteran listrik, +kwh, ' +
    '+tiang listrik, +kabel listrik, +trafo, +gardu, +tegangan, +daya listrik, +tagihan listrik, +pasang baru, +sutet, ' +
    '+bbm, +solar, +pertalite, +pertamax, +bensin, +spbu, premium, +minyak tanah, +lpg, +gas melon, +elpiji, +pangkalan gas, ' +
    '+tabung gas, +tambang, +pertambangan, batu bara, +lubang tambang, +galian c, galian, +tambang pasir, pasir, ' +
    '+penambangan, +penambangan liar, +tambang ilegal, +izin tambang, +iup, +esdm, +dinas esdm, energi, +mineral, ' +
    '+panas bumi, +geotermal, +plts, +tenaga surya, +listrik desa, +quarry, +batu kapur, +tambang batu, +kuari, +hauling, ' +
    'air tanah, +migas, +kilang, +sedot pasir, alat berat, excavator, +pengerukan, +reklamasi tambang',
  kependudukan:
    '+ktp, +pengisian perangkat desa, +pengisian perangkat, +seleksi perangkat desa, +ujian perangkat desa, kepala desa, perangkat desa, pemerintahan desa, kantor desa, kantor kelurahan, +administrasi kependudukan, +e ktp, +ktp el, +kartu keluarga, +kk, +akta, +akta kelahiran, +akta kematian, +akte, +dukcapil, ' +
    '+kependudukan, +catatan sipil, +nik, +pindah domisili, domisili, +surat pindah, +blangko, +rekam ktp, +perekaman, ' +
    '+kia, +kartu identitas anak, kepala desa, kades, perangkat desa, sekretaris desa, sekdes, ' +
    'pemerintah desa, pemdes, bpd, +pilkades, +pemilihan kepala desa, +seleksi perangkat, +surat pengantar, ' +
    'surat keterangan, +sktm, +dispermades, +pemberdayaan masyarakat desa, ' +
    'musdes, +adminduk, +data kependudukan, +nik ganda, +status perkawinan, +kartu nikah, pernikahan, ' +
    'kepala dusun, kadus, +penjaringan, alokasi dana desa, bumdes, apbdes',
  kesehatan:
    '+rumah sakit, +kis pbi, +bpjs pbi, +pelayanan rumah sakit, +kelas rawat, +tunggakan bpjs, +denda bpjs, +rekam medis, +dokter spesialis, +rsud, +puskesmas, +dokter, +perawat, +bidan, +pasien, +berobat, +rawat inap, +rawat jalan, +igd, +ugd, ' +
    '+bpjs, +bpjs kesehatan, +kis, +jkn, +pbi, +jamkesda, +jamkesmas, +kartu indonesia sehat, +rujukan, obat, +apotek, ' +
    'sakit, +penyakit, +demam, +demam berdarah, +dbd, +diare, +tbc, +malaria, +covid, +wabah, +stunting, +gizi buruk, ' +
    '+posyandu, +imunisasi, +vaksin, +vaksinasi, +ambulans, +dinas kesehatan, +dinkes, nakes, +tenaga kesehatan, ' +
    'operasi, +persalinan, +melahirkan, +ibu hamil, kesehatan, +klinik, +iuran bpjs, +faskes, +fasilitas kesehatan, ' +
    'rs, kamar, +icu, +cuci darah, +hemodialisa, +kanker, +gangguan jiwa, +fogging, +nyamuk, +jentik',
  pendidikan:
    '+sekolah, +sertifikasi guru, +tunjangan profesi guru, +tpg, +ijazah ditahan, +sekolah negeri, +sekolah swasta, +biaya sekolah, +daftar ulang, +sma negeri, +smk negeri, +siswa, +murid, +guru, +kepala sekolah, +ppdb, +zonasi, +beasiswa, +kip, +kip kuliah, +pip, +dana bos, ' +
    '+pungutan sekolah, +uang gedung, seragam, buku, +lks, +spp, +komite sekolah, +ijazah, +rapor, nilai, ujian, ' +
    '+sd, +smp, +sma, +smk, +sdn, +smpn, +sman, +smkn, +paud, tk, madrasah, +pesantren, +universitas, +kampus, +kuliah, ' +
    '+mahasiswa, +dosen, +pendidikan, +dinas pendidikan, +disdik, +disdikbud, belajar, kelas, +ruang kelas, +sekolah rusak, ' +
    '+sertifikasi guru, +tunjangan profesi, guru honorer, +gtt, +ptt, +study tour, +wisuda, +perpisahan, ' +
    'kebudayaan, +cagar budaya, +bimbel, +pramuka, +osis, +ekstrakurikuler, +pendaftaran sekolah, +mutasi siswa',
  sosial:
    '+kursi roda, +alat bantu disabilitas, +dipasung, +pasung, +pekerja sosial, +keluarga penerima manfaat, +kpm, +e warong, +bantuan sosial tunai, +bst, +penyandang disabilitas, +lansia terlantar, +anak terlantar, +korban kekerasan, +mediasi hubungan industrial, +upah lembur, +lksa, +santunan, +data kesejahteraan sosial, +bansos, +bantuan pkh, +penerima pkh, +bantuan pangan, +kartu kis, +sktm, +warga +rehab rumah tidak layak huni, +gaji di bawah umk, +upah di bawah umk, +bpjs tenaga kerja, +pengawas ketenagakerjaan, +pekerja pabrik, +hak pekerja, +upah minimum, +ump, +umk, lembur, +kontrak kerja perusahaan, +serikat pekerja, +hubungan industrial, +pemutusan hubungan kerja, +gaji tidak dibayar, +bantuan sosial, +pkh, +bpnt, +blt, +dtks, +data terpadu, +kks, +kartu sembako, +rastra, +raskin, ' +
    '+penerima bantuan, bantuan, +miskin, +kemiskinan, +keluarga miskin, +warga miskin, tidak mampu, +disabilitas, ' +
    '+difabel, +lansia, +yatim, +piatu, +panti, +panti asuhan, +panti jompo, +terlantar, +gelandangan, +pengemis, ' +
    '+anak jalanan, +odgj, +orang dengan gangguan jiwa, +dinas sosial, +dinsos, +kesejahteraan sosial, +pendamping pkh, ' +
    '+tenaga kerja, +disnaker, +disnakertrans, +buruh, karyawan, pekerja, +upah, +gaji karyawan, +pesangon, +phk, ' +
    '+thr, +bpjs ketenagakerjaan, +jamsostek, perusahaan, +tki, +tkw, +pmi, +pekerja migran, +transmigrasi, +transmigran, ' +
    '+kekerasan anak, +perlindungan anak, perempuan, +rehabilitasi sosial, +bantuan langsung tunai, sembako',
  lingkungan:
    '+ipal, +lindi, +reboisasi, +tpst, +bank sampah, +uji emisi, +emisi, +dlhk, +polisi hutan, +pengangkutan sampah, +truk sampah, +petugas kebersihan, +pencemaran air, +limbah b3, +oli bekas, +kotoran ternak, +kandang ayam, +sampah, +perhutani, +lmdh, +kawasan hutan, +hutan produksi, +penebangan liar, +penebangan pohon, +kayu hutan, +satwa liar, +pencemaran limbah, +limbah cair, +limbah medis, +peternakan ayam, +dinas lingkungan, +izin lingkungan, +pencemaran udara, +bau menyengat, +limbah pabrik, +cerobong asap, +pembakaran, +pohon ditebang, +hutan lindung, +hutan kota, +tps, +tpa, +tong sampah, +buang sampah, +truk sampah, +pengangkutan sampah, +bank sampah, +limbah, ' +
    '+pencemaran, tercemar, +polusi, asap, bau, +bau busuk, debu, +kebisingan, +dinas lingkungan hidup, +dlh, ' +
    '+lingkungan hidup, +amdal, +hutan, +kehutanan, +pembalakan, +illegal logging, +penebangan, pohon, +penghijauan, ' +
    '+mangrove, +bakau, +sungai tercemar, +ikan mati, +peternakan babi, kotoran, pabrik, +cerobong, ' +
    'udara, +air limbah, +b3, +sampah plastik, +ruang terbuka hijau, +rth, +satwa, +orangutan, +konservasi, ' +
    'kumuh, +pencemaran sungai, abu, +perkebunan sawit, +lahan gambut',
  bencana:
    '+banjir, +rob, +longsor, +tanah longsor, +kebakaran, +terbakar, +karhutla, +gempa, +tsunami, +puting beliung, ' +
    'angin kencang, +bencana, +bpbd, +pengungsi, +mengungsi, +evakuasi, +korban bencana, +bantuan bencana, +tanggap darurat, ' +
    '+banjir bandang, genangan, tergenang, +terendam, +abrasi, kekeringan, pohon tumbang, +damkar, +pemadam kebakaran, ' +
    '+erupsi, +meluap, +banjir rob, +bencana alam, logistik, posko',
  transportasi:
    '+angkot, +trans jateng, +brt, +uji kir, +jembatan timbang, +overdimensi, +angkutan barang, +bus sekolah, +lampu merah, +perlintasan kereta, +palang pintu kereta, +pungli dishub, +angkutan, +angkutan umum, +bus, +terminal, +parkir, +parkir liar, +juru parkir, +jukir, +macet, +kemacetan, ' +
    '+lampu lalu lintas, +traffic light, +lalu lintas, +dishub, +dinas perhubungan, +perhubungan, +pelabuhan, kapal, ' +
    '+speedboat, +feri, +penyeberangan, dermaga, +bandara, +pesawat, +kereta, +stasiun, +ojek, +ojek online, +taksi, ' +
    '+uji kir, +kir, truk, +odol, +overload, rambu, marka, ' +
    '+halte, +trayek, tarif, penumpang, sopir, pengendara, kendaraan, +zebra cross, +jembatan timbang, +tilang',
  ketertiban:
    '+keamanan, +oknum polisi, +laporan polisi, +polda, +reskrim, +penyidikan, +skck, +pembuatan sim, +penipuan online, +investasi bodong, +arisan bodong, +pelaku, +korban +ketertiban, +satpol pp, +polisi, +kepolisian, +polsek, +polres, +pencurian, +maling, +pencuri, +copet, ' +
    '+begal, +preman, +premanisme, +pungutan liar preman, +tawuran, +perkelahian, +mabuk, +miras, +minuman keras, ' +
    '+narkoba, +judi, +perjudian, +sabung ayam, +pedagang kaki lima, +pkl, lapak, +spanduk, reklame, baliho, banner, ' +
    '+bangunan liar, liar, +bising, +balap liar, +knalpot, +knalpot brong, +karaoke, +tempat hiburan, +prostitusi, ' +
    '+penipuan, +ditipu, +penganiayaan, kekerasan, +pembunuhan, +laporan polisi, +penyidik, +kriminal, +ormas, ' +
    '+penertiban, gusur, penggusuran, +pengamen, +anjal, kos, kost, warnet, kasus, tersangka, pidana, ',
  ekonomi:
    '+het pupuk, +operasi pasar, +penimbunan, +tengkulak, +pedagang pasar, +los pasar, +revitalisasi pasar, +pasar tradisional, +kelautan, +tempat pelelangan ikan, +alat tangkap, +pirt, +sertifikat halal, +hortikultura, +harga tbs, +harga sawit, +harga karet, +bibit sawit, +kartu prakerja, +pelatihan kerja, +penyakit mulut dan kuku, +vaksin ternak, +gagal panen, +wereng, +umkm, izin usaha, +siup, +balai latihan kerja, +blk, +pencari kerja, +kartu kuning, +tenaga kerja asing, +tka, magang, +harga pupuk, +distributor pupuk, +kios pupuk, +kartu tani, +penyuluh pertanian, +kelompok tani, +gapoktan, +subsidi pupuk, +harga gabah, +harga cabai, +disperindag, +dinas perdagangan, +dinas koperasi, +peternakan, +kesehatan hewan, +irigasi sawah, usaha kecil, +pasar, +pedagang, harga, +harga beras, +beras, +cabai, +minyak goreng, +gula, +sembako ' +
    '+petani, +pertanian, +pupuk, +pupuk subsidi, +pupuk bersubsidi, +kartu tani, +benih, +bibit, +panen, +gabah, +sawah, ' +
    '+hama, +ternak, +peternak, sapi, ayam, +pakan, +nelayan, ikan, +perikanan, +tambak, +koperasi, ' +
    'industri, +perdagangan, +disperindag, investasi, modal, +kur, pinjaman, +lowongan kerja, ' +
    '+pengangguran, +ekspor, +impor, toko, +minimarket, +retail, +harga naik, mahal, +inflasi, ' +
    '+dinas pertanian, +penyuluh, +alsintan, +traktor, karet, kopi, +kakao, +distributor, timbangan',
  kepegawaian:
    '+asn, +guru honorer, +honorer k2, +k2, +pengangkatan honorer, +seleksi pppk, +tes cpns, +kenaikan gaji, +gaji pns, +tunjangan pns, +pegawai pemprov, +pegawai pemda, +gtt, +ptt, +guru tidak tetap, +pegawai tidak tetap, +kenaikan pangkat, +nip, +bkd, +tunjangan perbaikan penghasilan, +pns, +pegawai negeri, +honorer, +tenaga honorer, +pppk, +p3k, +cpns, +seleksi cpns, +formasi, +tpp, ' +
    'tunjangan, +tunjangan kinerja, +gaji pegawai, mutasi, rotasi, +promosi jabatan, jabatan, +kenaikan pangkat, ' +
    'pangkat, golongan, +pensiun, +taspen, +bkd, +bkpsdm, +kepegawaian, +disiplin pegawai, absensi, pegawai, ' +
    'sk, +sk pengangkatan, pengangkatan, +outsourcing, +thl, +tenaga kontrak, +kontrak kerja, +nip, +nuptk, ' +
    '+lelang jabatan, +eselon, +kenaikan gaji berkala, cuti, +karpeg, +satpam kantor, +pegawai kontrak',
  tata_kelola:
    'korupsi, retribusi, +pajak air tanah, +pajak bumi dan bangunan, pungutan liar, oknum pegawai, penyalahgunaan wewenang, +aset pemda, +tanah aset, +sewa aset, +bantuan hibah, +dana aspirasi, +pajak kendaraan, +pajak kendaraan bermotor, +pkb, +bbnkb, +balik nama, +samsat, +pajak motor, +pajak mobil, +pemutihan pajak, +stnk, +bpkb, +plat nomor, +mutasi kendaraan, pungli, pungutan liar, suap, gratifikasi, calo, percaloan, mark up, penyelewengan, penyalahgunaan, ' +
    'maladministrasi, pelayanan lambat, pelayanan buruk, birokrasi, berbelit, +apbd, anggaran, ' +
    '+keuangan daerah, aset, +aset daerah, +pajak, +pajak daerah, +pbb, +bapenda, +bppd, +retribusi, +pajak bumi, ' +
    '+njop, +bphtb, +tender, lelang, +pengadaan, ombudsman, inspektorat, audit, transparansi, +dana hibah, ' +
    'hibah, bantuan keuangan, saber pungli, +bpkad, +pendapatan daerah, +kas daerah, +pengelolaan keuangan, +tagihan pajak, +denda pajak',
  pariwisata:
    '+wisata, +museum, +retribusi wisata, +objek wisata, +pengelola wisata, +pertunjukan, +wayang, +gamelan, +kebudayaan daerah, +disporapar, +pariwisata, +objek wisata, +tempat wisata, +destinasi, +pantai, +festival, event, +hotel, penginapan, ' +
    '+homestay, +wisatawan, +turis, +tiket masuk, +dinas pariwisata, +dispar, budaya, seni, +kesenian, tari, +sanggar, ' +
    '+candi, +curug, +air terjun, +kolam renang, +taman wisata, +desa wisata, kuliner, +oleh oleh, +pokdarwis, +promosi wisata, ' +
    '+stadion, +gor, +kepemudaan, +atlet, +car free day',
  lainnya: '+promo, +diskon, +judi online, +judi slot, +slot, +followers, +pengikut, +giveaway',
};

export interface TopicKeyword {
  phrase: string;
  topic: Topic;
  weight: number;
}

export function topicKeywordList(): TopicKeyword[] {
  const out: TopicKeyword[] = [];
  for (const [topic, list] of Object.entries(TOPIC_KEYWORDS) as [Topic, string][]) {
    for (const raw of list.split(',')) {
      const item = raw.trim();
      if (!item) continue;
      const plus = /^\+*/.exec(item)![0].length;
      out.push({ phrase: item.slice(plus), topic, weight: 1 + Math.min(plus, 2) });
    }
  }
  return out;
}
