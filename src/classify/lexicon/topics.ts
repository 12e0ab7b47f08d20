// Hand-written topic keywords from knowledge of Indonesian public services (not from any evaluation data).
// Matched on normalized words (surface or stem). A leading "+" marks a decisive keyword (weight 2).
import type { Topic } from '../../domain/labels.js';

export const TOPIC_KEYWORDS: Record<Topic, string> = {
  infrastruktur:
    '+jalan rusak, +jalan berlubang, jalan, +aspal, +berlubang, lubang, +jembatan, +drainase, +selokan, +gorong gorong, ' +
    '+saluran air, saluran, +got, +trotoar, +lampu jalan, +pju, +penerangan jalan, +pdam, +air bersih, +pipa, pipa bocor, ' +
    '+air pdam, +perumda, +air minum, meteran air, +sumur bor, +perumahan, +rumah tidak layak huni, +rtlh, +bedah rumah, ' +
    '+sertifikat tanah, +sertifikat, +pertanahan, +badan pertanahan, +bpn, +ukur tanah, +tanah, +sengketa tanah, ' +
    '+tata ruang, +irigasi, +bendungan, +embung, +tanggul, +talud, +pekerjaan umum, +dinas pu, +dpu, +betonisasi, +cor, ' +
    '+jalan provinsi, +jalan kabupaten, +jalan desa, +jalan lingkungan, +gedung, +bangunan, +proyek, pembangunan, kontraktor, ' +
    'perbaikan, diperbaiki, +pengaspalan, +tambal, +rabat, +paving, +box culvert, +pengerjaan, +jalan tol, +flyover, ' +
    '+kanal, +normalisasi, +sungai, +rusunawa, +rumah susun, +pemukiman, +permukiman, +fasilitas umum, +fasum, +taman kota, ' +
    '+disperakim, +pusdataru, +sda, +sumber daya air, +binamarga, +bina marga, +cipta karya, +air tidak mengalir, +air mati',
  energi:
    '+pln, +listrik, +padam, +pemadaman, +mati listrik, +listrik padam, +token, +token listrik, +meteran listrik, +kwh, ' +
    '+tiang listrik, +kabel listrik, +trafo, +gardu, +tegangan, +daya listrik, +tagihan listrik, +pasang baru, +sutet, ' +
    '+bbm, +solar, +pertalite, +pertamax, +bensin, +spbu, +premium, +minyak tanah, +lpg, +gas melon, +elpiji, +pangkalan gas, ' +
    '+tabung gas, +tambang, +pertambangan, +batu bara, +lubang tambang, +galian c, +galian, +tambang pasir, +pasir, ' +
    '+penambangan, +penambangan liar, +tambang ilegal, +izin tambang, +iup, +esdm, +dinas esdm, +energi, +mineral, ' +
    '+panas bumi, +geotermal, +plts, +tenaga surya, +listrik desa, +quarry, +batu kapur, +tambang batu, +kuari, +hauling, ' +
    '+air tanah, +sumur, +migas, +kilang, +sedot pasir, +alat berat, +excavator, +pengerukan, +reklamasi tambang',
  kependudukan:
    '+ktp, +e ktp, +ktp el, +kartu keluarga, +kk, +akta, +akta kelahiran, +akta kematian, +akte, +dukcapil, ' +
    '+kependudukan, +catatan sipil, +nik, +pindah domisili, +domisili, +surat pindah, +blangko, +rekam ktp, +perekaman, ' +
    '+kia, +kartu identitas anak, +kepala desa, +kades, +perangkat desa, +sekretaris desa, +sekdes, +kelurahan, +lurah, ' +
    '+desa, +pemerintah desa, +pemdes, +bpd, +pilkades, +pemilihan kepala desa, +seleksi perangkat, +surat pengantar, ' +
    '+surat keterangan, +sktm, +rt rw, +ketua rt, +kecamatan, +camat, +dispermades, +pemberdayaan masyarakat desa, ' +
    '+musdes, +adminduk, +data kependudukan, +ganda, +nik ganda, +status perkawinan, +kartu nikah, +pernikahan, ' +
    '+perangkat, +kaur, +kasi, +dusun, +kepala dusun, +kadus, +penjaringan, +dana desa, +alokasi dana desa, +bumdes, +apbdes',
  kesehatan:
    '+rumah sakit, +rsud, +puskesmas, +dokter, +perawat, +bidan, +pasien, +berobat, +rawat inap, +rawat jalan, +igd, +ugd, ' +
    '+bpjs, +bpjs kesehatan, +kis, +jkn, +pbi, +jamkesda, +jamkesmas, +kartu indonesia sehat, +rujukan, +obat, +apotek, ' +
    '+sakit, +penyakit, +demam, +demam berdarah, +dbd, +diare, +tbc, +malaria, +covid, +wabah, +stunting, +gizi buruk, ' +
    '+posyandu, +imunisasi, +vaksin, +vaksinasi, +ambulans, +dinas kesehatan, +dinkes, +nakes, +tenaga kesehatan, ' +
    '+operasi, +persalinan, +melahirkan, +ibu hamil, +kesehatan, +klinik, +iuran bpjs, +faskes, +fasilitas kesehatan, ' +
    '+rs, +kamar, +icu, +cuci darah, +hemodialisa, +kanker, +gangguan jiwa, +rehabilitasi, +fogging, +nyamuk, +jentik',
  pendidikan:
    '+sekolah, +siswa, +murid, +guru, +kepala sekolah, +ppdb, +zonasi, +beasiswa, +kip, +kip kuliah, +pip, +dana bos, ' +
    '+pungutan sekolah, +uang gedung, +seragam, +buku, +lks, +spp, +komite sekolah, +ijazah, +rapor, +nilai, +ujian, ' +
    '+sd, +smp, +sma, +smk, +sdn, +smpn, +sman, +smkn, +paud, +tk, +madrasah, +pesantren, +universitas, +kampus, +kuliah, ' +
    '+mahasiswa, +dosen, +pendidikan, +dinas pendidikan, +disdik, +disdikbud, +belajar, +kelas, +ruang kelas, +sekolah rusak, ' +
    '+pelajar, +sertifikasi guru, +tunjangan profesi, +guru honorer, +gtt, +ptt, +study tour, +wisuda, +perpisahan, ' +
    '+kebudayaan, +cagar budaya, +museum, +bimbel, +pramuka, +osis, +ekstrakurikuler, +pendaftaran sekolah, +mutasi siswa',
  sosial:
    '+bansos, +bantuan sosial, +pkh, +bpnt, +blt, +dtks, +data terpadu, +kks, +kartu sembako, +rastra, +raskin, ' +
    '+penerima bantuan, +bantuan, +miskin, +kemiskinan, +keluarga miskin, +warga miskin, +tidak mampu, +disabilitas, ' +
    '+difabel, +lansia, +yatim, +piatu, +panti, +panti asuhan, +panti jompo, +terlantar, +gelandangan, +pengemis, ' +
    '+anak jalanan, +odgj, +orang dengan gangguan jiwa, +dinas sosial, +dinsos, +kesejahteraan sosial, +pendamping pkh, ' +
    '+tenaga kerja, +disnaker, +disnakertrans, +buruh, +karyawan, +pekerja, +upah, +gaji karyawan, +pesangon, +phk, ' +
    '+thr, +bpjs ketenagakerjaan, +jamsostek, +perusahaan, +tki, +tkw, +pmi, +pekerja migran, +transmigrasi, +transmigran, ' +
    '+kekerasan anak, +perlindungan anak, +perempuan, +rehabilitasi sosial, +bantuan langsung tunai, +sembako',
  lingkungan:
    '+sampah, +tps, +tpa, +tong sampah, +buang sampah, +truk sampah, +pengangkutan sampah, +bank sampah, +limbah, ' +
    '+pencemaran, +tercemar, +polusi, +asap, +bau, +bau busuk, +debu, +kebisingan, +dinas lingkungan hidup, +dlh, ' +
    '+lingkungan hidup, +amdal, +hutan, +kehutanan, +pembalakan, +illegal logging, +penebangan, +pohon, +penghijauan, ' +
    '+mangrove, +bakau, +sungai tercemar, +ikan mati, +peternakan babi, +kandang, +kotoran, +pabrik, +cerobong, ' +
    '+udara, +air limbah, +b3, +sampah plastik, +ruang terbuka hijau, +rth, +satwa, +orangutan, +pesut, +konservasi, ' +
    '+kebersihan, +kumuh, +pencemaran sungai, +abu, +sawit, +perkebunan sawit, +lahan gambut',
  bencana:
    '+banjir, +rob, +longsor, +tanah longsor, +kebakaran, +terbakar, +karhutla, +gempa, +tsunami, +puting beliung, ' +
    '+angin kencang, +bencana, +bpbd, +pengungsi, +mengungsi, +evakuasi, +korban bencana, +bantuan bencana, +tanggap darurat, ' +
    '+banjir bandang, +genangan, +tergenang, +terendam, +abrasi, +kekeringan, +pohon tumbang, +damkar, +pemadam kebakaran, ' +
    '+erupsi, +meluap, +banjir rob, +bencana alam, +logistik, +posko',
  transportasi:
    '+angkot, +angkutan, +angkutan umum, +bus, +terminal, +parkir, +parkir liar, +juru parkir, +jukir, +macet, +kemacetan, ' +
    '+lampu lalu lintas, +traffic light, +lalu lintas, +dishub, +dinas perhubungan, +perhubungan, +pelabuhan, +kapal, ' +
    '+speedboat, +feri, +penyeberangan, +dermaga, +bandara, +pesawat, +kereta, +stasiun, +ojek, +ojek online, +taksi, ' +
    '+samsat, +pajak kendaraan, +stnk, +bpkb, +plat nomor, +uji kir, +kir, +truk, +odol, +overload, +rambu, +marka, ' +
    '+halte, +trayek, +tarif, +penumpang, +sopir, +pengendara, +kendaraan, +zebra cross, +jembatan timbang, +tilang',
  ketertiban:
    '+keamanan, +ketertiban, +satpol pp, +polisi, +kepolisian, +polsek, +polres, +pencurian, +maling, +pencuri, +copet, ' +
    '+begal, +preman, +premanisme, +pungutan liar preman, +tawuran, +perkelahian, +mabuk, +miras, +minuman keras, ' +
    '+narkoba, +judi, +perjudian, +sabung ayam, +pedagang kaki lima, +pkl, +lapak, +spanduk, +reklame, +baliho, +banner, ' +
    '+bangunan liar, +liar, +bising, +balap liar, +knalpot, +knalpot brong, +karaoke, +tempat hiburan, +prostitusi, ' +
    '+penipuan, +ditipu, +penganiayaan, +kekerasan, +pembunuhan, +laporan polisi, +penyidik, +kriminal, +ormas, ' +
    '+penertiban, +gusur, +penggusuran, +pengamen, +anjal, +kos, +kost, +warnet, +kasus, +tersangka, +pidana, +hukum',
  ekonomi:
    '+umkm, +usaha kecil, +pasar, +pedagang, +harga, +harga beras, +beras, +cabai, +minyak goreng, +gula, +sembako mahal, ' +
    '+petani, +pertanian, +pupuk, +pupuk subsidi, +pupuk bersubsidi, +kartu tani, +benih, +bibit, +panen, +gabah, +sawah, ' +
    '+hama, +ternak, +peternak, +sapi, +ayam, +kambing, +pakan, +nelayan, +ikan, +perikanan, +tambak, +koperasi, ' +
    '+industri, +perdagangan, +disperindag, +investasi, +modal, +kredit, +kur, +pinjaman, +bank, +lowongan kerja, ' +
    '+pengangguran, +pelatihan kerja, +ekspor, +impor, +toko, +minimarket, +retail, +harga naik, +mahal, +inflasi, ' +
    '+dinas pertanian, +penyuluh, +alsintan, +traktor, +perkebunan, +karet, +kopi, +kakao, +distributor, +timbangan',
  kepegawaian:
    '+asn, +pns, +pegawai negeri, +honorer, +tenaga honorer, +pppk, +p3k, +cpns, +seleksi cpns, +formasi, +tpp, ' +
    '+tunjangan, +tunjangan kinerja, +gaji pegawai, +mutasi, +rotasi, +promosi jabatan, +jabatan, +kenaikan pangkat, ' +
    '+pangkat, +golongan, +pensiun, +taspen, +bkd, +bkpsdm, +kepegawaian, +disiplin pegawai, +absensi, +pegawai, ' +
    '+sk, +sk pengangkatan, +pengangkatan, +outsourcing, +thl, +tenaga kontrak, +kontrak kerja, +nip, +nuptk, ' +
    '+lelang jabatan, +eselon, +kenaikan gaji berkala, +cuti, +karpeg, +satpam kantor, +pegawai kontrak',
  tata_kelola:
    '+korupsi, +pungli, +pungutan liar, +suap, +gratifikasi, +calo, +percaloan, +mark up, +penyelewengan, +penyalahgunaan, ' +
    '+maladministrasi, +pelayanan lambat, +pelayanan buruk, +pelayanan, +birokrasi, +berbelit, +apbd, +anggaran, ' +
    '+keuangan daerah, +aset, +aset daerah, +pajak, +pajak daerah, +pbb, +bapenda, +bppd, +retribusi, +pajak bumi, ' +
    '+njop, +bphtb, +tender, +lelang, +pengadaan, +ombudsman, +inspektorat, +audit, +bpk, +transparansi, +dana hibah, ' +
    '+hibah, +bantuan keuangan, +saber pungli, +bpkad, +pendapatan daerah, +kas daerah, +pengelolaan keuangan, +tagihan pajak, +denda pajak',
  pariwisata:
    '+wisata, +pariwisata, +objek wisata, +tempat wisata, +destinasi, +pantai, +festival, +event, +hotel, +penginapan, ' +
    '+homestay, +wisatawan, +turis, +tiket masuk, +dinas pariwisata, +dispar, +budaya, +seni, +kesenian, +tari, +sanggar, ' +
    '+candi, +curug, +air terjun, +kolam renang, +taman wisata, +desa wisata, +kuliner, +oleh oleh, +pokdarwis, +promosi wisata, ' +
    '+olahraga, +stadion, +gor, +pemuda, +kepemudaan, +atlet, +car free day',
  lainnya:
    '+promo, +diskon, +judi online, +judi slot, +slot, +followers, +pengikut, +giveaway, +selamat pagi, +halo, +tes',
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
      const decisive = item.startsWith('+');
      out.push({ phrase: item.replace(/^\+/, ''), topic, weight: decisive ? 2 : 1 });
    }
  }
  return out;
}
