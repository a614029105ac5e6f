package entity

import "testing"

// TestSpeakerResolution covers the discourse model (discourse.go) and the reading of the
// phrase after a cue, with the speaker mention's byte offsets; a want with no name wants
// no speaker.
func TestSpeakerResolution(t *testing.T) {
	type want struct {
		text       string
		start, end int
		name, id   string
	}
	for _, tc := range []struct {
		doc  string
		text string
		want []want
	}{
		{"-nya five sentences after the subject was introduced",
			"Kepala Dinas Kesehatan Budi Santoso mengatakan hal itu. Warga datang. Hujan turun. Jalan rusak. Sekolah libur. ”Kami siap,” ujarnya.",
			[]want{{"nya", 132, 135, "Budi Santoso", ""}}},
		{"a reply cue and a title in small letters: the person with that role",
			"Jaksa penuntut umum Rio Fandi Nugroho membacakan tuntutan. ”Terdakwa bersalah,” kata Rio.\n\nKuasa hukum terdakwa, Maruli Tua Sihombing, menyatakan keberatan. ”Jaksa keliru,” tegasnya.\n\n”Penilai itu mengaku,” balas jaksa.",
			[]want{{"Rio", 89, 92, "Rio Fandi Nugroho", "doc:rio-fandi-nugroho"}, {"nya", 186, 189, "Maruli Tua Sihombing", "doc:maruli-tua-sihombing"}, {"jaksa", 225, 230, "Rio Fandi Nugroho", "doc:rio-fandi-nugroho"}}},
		{"a bare title: the latest person holding it",
			"Presiden Prabowo Subianto hadir di Bandung. Gubernur Jawa Barat Dedi Mulyadi juga hadir. ”Kami siap,” ujar Gubernur.",
			[]want{{"Gubernur", 111, 119, "Dedi Mulyadi", "per:dedi-mulyadi"}}},
		{"a bare title with nobody named: the gazetteer's holder of the office",
			"”Kami siap bekerja,” kata Presiden dalam sambutannya.",
			[]want{{"Presiden", 30, 38, "Prabowo Subianto", "per:prabowo-subianto"}}},
		{"a person introduced with selaku takes over from the previous speaker",
			"”Kami siap bekerja,” kata Budi Santoso. Rapat dilanjutkan. Ani Lestari selaku Direktur Utama menanggapi hal itu. ”Kami belum tahu,” ujarnya.",
			[]want{{"Budi Santoso", 30, 42, "Budi Santoso", ""}, {"nya", 144, 147, "Ani Lestari", "doc:ani-lestari"}}},
		{"a long role phrase, then the name, then the day",
			"”Kami siap bekerja,” ujar Kabid Humas Polda Jatim Kombes Dirmanto, Rabu (4/12/2026).",
			[]want{{"Dirmanto", 61, 69, "Dirmanto", "doc:dirmanto"}}},
		{"a quote paragraph with no cue: the speaker of the quote paragraph after it, named in the paragraph before",
			"Hazard menilai Conte manajer pekerja keras.\n\n\"Conte adalah manajer yang bagus. Kami mulai dengan baik.\"\n\n\"Conte terus berusaha,\" kata Eden Hazard.",
			[]want{{"Eden Hazard", 134, 145, "Eden Hazard", "per:eden-hazard"}, {"Eden Hazard", 134, 145, "Eden Hazard", "per:eden-hazard"}}},
		{"… but not when the paragraph before does not name that person",
			"Laga usai dengan skor 2-1.\n\n\"Conte adalah manajer yang bagus. Kami mulai dengan baik.\"\n\n\"Conte terus berusaha,\" kata Eden Hazard.",
			[]want{{"", 0, 0, "", ""}, {"Eden Hazard", 117, 128, "Eden Hazard", "per:eden-hazard"}}},
		{"two persons joined by dan are a pair, not what -nya points at",
			"Kepala BPBD Tasikmalaya Dadang Sutisna mengatakan tebing runtuh. ”Warga tidur,” kata Dadang.\n\nCamat Salawu Asep Milah dan Kepala Desa Kutawaringin Ujang Komarudin ikut mengarahkan warga.\n\nPencarian dilakukan manual. ”Aksesnya sempit,” ujarnya.",
			[]want{{"Dadang", 89, 95, "Dadang Sutisna", ""}, {"nya", 247, 250, "Dadang Sutisna", ""}}},
		{"a title in small letters finds the holder whose role is set off by a comma",
			"Jaksa penuntut umum, Fadhli Rahman Chaniago, menunjukkan kuitansi. “Kami sudah mendatangi toko ini,” ujar Fadhli.\n\nPenasihat hukum terdakwa, Defrizal Sikumbang, membantah. “Saksi berbohong,” kata Defrizal.\n\n“Saksi sudah menyerahkan catatan,” balas jaksa.",
			[]want{{"Fadhli", 110, 116, "Fadhli Rahman Chaniago", ""}, {"Defrizal", 204, 212, "Defrizal Sikumbang", ""}, {"jaksa", 260, 265, "Fadhli Rahman Chaniago", ""}}},
		{"a description with a place and its province refers back",
			"Andi Baso Ramli (48), sopir truk, mengatakan, perjalanan kini lima jam. ”As roda truk saya patah,” ujar sopir asal Bone, Sulawesi Selatan, itu.",
			[]want{{"sopir", 108, 113, "Andi Baso Ramli", ""}}},
		{"an abbreviated title finds the holder of the office it names",
			"Kepala Desa Sukamaju Syahrial Jamaluddin menyebut warga lelah. ”Kami lelah,” katanya. ”Tambal itu hancur lagi,” balas Kades.",
			[]want{{"nya", 85, 88, "Syahrial Jamaluddin", ""}, {"Kades", 126, 131, "Syahrial Jamaluddin", ""}}},
		{"a paragraph opened by Menurut X keeps X over a person it reports on",
			"Menurut Wiradana, jalan itu cepat rusak karena dilalui truk. Gubernur Nusa Tenggara Barat Lalu Muhamad Iqbal disebut sudah melihat kondisi jalan. ”Kami akan memasang timbangan,” katanya.",
			[]want{{"nya", 186, 189, "Wiradana", ""}}},
		{"a person named after Menurutnya in the sentence is named in passing",
			"Kepala Dinas Perumahan Rakyat DKI Jakarta, Arifin memastikan bahwa dana bedah rumah tidak berasal dari APBD.\n\n\"Belum ada rencana memasukkan program bedah rumah ke APBD,\" katanya di Balai Kota.\n\nMenurutnya, belum ada arahan dari gubernur Basuki Tjahaja Purnama terkait proyek itu. \"Cuma tergantung arahan Gubernur,\" ungkap dia.",
			[]want{{"nya", 174, 177, "Arifin", ""}, {"dia", 322, 325, "Arifin", ""}}},
		{"a person named as the subject's kin is named in passing",
			"Hanung menulis surat. Meski tak menyangkal pernyataan itu, namun suami dari Zaskia Adya Mecca ini mengatakan bahwa ia tidak bermaksud merendahkan. \"Mohon maaf,\" tulisnya kepada Hannah.",
			[]want{{"nya", 166, 169, "Hanung", ""}}},
		{"a name set off after a title in small letters is a person's",
			"“Ini bukan keputusan yang mudah,” kata ketua klub, John Williams, di laman resmi klub.",
			[]want{{"John Williams", 55, 68, "John Williams", ""}}},
		{"a bare title with its body's acronym finds the holder, unless a name follows",
			"Menko Polhukam Wiranto hadir. \"Laut harus diawasi,\" jelas Menko Polhukam. \"Kami siap,\" kata Panglima TNI, Jenderal TNI Gatot Nurmantyo, di Medan.",
			[]want{{"Menko Polhukam", 58, 72, "Wiranto", ""}, {"Gatot Nurmantyo", 119, 134, "Gatot Nurmantyo", ""}}},
		{"a quote attributed after it by a passive frame that points back at it",
			"\"Kami sempat kehilangan kendali, tetapi para pemain tetap tenang.\"\n\nHal itu disampaikan pelatih Feyenoord, Henk ter Horst, kepada ESPN seusai pertandingan.",
			[]want{{"Henk ter Horst", 107, 121, "Henk ter Horst", ""}}},
		{"a quote paragraph with no cue after a paragraph its speaker opens",
			"Pelaksana Harian Direktur Penyidikan KPK Brigjen Pol Hendarto Wicaksono menyebut penyidik telah memeriksa 58 saksi.\n\n”Kami menemukan berita acara yang ditandatangani sebelum barangnya tiba.”",
			[]want{{"Hendarto Wicaksono", 53, 71, "Hendarto Wicaksono", ""}}},
		{"a paragraph opened after Terpisah by a role set off by commas keeps its opener",
			"Terpisah, Direktur Jenderal Minyak dan Gas Bumi Kementerian ESDM, Dr Ir Haryo Bimantoro, menyebut program ini bagian dari kewajiban. Program tersebut menjalankan arahan Menteri ESDM Bahlil Lahadalia.\n\n”Setiap tambahan 10 persen etanol mengurangi impor bensin,” katanya.",
			[]want{{"nya", 269, 272, "Haryo Bimantoro", ""}}},
		{"… or the last who speaks in it",
			"Gol itu dipantau dari Jakarta. Direktur Teknik PSSI Alexander Zwiers mengaku mengikuti perkembangan bek itu sejak lama.\n\n\"Dia punya kaki kiri yang bagus dan tenang saat membawa bola.\"",
			[]want{{"Alexander Zwiers", 52, 68, "Alexander Zwiers", ""}}},
		{"a cue with one letter dropped, right after a quote",
			"Budi Santoso hadir. ”Ya,” ujanya.",
			[]want{{"nya", 33, 36, "Budi Santoso", ""}}},
		{"a body's long name in the phrase after the cue counts as one step",
			"”Kami siap,” kata Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Barat Hendra Kurniawan, Rabu.",
			[]want{{"Hendra Kurniawan", 110, 126, "Hendra Kurniawan", ""}}},
		{"an English title and a numbered unit in the role",
			"”Kami siap,” kata General Manager PT KAI Daop 8 Surabaya Heri Siswanto saat ditemui.",
			[]want{{"Heri Siswanto", 61, 74, "Heri Siswanto", ""}}},
		{"a Chinese surname of two letters refers to the full name",
			"Juru bicara He Yongqian hadir. ”Kami menolak,” kata He.",
			[]want{{"He", 56, 58, "He Yongqian", ""}}},
		{"a title in small letters: the latest person with that role",
			"Pelatih Indra Sjafri memimpin latihan. ”Kami siap,” kata pelatih sambil tersenyum.",
			[]want{{"pelatih", 61, 68, "Indra Sjafri", ""}}},
		{"a title in small letters with nobody holding it: read on",
			"”Kami siap,” kata pelatih Persib Bojan Hodak.",
			[]want{{"Bojan Hodak", 37, 48, "Bojan Hodak", ""}}},
		{"a quote of several sentences does not use up the look-back",
			"Budi Santoso mengatakan, banjir surut. ”Air naik cepat. Warga mengungsi. Tanggul jebol. Posko dibuka. Bantuan datang,” ujarnya.",
			[]want{{"nya", 127, 130, "Budi Santoso", ""}}},
		{"a unit of two parts with its acronym in brackets in the role, then the body",
			"”Gempa tidak berpotensi tsunami,” kata Koordinator Pusat Pengendalian dan Operasi (Pusdalops) BPBD Kabupaten Sukabumi Yana Rusyana di Sukabumi.",
			[]want{{"Yana Rusyana", 122, 134, "Yana Rusyana", ""}}},
		{"a list inside the role",
			"”Rumah rusak ringan,” ujar Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo Purwo Nugroho dalam keterangan tertulis.",
			[]want{{"Sutopo Purwo Nugroho", 76, 96, "Sutopo Purwo Nugroho", ""}}},
		{"a list of names of units inside a role longer than twelve words",
			"”Kami berterima kasih,” ujar Deputi Komisioner Pengawas Emiten, Transaksi Efek, dan Pemeriksaan Khusus OJK Rudy Hartawan Sinaga di Jakarta.",
			[]want{{"Rudy Hartawan Sinaga", 111, 131, "Rudy Hartawan Sinaga", ""}}},
		{"a title's acronym in brackets after it",
			"”Operasinya lancar,” kata Pelaksana Harian (Plh) Kepala Biro Humas KPK Yuyuk Andriati di gedung KPK.",
			[]want{{"Yuyuk Andriati", 75, 89, "Yuyuk Andriati", ""}}},
		{"a description in small letters before the name",
			"”Kami tidak terlibat,” ujar petinggi laskar FPI Maman Suryadi saat dikonfirmasi.",
			[]want{{"Maman Suryadi", 52, 65, "Maman Suryadi", ""}}},
		{"sang and a description before a name",
			"”Kami senang sekali,” kata sang gitaris Riko.",
			[]want{{"Riko", 44, 48, "Riko", ""}}},
		{"a cue of welcome after the quote",
			"”Kami siap,” sambut CEO Warung Pintar Agung Bezharie.",
			[]want{{"Agung Bezharie", 42, 56, "Agung Bezharie", ""}}},
		{"a person named in passing after the subject's pronoun does not take over",
			"Budi Santoso juga mengatakan, kasus korupsi semakin besar. Dia menyinggung kasus mantan bendahara partai Andi Wijaya yang tersandung kasus suap. ”Itu contohnya,” tuturnya.",
			[]want{{"nya", 171, 174, "Budi Santoso", ""}}},
		{"a source word, a body and the person of the body after it",
			"”Kami berduka,” ujar media officer Persib Irfan Suryadireja.",
			[]want{{"Irfan Suryadireja", 46, 63, "Irfan Suryadireja", ""}}},
		{"a one-word name set off before a reporting verb is someone to refer to",
			"Perwakilan Lion Air, Fikriyansyah dalam rapat evaluasi, menyampaikan kekhawatirannya. Rapat berlangsung lama.\n\n\"Semoga kita bisa menghindari ini,\" kata dia.",
			[]want{{"dia", 152, 155, "Fikriyansyah", ""}}},
		{"a one-word name after a comma and before yang and a reporting verb",
			"Masih dalam rapat, General Manager Bandara Hang Nadim Batam, Suwarso yang mengatakan akan memperbaiki mesin.\n\n\"Mesin akan diperbaiki,\" kata dia.",
			[]want{{"dia", 140, 143, "Suwarso", ""}}},
		{"a second role after yang juga, and a one-word name after the body's place",
			"\"Negara peserta ada sepuluh,\" kata Ketua Panitia yang juga Kepala Dinas Pemuda dan Olahraga Padang Suardi, di Padang.",
			[]want{{"Suardi", 99, 105, "Suardi", ""}}},
		{"an unnamed speaker is given by the description",
			"\"Kami pulang,\" kata rekan korban.",
			[]want{{"rekan korban", 20, 32, "rekan korban", ""}}},
		{"a place in the description is no speaker",
			"\"Rumah rusak,\" kata warga desa Sukamaju.",
			[]want{{"warga desa", 20, 30, "warga desa", ""}}},
		{"a description with a relative clause refers back",
			"Peneliti keamanan Yudhi Kukuh hadir. \"Situs itu dibajak,\" terang Yudhi. \"Pemiliknya lalai,\" tambah pria yang bekerja sebagai konsultan itu.",
			[]want{{"Yudhi", 65, 70, "Yudhi Kukuh", ""}, {"pria", 99, 103, "Yudhi Kukuh", ""}}},
		{"dirinya is a pronoun",
			"\"Kami tidak takut,\" kata Fabinho. Monaco siap. \"Kami akan menyerang,\" ujar dirinya.",
			[]want{{"Fabinho", 25, 32, "Fabinho", ""}, {"dirinya", 75, 82, "Fabinho", ""}}},
		{"the subject who opens the paragraph before keeps it over persons it names in passing",
			"Kepala Bidang BPBD Kabupaten Pekalongan Bumi Wicaksono mengatakan, 3.412 keluarga terdampak. Warga mengungsi. Camat Tirto Agus Prasetyo sudah diminta mendata rumah.\n\n”Air laut masuk,” ujarnya.",
			[]want{{"nya", 192, 195, "Bumi Wicaksono", ""}}},
		{"a bare title's words found in the holder's role phrase",
			"Kepala Satuan Lalu Lintas Polres Dharmasraya AKP Hendro Marpaung hadir. ”Jangan menyerobot,” tambah Kasat Lantas.",
			[]want{{"Kasat Lantas", 104, 116, "Hendro Marpaung", ""}}},
		{"a call name given after the cue, held in a word of an earlier full name",
			"Gubernur Nusa Tenggara Timur Emanuel Melkiades Laka Lena berkunjung. ”Anjing harus diamankan,” kata Melki, sapaan akrabnya.",
			[]want{{"Melki", 104, 109, "Emanuel Melkiades Laka Lena", "per:melki-laka-lena"}}},
		{"a known person's full name in the text, not the name the gazetteer goes by",
			"Vokalis Akhdiyat Duta Modjo hadir. ”Lagu ini spesial,” kata Duta.",
			[]want{{"Duta", 64, 68, "Akhdiyat Duta Modjo", ""}}},
		{"a two-word call name's name word alone, after an honorific",
			"Siti Aminah (45) yang akrab disapa Bu Ami mengantre. ”Sudah tiga hari,” kata Bu Ami.",
			[]want{{"Ami", 84, 87, "Siti Aminah", ""}}},
		{"a place after a body's place opens the holder's name, said alone later",
			"Anggota Komisi III DPRD Balikpapan Bandung Prasetyo menilai perusahaan lamban. ”Warga baru tahu,” kata Bandung, Minggu (6/12/2026).",
			[]want{{"Bandung", 107, 114, "Bandung Prasetyo", ""}}},
		{"seorang introduces someone new",
			"Warsono (58) mengungsi. ”Banyak anak gatal-gatal,” ujar seorang relawan di posko itu.",
			[]want{{"seorang relawan", 60, 75, "relawan", ""}}},
		{"the paragraph's opener keeps it over one who speaks in it but not right before the quote",
			"Kepala Bagian BPJS Kesehatan Kantor Cabang Pematangsiantar Mentari Br Sinaga mengatakan, 4.100 peserta terdampak. Kepala Dinas Sosial Kota Pematangsiantar Hotman Sitorus menyatakan data itu berasal dari Kementerian Sosial. Antrean sudah mengular.\n\n“Peserta bisa diaktifkan kembali,” tuturnya.",
			[]want{{"nya", 292, 295, "Mentari Br Sinaga", ""}}},
		{"a call name given after a descriptor inside the sentence",
			"Baiq Murniati menunggu. Setiap pagi perempuan yang akrab disapa Inaq Murni itu berjalan kaki. ”Anak saya takut,” kata Inaq Murni.",
			[]want{{"Inaq Murni", 122, 132, "Baiq Murniati", ""}}},
		{"a reply cue's description names the other side of the exchange",
			"Jaksa Surya Atmaja menuntut terdakwa. Penasihat hukum terdakwa, Marthen Rompas, menilai tuntutan itu berlebihan. “Klien kami tidak bersalah,” ujar Marthen.\n\n“Dalil itu tidak berdasar,” balas jaksa.\n\n“Auditor itu tidak pernah turun ke gudang,” timpal pengacara asal Manado tersebut.",
			[]want{{"Marthen", 151, 158, "Marthen Rompas", ""}, {"jaksa", 199, 204, "Surya Atmaja", ""}, {"pengacara", 262, 271, "Marthen Rompas", ""}}},
		{"a call name at the end of a description set off after the name",
			"Mohamad Rizky Lamatenggo (22), mahasiswa semester tujuh Program Studi Agroteknologi yang akrab disapa Kiki, sudah dua hari menunggu. ”Skripsi saya tinggal tanda tangan,” kata Kiki.",
			[]want{{"Kiki", 179, 183, "Mohamad Rizky Lamatenggo", ""}}},
		{"the opener of the quote's own paragraph keeps it over a person named in passing",
			"Pelatih PSM Joaquim Serrano mengakui timnya kehilangan konsentrasi. Tim itu sebelumnya tak terkalahkan. Dua bek andalan mereka, termasuk kapten Yuran Fernandes, juga absen. “Satu kesalahan kecil dan semuanya hilang,” katanya.",
			[]want{{"nya", 225, 228, "Joaquim Serrano", ""}}},
	} {
		d := Default().Extract(tc.text)
		if len(d.Quotes) != len(tc.want) {
			t.Errorf("%s: %d quotes, want %d", tc.doc, len(d.Quotes), len(tc.want))
			continue
		}
		for k, w := range tc.want {
			sp := d.Quotes[k].Speaker
			if w.name == "" { // no speaker wanted
				if sp != nil {
					t.Errorf("%s: quote %d speaker %q, want none", tc.doc, k, sp.Name)
				}
				continue
			}
			if sp == nil {
				t.Errorf("%s: quote %d has no speaker, want %q", tc.doc, k, w.name)
				continue
			}
			if sp.Text != w.text || sp.Start != w.start || sp.End != w.end || sp.Name != w.name || w.id != "" && sp.ID != w.id {
				t.Errorf("%s: quote %d speaker %q [%d:%d] name %q id %s; want %q [%d:%d] name %q id %s",
					tc.doc, k, sp.Text, sp.Start, sp.End, sp.Name, sp.ID, w.text, w.start, w.end, w.name, w.id)
			}
		}
	}
}
