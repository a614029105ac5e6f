package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRealNewsRules covers the rules that articles in other outlets' styles (31–60) led
// to: tickers after a listed company, bodies named by a web domain, datelines' outlets and
// their later mentions, names after a noun that introduces a body, venues named after a
// person, English names with an article, a place inside a listed company's legal name, a
// body in a title's run, an origin before a person, a numbered part after a title, and a
// lone ordinary word after a preposition.
func TestRealNewsRules(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a bare verb of a headline in capitals (guncang, rendam) opens no body's or person's name before a place",
			"Gempa Guncang Kabupaten Garut. Banjir Besar Rendam Kabupaten Bandung.",
			[]string{`LOCATION "Kabupaten Garut"@14`, `LOCATION "Kabupaten Bandung"@51`}},
		{"an ordinary word in capitals that opens a paragraph before a word in small letters is no acronym; an acronym there is one",
			"KELEBIHAN garam dapat memicu hipertensi.\n\nGEJOLAK harga cabai membuat Rudi Santoso resah.\n\nBMKG menghimbau warga waspada.",
			[]string{`PERSON "Rudi Santoso"@70`, `ORGANIZATION "BMKG"@91`}},
		{"a name that a word for a printing or a booking business closes is a company's, no person's",
			"Pertama ada Dunex Printing dengan produknya berupa aplikasi. Selain sistem pemesanan tiket, Larin Booking juga menyediakan kios.",
			[]string{`ORGANIZATION "Dunex Printing"@12`, `ORGANIZATION "Larin Booking"@92`}},
		{"a body of one word named elsewhere opens a title's run before its holder's first name the lists know",
			"Startup logistik asal Surabaya, Kirimaja, meraih pendanaan seri A. CEO Kirimaja Fajar Nugroho mengatakan dana akan dipakai untuk ekspansi.",
			[]string{`LOCATION "Surabaya"@22`, `ORGANIZATION "Kirimaja"@32`, `ORGANIZATION "Kirimaja"@71`, `PERSON "Fajar Nugroho"@80`}},
		{"a body named alone after a noun that introduces bodies opens a title's run before its holder's name; a brand's maker after merek is a body",
			"Kabar ini diumumkan promotor Mecimapro lewat akun resminya. Direktur Mecimapro Fransiska Dimitri mengatakan tiket habis. " +
				"Merek ponsel asal China, Nexora, resmi meluncurkan ponsel baru. Nexora menggandeng Erajaya.",
			[]string{`ORGANIZATION "Mecimapro"@29`, `ORGANIZATION "Mecimapro"@69`, `PERSON "Fransiska Dimitri"@79`,
				`COUNTRY "China"@139`, `ORGANIZATION "Nexora"@146`, `ORGANIZATION "Nexora"@185`, `ORGANIZATION "Erajaya"@204`}},
		{"a body's name given elsewhere, after a title, leaves its holder's one-word name after it",
			"Kami minta Perumda Air Minum Giri Tirta Sari menyusun rencana. Direktur Utama Perumda Air Minum Giri Tirta Sari Sutarno mengatakan biayanya mahal.",
			[]string{`ORGANIZATION "Perumda Air Minum Giri Tirta Sari"@11`, `ORGANIZATION "Perumda Air Minum Giri Tirta Sari"@78`, `PERSON "Sutarno"@112`}},
		{"a name in capitals after a noun for an idol group, its country or its genre between, is the group's; Boy and K-pop are no names",
			"Boy group Korea Selatan STELLAR9 akan menggelar fan meeting. Anggota girl group K-pop NOVELLE menyapa. Grup idola Jepang MIRAI DROPS datang. " +
				"Dalam grup WhatsApp ANTARA beredar kabar.",
			[]string{`COUNTRY "Korea Selatan"@10`, `ORGANIZATION "STELLAR9"@24`, `ORGANIZATION "NOVELLE"@86`, `COUNTRY "Jepang"@114`,
				`ORGANIZATION "MIRAI DROPS"@121`, `ORGANIZATION "WhatsApp"@152`, `ORGANIZATION "ANTARA"@161`}},
		{"a place abroad that opens a club's name, alone later in a paragraph on sport and after no preposition of place, is the club",
			"Jeonbuk Hyundai Motors mengalahkan Ulsan HD 3-1 di Stadion Jeonju. Jeonbuk unggul lewat gol pada menit ke-20. Pekan depan Ulsan menjamu Pohang Steelers di Ulsan.",
			[]string{`ORGANIZATION "Jeonbuk Hyundai Motors"@0`, `ORGANIZATION "Ulsan HD"@35`, `LOCATION "Stadion Jeonju"@51`, `ORGANIZATION "Jeonbuk"@67`,
				`ORGANIZATION "Ulsan"@122`, `ORGANIZATION "Pohang Steelers"@136`, `LOCATION "Ulsan"@155`}},
		{"a name only the context guessed inside a title in quotation marks is no name",
			`Lagu tema film, "Pulang ke Sunyi", yang dinyanyikan Nadin Amizah melejit. Lagu "Bad Liar" juga populer.`,
			[]string{`PERSON "Nadin Amizah"@52`}},
		{"a name that a word for a medical business closes is a company's, no person's",
			"Kedelapan ada Sinar Medikal yang menghadirkan alat bantu.",
			[]string{`ORGANIZATION "Sinar Medikal"@14`}},
		{"KBP, the police rank Kombes was called before, is a rank before a name, no body",
			"Operasi itu dipimpin KBP Jhon Turman Panjaitan dan KBP Sutrisno.",
			[]string{`PERSON "Jhon Turman Panjaitan"@25`, `PERSON "Sutrisno"@55`}},
		{"a noun made from a verb opens no person's name; a family name ending in -ian is one",
			"“Pertandingan itu berat,” kata Keshishian kepada wartawan. Penelitian itu memperdalam Kebuntuan Evolusi Kambrium. Pejabat bidang Kemaritiman mengatakan hal itu.",
			[]string{`PERSON "Keshishian"@35`}},
		{"a source in ordinary or English words after menurut, or after kepada and a reporting verb, is an outlet; a name the text uses elsewhere stays a person's",
			"Klub itu akan membeli dua pemain, menurut Morning Express. “Kami siap,” kata Rivaldo kepada Weekly Goal. Menurut Telegraph, harga tiket naik. Ucapan terima kasih disampaikan kepada Carrie Fisher. Fisher meninggal pada Desember.",
			[]string{`ORGANIZATION "Morning Express"@42`, `PERSON "Rivaldo"@81`, `ORGANIZATION "Weekly Goal"@96`, `ORGANIZATION "Telegraph"@117`,
				`PERSON "Carrie Fisher"@185`, `PERSON "Fisher"@200`}},
		{"one word with a capital inside is a brand's or a company's name, after a title too, no person's",
			"Saat ini KlinikPintar mengklaim telah bermitra dengan 500 dokter. “Kami tumbuh,” kata Dewi Lestari, CTO TanamDana. Kemarin, BenQ mengajak media mencoba proyektornya.",
			[]string{`ORGANIZATION "KlinikPintar"@9`, `PERSON "Dewi Lestari"@90`, `ORGANIZATION "TanamDana"@108`, `ORGANIZATION "BenQ"@128`}},
		{"one word no first name after a firm officer's title, then only the firm's country and the clause's end, is the firm, no holder",
			"Winda Lestari, Associate Country Manager Tokopaka Indonesia yang hadir, mengatakan pasar tumbuh. Dana itu dikucurkan mantan CEO Brivox, kata Hendra Kwik.",
			[]string{`PERSON "Winda Lestari"@0`, `ORGANIZATION "Tokopaka"@41`, `COUNTRY "Indonesia"@50`, `ORGANIZATION "Brivox"@128`, `PERSON "Hendra Kwik"@141`}},
		{"a name opened by a plural article of another language is a team's, no person's; not inside a title of capitalised words",
			"Para pemain Les Verdins tampil buruk. Kemarin skuat Los Marinos menang, lalu Gli Aquilotti kalah dari Die Woelfe. Film Live Die Repeat tayang.",
			[]string{`ORGANIZATION "Les Verdins"@12`, `ORGANIZATION "Los Marinos"@52`, `ORGANIZATION "Gli Aquilotti"@77`, `ORGANIZATION "Die Woelfe"@102`}},
		{"an actor's name in brackets after a character's is a person's; a song's title in brackets after a singer's is none",
			"Film itu menampilkan koala bernama Buster Moon (Garrett Hollis) dan domba Eddie Noodleman (Taron Ashbury). Lagu milik Kelly Clarkson (Love So Soft) diputar.",
			[]string{`PERSON "Buster Moon"@35`, `PERSON "Garrett Hollis"@48`, `PERSON "Eddie Noodleman"@74`, `PERSON "Taron Ashbury"@91`, `PERSON "Kelly Clarkson"@118`}},
		{"a name right before a model's code of letters and digits is a product's, no entity; an age group's code is no model's",
			"Kedua, Redmi 5A sudah menjalankan OS baru. Layar yang ditawarkan Pegasus 4S dilengkapi resolusi HD. Pemain Timnas U-19 Egy Maulana Vikri mencetak gol.",
			[]string{`PERSON "Egy Maulana Vikri"@119`}},
		{"initials after a misspelt berinisial stand for an unnamed person, no body",
			"Remaja berinsial MA itu dianiaya warga. Korban bernisial OPA melapor ke polisi.",
			nil},
		{"a name ends at a hyphen glued to a word that opens or follows an aside set off by dashes without spaces; a Korean name's syllable stays inside",
			"Laga itu digelar pada partai Premier League-kasta teratas Liga Inggris-di Stadion Old Trafford. Kakeknya, Henry Potter-juga dikenal sebagai Harry. Son Heung-min hadir.",
			[]string{`LOCATION "Stadion Old Trafford"@74`, `PERSON "Henry Potter"@106`, `PERSON "Harry"@140`, `PERSON "Son Heung-min"@147`}},
		{"one word after anggota that the document writes after a noun for a group is the group, no person; a word it does not is the holder",
			"Grup idol Velvetine ditinggal personelnya. Ia aktif sebagai anggota Velvetine selama 7 tahun. Ia juga anggota Budiman.",
			[]string{`ORGANIZATION "Velvetine"@10`, `ORGANIZATION "Velvetine"@68`, `PERSON "Budiman"@110`}},
		{"one unknown word after a noun for a pass, a shot or a goal is the player's name; not inside a headline's Title Case",
			"Menit 20, sundulan Rodinho membentur tiang. Gol Tavarsi di babak kedua dibalas lewat umpan Koslav dari kanan. SIMAK JUGA: Tendangan Bebas Menangkan Persib",
			[]string{`PERSON "Rodinho"@19`, `PERSON "Tavarsi"@48`, `PERSON "Koslav"@91`, `ORGANIZATION "Persib"@148`}},
		{"a full name after a noun for a pass, a shot or a goal is the player's, an ordinary word ending it too",
			"Umpan silang Rafael Mata diteruskan oleh sundulan Tomas Varga ke gawang.",
			[]string{`PERSON "Rafael Mata"@13`, `PERSON "Tomas Varga"@50`}},
		{"one unknown word after a word in small letters and before a match's minute is the player's name",
			"Tim tamu unggul lewat Ferasco pada menit ke-31. Bola diamankan oleh Lomarra di menit 21. Gol bunuh diri Tavelli menit ke-54 menutup laga.",
			[]string{`PERSON "Ferasco"@22`, `PERSON "Lomarra"@68`, `PERSON "Tavelli"@104`}},
		{"a line-up after a team's name, a colon and a semicolon among its first words gives players, places' names too; a label's list of places stays places",
			"Susunan pemain:\n\nPersija: Randi Purba; Flores, Montreal, Kuncoro; Amdrik (Solari 70), Petrusi\n\nPemenang: Medan, Bandung; Jakarta",
			[]string{`ORGANIZATION "Persija"@17`, `PERSON "Randi Purba"@26`, `PERSON "Flores"@39`, `PERSON "Montreal"@47`, `PERSON "Kuncoro"@57`,
				`PERSON "Amdrik"@66`, `PERSON "Solari"@74`, `PERSON "Petrusi"@86`, `LOCATION "Medan"@105`, `LOCATION "Bandung"@112`, `LOCATION "Jakarta"@121`}},
		{"an election, a qualifier, a festival or a cup named after di, its head word first, is an event and no place; the place it names stays one",
			"Ia maju di Pilgub Jawa Barat tahun ini. Andi Wirawan bermain di Kualifikasi PD 2018 zona Eropa. Filmnya tayang di Festival Film Cannes, lalu di Piala Pertiwi.",
			[]string{`LOCATION "Jawa Barat"@18`, `PERSON "Andi Wirawan"@40`, `LOCATION "Eropa"@89`, `LOCATION "Cannes"@128`}},
		{"a company's name opened by its head word ends before a person's name the document names alone elsewhere",
			"Hendra Wiratama adalah pemilik gudang itu. Uang diberikan Direktur Utama CV Laut Biru Sentosa dan PT Samudra Niaga Prima Hendra Wiratama agar perkara selesai.",
			[]string{`PERSON "Hendra Wiratama"@0`, `ORGANIZATION "CV Laut Biru Sentosa"@73`, `ORGANIZATION "PT Samudra Niaga Prima"@98`, `PERSON "Hendra Wiratama"@121`}},
		{"a name of one word after an honorific or a speech cue is that person's where the text says it again, not where it opens a longer name",
			"Kondisi Mbak Warsini mulai membaik. Keluarga menjenguk Warsini kemarin. “Stok kami cukup,” kata Sutarmin. Pedagang lain membenarkan ucapan Sutarmin. Penggemar menonton film Warsini Bersinar.",
			[]string{`PERSON "Warsini"@13`, `PERSON "Warsini"@55`, `PERSON "Sutarmin"@100`, `PERSON "Sutarmin"@143`}},
		{"a call name made of the heads of a full name's words, after an honorific, is that person's where the text says it again",
			"Penyanyi Rika Sumarni dirawat di rumah sakit. Kondisi Mbak Risu kini membaik. Keluarga menjenguk Risu kemarin.",
			[]string{`PERSON "Rika Sumarni"@9`, `PERSON "Risu"@59`, `PERSON "Risu"@97`}},
		{"a first name before a known person's name of two words or more opens another person's name that ends in it",
			"Ketua RT 05 Agus Joko Widodo mengatakan warga sudah mengungsi. Penyerang Persib Sergio Van Dijk mencetak gol.",
			[]string{`PERSON "Agus Joko Widodo"@12`, `ORGANIZATION "Persib"@73`, `PERSON "Sergio Van Dijk"@80`}},
		{"a rank that the gazetteer knows as a body too (AKP, Prada) is the rank before a name of any shape, not after a capitalised word; before a place it stays the body",
			"AKP Jomiko Sitorus mengatakan pelaku ditangkap. “Kami sudah kenal,” ujar AKP M Farizal. Korban kedua, Prada Rasmin, luka di paha. Partai AKP Turki menang.",
			[]string{`PERSON "Jomiko Sitorus"@4`, `PERSON "M Farizal"@81`, `PERSON "Rasmin"@112`, `ORGANIZATION "AKP"@141`, `COUNTRY "Turki"@145`}},
		{"a pair of persons a hyphen joins inside a known person's name is that person and the other; a half the gazetteer knows is that person",
			"Pasangan Anies Baswedan-Sandiaga Uno menang. Pendukung Joko Widodo-Rudi Santoso berkumpul. Pasangan Prabowo Subianto-Hendra Wiratama kalah.",
			[]string{`LEADER "Anies Baswedan"@9`, `LEADER "Sandiaga Uno"@24`, `LEADER "Joko Widodo"@55`, `PERSON "Rudi Santoso"@67`,
				`LEADER "Prabowo Subianto"@100`, `PERSON "Hendra Wiratama"@117`}},
		{"a name after a trade's noun and the club the person plays for is a person's",
			"Bola itu diamankan kiper Persija Rendika Ardhiasa. Sontekannya dihalau bek Mitra Kukar Wiganto Pradiko.",
			[]string{`ORGANIZATION "Persija"@25`, `PERSON "Rendika Ardhiasa"@33`, `ORGANIZATION "Mitra Kukar"@75`, `PERSON "Wiganto Pradiko"@87`}},
		{"a club named by its city before a player's name after a trade's noun is the club's, not the name's first word",
			"Wasit itu menendang pemain Nantes Diego Saputra. Nantes melancarkan serangan balik.",
			[]string{`ORGANIZATION "Nantes"@27`, `PERSON "Diego Saputra"@34`}},
		{"a later name that ends in the same two words as a full name, as a headline takes it whole with the word before (\"Tribute To\"), makes no word of it ambiguous",
			"Ketua Dewan Kehormatan Partai Maju Muhammad Arman Rasyid mengkritik praktik hukum. “Hukum makin tak karuan,” kata Arman. Baca juga: Tribute To Arman Rasyid dan Kisah Soeharto Mundur",
			[]string{`ORGANIZATION "Dewan Kehormatan Partai Maju"@6`, `LEADER "Muhammad Arman Rasyid"@35`, `LEADER "Arman"@118`, `PERSON "Tribute To Arman Rasyid"@136`, `LEADER "Soeharto"@170`}},
		{"a fuller name that a leader's name opens is the leader named in full, and so are the mentions that take it",
			"KPK mencegah Gubernur Jambi Zumi Zola ke luar negeri. Surat itu atas nama Zumi Zola Zulkifli pekerjaan Gubernur Jambi. Namun, status Zumi Zola belum jelas. KPK menggeledah rumah dinas Gubernur Jambi Zumi Zola.",
			[]string{`ORGANIZATION "KPK"@0`, `LOCATION "Jambi"@22`, `LEADER "Zumi Zola"@28`, `LEADER "Zumi Zola Zulkifli"@74`, `LOCATION "Jambi"@112`, `LEADER "Zumi Zola"@133`,
				`ORGANIZATION "KPK"@156`, `LOCATION "Jambi"@193`, `LEADER "Zumi Zola"@199`}},
		{"a genus's Greek or Latin name is no person's",
			"Fosil itu tergolong karnivora Megalosaurus dan herbivora Iguanodon. Contohnya adalah Eusthenopteron dan Acanthostega, kata Ridwan Salim.",
			[]string{`PERSON "Ridwan Salim"@123`}},
		{"a branch of a religion is no name nor a word of one",
			"Pejabat senior AS di Baghdad menjalin kontak dengan pemberontak Arab Sunni, kata laporan itu. Warga pengungsi Syiah Sampang mengikuti upacara.",
			[]string{`COUNTRY "AS"@15`, `LOCATION "Baghdad"@21`, `LOCATION "Sampang"@116`}},
		{"a police rank and a military rank or a cleric's title after a region's or a base's own words open the holder's name; a street keeps its honoured rank",
			"Informasi itu dari Bhabinkamtibmas Desa Sukamekar Brigpol Yudi Hartanto. Hadir pula Komandan Pangkalan Udara Sukarela Kolonel Penerbang Adi Wiranata. Sekretaris MUI Kecamatan Cibaduyut KH Sobari Mulyana menambahkan hal itu. Kecelakaan terjadi di Jalan Raya Kolonel Sugiono.",
			[]string{`LOCATION "Desa Sukamekar"@35`, `PERSON "Yudi Hartanto"@58`, `LOCATION "Pangkalan Udara Sukarela"@93`, `PERSON "Adi Wiranata"@136`,
				`ORGANIZATION "MUI"@161`, `LOCATION "Kecamatan Cibaduyut"@165`, `PERSON "Sobari Mulyana"@188`, `LOCATION "Jalan Raya Kolonel Sugiono"@246`}},
		{"a body's name that ends in a place leaves out its holders after a title: one name before a word in small letters, two joined by dan",
			"Saksinya dua Anggota DPRD Kabupaten Kebumen Dewi Larasati dan Harsono. MA menonaktifkan Kepala Dinas Pendidikan Kota Bogor Waskito pasca operasi itu.",
			[]string{`ORGANIZATION "DPRD Kabupaten Kebumen"@21`, `PERSON "Dewi Larasati"@44`, `PERSON "Harsono"@62`, `ORGANIZATION "MA"@71`,
				`ORGANIZATION "Dinas Pendidikan Kota Bogor"@95`, `PERSON "Waskito"@123`}},
		{"a long list of places closed by dan, opened by a region's head or by yakni after a class of places, types its unknown items as places; an address's chain does not",
			"Banjir merendam Kelurahan Sukarame, Pala Tiga, Kombo Luar, Banjeran dan Kairagi Weru. Rawan longsor ada di 5 kecamatan, yakni Jelbang, Arjosari, Mayangan, Ledokjaya, dan Pantiwening. Ia lahir di Jalan Cempaka, Kota Bandung, Oding Surya, Senin.",
			[]string{`LOCATION "Kelurahan Sukarame"@16`, `LOCATION "Pala Tiga"@36`, `LOCATION "Kombo Luar"@47`, `LOCATION "Banjeran"@59`, `LOCATION "Kairagi Weru"@72`,
				`LOCATION "Jelbang"@126`, `LOCATION "Arjosari"@135`, `LOCATION "Mayangan"@145`, `LOCATION "Ledokjaya"@155`, `LOCATION "Pantiwening"@170`,
				`LOCATION "Jalan Cempaka"@195`, `LOCATION "Kota Bandung"@210`, `PERSON "Oding Surya"@224`}},
		{"a housing estate is a place named with its head word; the word inside a portfolio's or a programme's name is none",
			"Jenazah disemayamkan di Perumahan Griya Lestari, Sleman. Mantan Menteri Perumahan Rakyat itu hadir. Skema Bantuan Stimulan Perumahan Swadaya (BSPS) berlanjut.",
			[]string{`LOCATION "Perumahan Griya Lestari"@24`, `LOCATION "Sleman"@49`}},
		{"a unit's number between a title or its body and a body's name is no holder; Bali's I before a name is",
			"\"Ada sabu,\" kata Kanit I Ditnarkoba Polda Bengkulu, AKP Yudi Hartanto. Instruksi datang melalui ketua DPD I Golkar Gorontalo. Kapolres Badung I Made Sinar hadir.",
			[]string{`ORGANIZATION "Ditnarkoba Polda Bengkulu"@25`, `PERSON "Yudi Hartanto"@56`, `ORGANIZATION "DPD"@102`, `ORGANIZATION "Golkar"@108`,
				`LOCATION "Gorontalo"@115`, `LOCATION "Badung"@135`, `PERSON "I Made Sinar"@142`}},
		{"an unknown name opening the dateline before its outlet in brackets is the place",
			"Sayaboury (ANTARA News) - Puluhan gajah diarak melintasi kota di Laos pada Sabtu.",
			[]string{`LOCATION "Sayaboury"@0`, `ORGANIZATION "ANTARA News"@11`, `COUNTRY "Laos"@65`}},
		{"a name that opens with an acronym is a body's, not a person's; a navy's ship is no entity",
			"Ade Wahyudi dari LBH Pers mengatakan hal itu. Ketua Harian Federasi Serikat Pekerja (FSP) BUMN Bersatu, Prakoso Wibowo menilai kebijakan itu. Kapal perang USS John S. McCain mengalami kecelakaan.",
			[]string{`PERSON "Ade Wahyudi"@0`, `ORGANIZATION "LBH Pers"@17`, `ORGANIZATION "Federasi Serikat Pekerja"@59`, `ORGANIZATION "FSP"@85`,
				`ORGANIZATION "BUMN Bersatu"@90`, `PERSON "Prakoso Wibowo"@104`}},
		{"a long list of places whose items each have a note in brackets",
			"Banjir ada di kawasan Kelurahan Sukamaju (ketinggian air 30-160 cm), Rawa Gede (ketinggian air 10-100 cm), Pangadegan (ketinggian air 10-60 cm), dan Pondok Labu (ketinggian air 40-50 cm).",
			[]string{`LOCATION "Kelurahan Sukamaju"@22`, `LOCATION "Rawa Gede"@69`, `LOCATION "Pangadegan"@107`, `LOCATION "Pondok Labu"@149`}},
		{"a school named after a known person right after its head word is the school; a party's holder stays a person",
			"Upacara digelar di Universitas Bung Karno, Jakarta. Ia juga pernah kuliah di Institut Soekarno. Ketua Partai Golkar Bahlil Lahadalia hadir.",
			[]string{`ORGANIZATION "Universitas Bung Karno"@19`, `LOCATION "Jakarta"@43`, `ORGANIZATION "Institut Soekarno"@77`, `ORGANIZATION "Partai Golkar"@102`,
				`LEADER "Bahlil Lahadalia"@116`}},
		{"a level of school with no school's name after it is no body",
			"Pelaku masih duduk di bangku Sekolah Dasar (SD). Kakaknya lulusan Sekolah Menengah Atas dan kini guru di Sekolah Dasar Rancho Tehama.",
			[]string{`ORGANIZATION "Sekolah Dasar Rancho Tehama"@105`}},
		{"a ticker after Tbk, and its later mentions", "Saham PT Kirimin Teknologi Nusantara Tbk (KRMN) naik. Saham KRMN bertahan.",
			[]string{`ORGANIZATION "PT Kirimin Teknologi Nusantara Tbk"@6`, `ORGANIZATION "KRMN"@42`, `ORGANIZATION "KRMN"@60`}},
		{"a body named by its domain", "Tiket dijual melalui Tiket.com sejak Senin.",
			[]string{`ORGANIZATION "Tiket.com"@21`}},
		{"a domain in a dateline", "TANGERANG, KABARSERU.com – Konser digelar malam ini.",
			[]string{`LOCATION "TANGERANG"@0`, `ORGANIZATION "KABARSERU.com"@11`}},
		{"an outlet named after its country, and a later mention", "Jakarta, KNN Indonesia -- Tunggal putra menang. Ia berbicara kepada KNN Indonesia.",
			[]string{`LOCATION "Jakarta"@0`, `ORGANIZATION "KNN Indonesia"@9`, `ORGANIZATION "KNN Indonesia"@68`}},
		{"a name after an introducing noun, and its other mentions", "Perusahaan rintisan agritech Nusatani meraih dana. Nusatani menghubungkan petani.",
			[]string{`ORGANIZATION "Nusatani"@29`, `ORGANIZATION "Nusatani"@51`}},
		{"a venue named after a known person", "Laga digelar di Stadion Gelora B.J. Habibie, Parepare.",
			[]string{`LOCATION "Stadion Gelora B.J. Habibie"@16`, `LOCATION "Parepare"@45`}},
		{"an English name with an article", "Suporter The Jakmania memadati tribun.",
			[]string{`ORGANIZATION "The Jakmania"@9`}},
		{"a country in a listed company's name, Tbk without the sentence's period", "Penjamin emisi adalah PT Trimegah Sekuritas Indonesia Tbk.",
			[]string{`ORGANIZATION "PT Trimegah Sekuritas Indonesia Tbk"@22`}},
		{"a body in a title's run, then the holder", "Kuasa hukum Skyline Music, Hotma Uli Simanjuntak, membantah.",
			[]string{`ORGANIZATION "Skyline Music"@12`, `PERSON "Hotma Uli Simanjuntak"@27`}},
		{"a body named by an English suffix before the holder, after a title", "Kata Founder dan CEO EV Hive Carlson Lau, Rabu.",
			[]string{`ORGANIZATION "EV Hive"@21`, `PERSON "Carlson Lau"@29`}},
		{"a body with a capital inside its name before the person, after an English title", "Vice President of Product and Marketing TuringSense Chris Lim mengatakan hal itu.",
			[]string{`ORGANIZATION "Marketing TuringSense"@30`, `PERSON "Chris Lim"@52`}},
		{"a body ending in an English suffix before the speaker", "Head of Kolla Education Prayudi Utomo mengatakan pelatihan itu.",
			[]string{`ORGANIZATION "Kolla Education"@8`, `PERSON "Prayudi Utomo"@24`}},
		{"a company before its chief, an acronym of two letters left out", "Bos First Travel Andika Surachman ditahan. Kereta KA Argo Jati Tambahan berangkat.",
			[]string{`ORGANIZATION "First Travel"@4`, `PERSON "Andika Surachman"@17`}},
		{"a ministry's acronym unknown to the gazetteer belongs to the title", "Menteri ESDM Ignasius Jonan mengatakan hal itu.",
			[]string{`LEADER "Ignasius Jonan"@13`}},
		{"an acronym after a person's name is no body's mark", "Danilo Petrucci ITA Octo Pramac Racing finis keempat.",
			[]string{`ORGANIZATION "Pramac Racing"@25`}},
		{"a place that people bear as a first name begins a person's name", "Ayah korban, Darwin Sihombing, mengatakan hal itu. Analis Jordan Wibisono menilai saham itu murah.",
			[]string{`PERSON "Darwin Sihombing"@13`, `PERSON "Jordan Wibisono"@58`}},
		{"a place begins a person's name before an age or between commas before a reporting verb",
			"Kekhawatiran itu dialami Medina Rahmadani (31), pengguna aplikasi. Ketua lembaga itu, Medan Ndahur, mengatakan hal itu.",
			[]string{`PERSON "Medina Rahmadani"@25`, `PERSON "Medan Ndahur"@86`}},
		{"a place after a leader's title stays a place", "Presiden Kolombia Gustavo Petro hadir. Warga Semarang Anindita Rahayu datang.",
			[]string{`COUNTRY "Kolombia"@9`, `LEADER "Gustavo Petro"@18`, `LOCATION "Semarang"@45`, `PERSON "Anindita Rahayu"@54`}},
		{"a roman numeral in capitals is no person's name", "Putri sulungnya, pelajar kelas XI, menjadi korban. Presiden China Xi Jinping hadir.",
			[]string{`COUNTRY "China"@60`, `LEADER "Xi Jinping"@66`}},
		{"a cooperative and a village enterprise are bodies; a name between commas before a reporting verb, its first word ordinary", "Ketua Koperasi Sukamurni, Cucu Komariah, mengatakan stok ada. Ketua BUMDes Mekar Tani, Asep, menambahkan.",
			[]string{`ORGANIZATION "Koperasi Sukamurni"@6`, `PERSON "Cucu Komariah"@26`, `ORGANIZATION "BUMDes Mekar Tani"@68`, `LEADER "Asep"@87`}},
		{"a month between name words is a name's word", "CEO Nusantara AI Labs Fajar Ramadhan Siregar mengatakan kapasitas terpakai.",
			[]string{`ORGANIZATION "Nusantara AI Labs"@4`, `PERSON "Fajar Ramadhan Siregar"@22`}},
		{"a place ends a body's name; a unit of two parts is role",
			"Kepala Bidang Kedaruratan dan Logistik BPBD Provinsi Sulawesi Tengah Andi Rizal Tandjumbulu mengatakan banjir datang malam.",
			[]string{`ORGANIZATION "BPBD Provinsi Sulawesi Tengah"@39`, `PERSON "Andi Rizal Tandjumbulu"@69`}},
		{"a lone word news writes in small letters is no name", "Sekolah itu kekurangan guru Matematika, Fisika, dan Kimia.", nil},
		{"a body's first word alone after its full name", "Perusahaan rintisan Halcyon Labs meluncurkan kacamata. Tahun lalu Halcyon mengantongi pendanaan.",
			[]string{`ORGANIZATION "Halcyon Labs"@20`, `ORGANIZATION "Halcyon"@66`}},
		{"a company's name alone after its name with a legal form abroad", "Kontrak ditandatangani dengan Revontuli Oyj, perusahaan teknologi asal Finlandia. Kami memilih Revontuli karena mesinnya hemat.",
			[]string{`ORGANIZATION "Revontuli Oyj"@30`, `COUNTRY "Finlandia"@71`, `ORGANIZATION "Revontuli"@95`}},
		{"events, awards and funding rounds are no entities", "Startup itu mengantongi pendanaan Seri C senilai US$ 210 juta. Film itu diputar di Jakarta Film Week dan meraih Golden Globe Awards. Golden Globe disiarkan.",
			[]string{`LOCATION "Jakarta"@83`}},
		{"the head of a regional office is a person, of a national body a leader",
			"Kepala Dinas Kesehatan Kabupaten Sukabumi Agus Mulyana Sasmita hadir. Kepala Badan Geologi Muhammad Wafid juga hadir.",
			[]string{`ORGANIZATION "Dinas Kesehatan Kabupaten Sukabumi"@7`, `PERSON "Agus Mulyana Sasmita"@42`, `ORGANIZATION "Badan Geologi"@77`, `LEADER "Muhammad Wafid"@91`}},
		{"a place ends a body's name before a person whose first name is an ordinary word",
			"Kepala Dinas Pertanian Kabupaten Enrekang Subur Parenrengi mengatakan panen naik.",
			[]string{`ORGANIZATION "Dinas Pertanian Kabupaten Enrekang"@7`, `PERSON "Subur Parenrengi"@42`}},
		{"a first name that is an ordinary word opens a sentence", "Bintang Kogoya mengatakan mahasiswa akan datang.",
			[]string{`PERSON "Bintang Kogoya"@0`}},
		{"a city opens a body's name that an English suffix ends", "Kerja sama dengan Batam Digital Hub berlanjut.",
			[]string{`ORGANIZATION "Batam Digital Hub"@18`}},
		{"an introducing noun opening the sentence, with jargon before the name", "Aplikasi dompet digital Sakuin mengonfirmasi kebocoran data.",
			[]string{`ORGANIZATION "Sakuin"@24`}},
		{"a language is no country", "Aplikasi itu kini berbahasa Indonesia dan bahasa Jawa. Ia belajar bahasa Inggris di Inggris.",
			[]string{`COUNTRY "Inggris"@84`}},
		{"an origin before a person is no club", "Gelandang asal Skotlandia Scott McTominay mencetak gol.",
			[]string{`LOCATION "Skotlandia"@15`, `PERSON "Scott McTominay"@26`}},
		{"a numbered part after a title is role", "Sementara itu, anggota Komisi III Bambang Pacul menolak.",
			[]string{`PERSON "Bambang Pacul"@34`}},
		{"a lone ordinary word after a preposition", "Warga di Markas Polda Jatim menunggu.",
			[]string{`ORGANIZATION "Polda Jatim"@16`}},
		{"a Balinese name of five words before an age", "Seorang warga, Ni Luh Putu Ayu Lestari (21) rela menunggu.",
			[]string{`PERSON "Ni Luh Putu Ayu Lestari"@15`}},
		{"in text of one case, an ordinary word after the body begins the holder's name",
			"chief investment officer danantara pandu sjahrir mengatakan pembelian akan dilakukan bertahap.",
			[]string{`ORGANIZATION "danantara"@25`, `PERSON "pandu sjahrir"@35`}},
		{"a sentence-initial word news writes in small letters is not part of a name",
			"Pelatih memuji Rivan Nurmulki. Cedera Rivan tidak parah.",
			[]string{`PERSON "Rivan Nurmulki"@15`, `PERSON "Rivan"@38`}},
		{"a title's name stops at a paragraph's end, with no period before it", "Pernyataan itu dibantah Kombes Martinus Sitompul\n\nMenurut Martinus, laporan tidak dibuat.",
			[]string{`PERSON "Martinus Sitompul"@31`, `PERSON "Martinus"@58`}},
		{"an English title's field goes on after it", "Ucap Head of Product Management Raf Van Nuffel, Senin.",
			[]string{`PERSON "Raf Van Nuffel"@32`}},
		{"a centre is a body's name", "Menurut Volcanic Ash Advisory Centre, abu itu tinggi.",
			[]string{`ORGANIZATION "Volcanic Ash Advisory Centre"@8`}},
		{"but a venue's where one goes to it or its kind says so", "Konser digelar di Staples Center kemarin. Pameran itu digelar Ningbo Olympic Sports Center pekan lalu.",
			[]string{`LOCATION "Staples Center"@18`, `LOCATION "Ningbo Olympic Sports Center"@62`}},
		{"a company's country after its closing word, after a title's field too", "Kata Rizal, Head of Equity Research Pilar Sekuritas Indonesia. Ia bekerja di Hill Capital Indonesia sejak 2010.",
			[]string{`PERSON "Rizal"@5`, `ORGANIZATION "Pilar Sekuritas Indonesia"@36`, `ORGANIZATION "Hill Capital Indonesia"@77`}},
		{"a country right after a title is the title's, not the body's", "Country Manager Indonesia Nebulon Interactive Andreas Wijaya menyebut 25 judul.",
			[]string{`COUNTRY "Indonesia"@16`, `ORGANIZATION "Nebulon Interactive"@26`, `PERSON "Andreas Wijaya"@46`}},
		{"a body's short name before its holder's name after a title", "Perusahaan asal AS, Nebulon Interactive, membuka layanan. Head of Asia Pacific Nebulon Priya Raghunathan mengatakan itu.",
			[]string{`COUNTRY "AS"@16`, `ORGANIZATION "Nebulon Interactive"@20`, `LOCATION "Asia Pacific"@66`, `ORGANIZATION "Nebulon"@79`, `PERSON "Priya Raghunathan"@87`}},
		{"a person's name after a body's place goes on past a month's word", "Polres Lamongan Ahmad Ramadhan Siregar menyatakan itu. Kepala Kejaksaan Negeri Lamongan Fajar Ramadhan Siregar hadir.",
			[]string{`ORGANIZATION "Polres Lamongan"@0`, `PERSON "Ahmad Ramadhan Siregar"@16`, `ORGANIZATION "Kejaksaan Negeri Lamongan"@62`, `PERSON "Fajar Ramadhan Siregar"@88`}},
		{"Head of is a title whatever its field", "Ini kata Head of Corporate Communication CMNP Solahuddin kepada wartawan.",
			[]string{`ORGANIZATION "CMNP"@41`, `PERSON "Solahuddin"@46`}},
		{"an English title's field of two parts", "Itu kata Head of Brand Development & Marketing Research PT SIS, Harold Donnel, kemarin.",
			[]string{`ORGANIZATION "PT SIS"@56`, `PERSON "Harold Donnel"@64`}},
		{"a product's name after its company's is no person's", "Snowden mengkritik kehadiran Google Allo sebagai ancaman. Google menciptakan Allo untuk bersaing.",
			[]string{`PERSON "Snowden"@0`, `ORGANIZATION "Google"@29`, `ORGANIZATION "Google"@58`}},
		{"nor with its model's number", "Performa itu jauh di atas Samsung 960 Pro yang memakai NVMe.",
			[]string{`ORGANIZATION "Samsung"@26`}},
		{"but a person's after a role and a company is", "Menurut business group head Microsoft Hira Triadi, itu penting.",
			[]string{`ORGANIZATION "Microsoft"@28`, `PERSON "Hira Triadi"@38`}},
		{"a body named as a rank's is the body's with no name after it", "Film itu menyinggung mantan petinggi TNI sebagai pembunuh. Kata Panglima TNI Jenderal TNI Agus Subiyanto.",
			[]string{`ORGANIZATION "TNI"@37`, `ORGANIZATION "TNI"@73`, `LEADER "Agus Subiyanto"@90`}},
		{"a body's acronym after a title is no person", "Kepala Seksi Penyidik PPNS Tangsel, Muksin, mengatakan kegiatan ini rutin.",
			[]string{`LOCATION "Tangsel"@27`, `PERSON "Muksin"@36`}},
		{"a given name that is an ordinary word begins the name after a title", "Pelatih Samudra Wicaksana menilai kemenangan ini.",
			[]string{`PERSON "Samudra Wicaksana"@8`}},
		{"a given name that is a country's begins a person's name", "Ganda campuran Rizky Pardede dan Georgia Tambunan menjadi juara.",
			[]string{`PERSON "Rizky Pardede"@15`, `PERSON "Georgia Tambunan"@33`}},
		{"a school's number after its name, but not a count", "Kepala SD Negeri Tunggulwulung 2 Sri Wahyuningsih hadir. Siswa SDN Cikole 12 orang sakit.",
			[]string{`ORGANIZATION "SD Negeri Tunggulwulung 2"@7`, `PERSON "Sri Wahyuningsih"@33`, `ORGANIZATION "SDN Cikole"@63`}},
		{"a one-word body's name after a place's head names the place, and after its territorial office", "Dapur umum didirikan di kantor Kecamatan Tirto. Camat Tirto Agus Prasetyo hadir.",
			[]string{`LOCATION "Kecamatan Tirto"@31`, `LOCATION "Tirto"@54`, `PERSON "Agus Prasetyo"@60`}},
		{"a direction of two words ends a place's name", "Warga Kecamatan Rote Barat Laut datang.",
			[]string{`LOCATION "Kecamatan Rote Barat Laut"@6`}},
		{"a country after a word that closes a company's name is part of it", "Analis Samuel Sekuritas Indonesia Prabu Wiratama menilai saham naik.",
			[]string{`ORGANIZATION "Samuel Sekuritas Indonesia"@7`, `PERSON "Prabu Wiratama"@34`}},
		{"a month that ends a name of three words, which later mentions of the month do not take", "Kepala Dinas Kota Banjarmasin Muhammad Bayu Ramadhan mengatakan harga naik. Pada Ramadhan harga naik lagi.",
			[]string{`ORGANIZATION "Dinas Kota Banjarmasin"@7`, `PERSON "Muhammad Bayu Ramadhan"@30`}},
		{"a title and a word of its unit before a company's name, and the holder after it", "Manajer Humas PT Sinar Gambut Lestari Teddy Kurniawan membantah tuduhan itu.",
			[]string{`ORGANIZATION "PT Sinar Gambut Lestari"@14`, `PERSON "Teddy Kurniawan"@38`}},
		{"a list inside a body's name, but not a list of bodies", "Dinas Pemuda, Olahraga, dan Pariwisata menggelar lomba. Dinas Pendidikan, Polres, dan Basarnas hadir.",
			[]string{`ORGANIZATION "Dinas Pemuda, Olahraga, dan Pariwisata"@0`, `ORGANIZATION "Dinas Pendidikan"@56`, `ORGANIZATION "Basarnas"@86`}},
		{"a place's name and a direction name a district; two places joined by dan stay two", "Harga di Banjarmasin Utara naik. Banjir melanda Kecamatan Watang Pulu dan Kecamatan Tellu Limpoe.",
			[]string{`LOCATION "Banjarmasin Utara"@9`, `LOCATION "Kecamatan Watang Pulu"@48`, `LOCATION "Kecamatan Tellu Limpoe"@74`}},
		{"a weather station is a body, a hospital named after a doctor in small letters too", "Pasien dirawat di RSUD dr Djasamen Saragih. Stasiun Meteorologi Kualanamu memantau.",
			[]string{`ORGANIZATION "RSUD dr Djasamen Saragih"@18`, `ORGANIZATION "Stasiun Meteorologi Kualanamu"@44`}},
		{"a given name that is an ordinary word before another first name, at a sentence's start", "Embun Kartini Latief mengatakan petani menanam.",
			[]string{`PERSON "Embun Kartini Latief"@0`}},
		{"a body's branch and its place are the body's, and its head no leader", "Kepala BPJS Kesehatan Kantor Cabang Pematangsiantar Mentari Br Sinaga hadir. Manajer ASDP Cabang Ambon Budi Hartanto datang.",
			[]string{`ORGANIZATION "BPJS Kesehatan Kantor Cabang Pematangsiantar"@7`, `PERSON "Mentari Br Sinaga"@52`, `ORGANIZATION "ASDP Cabang Ambon"@85`, `PERSON "Budi Hartanto"@103`}},
		{"a unit's words, a number and a place the gazetteer may lack after a body are the body's",
			"Kapal Pelindo Regional 2 Bengkulu tiba. Manajer PLN UP3 Palu Andi Hasan mengatakan. Listrik PLN Unit Layanan Pelanggan Dobo padam. Manajer ASDP Cabang Lembar hadir.",
			[]string{`ORGANIZATION "Pelindo Regional 2 Bengkulu"@6`, `ORGANIZATION "PLN UP3 Palu"@48`, `PERSON "Andi Hasan"@61`, `ORGANIZATION "PLN Unit Layanan Pelanggan Dobo"@92`, `ORGANIZATION "ASDP Cabang Lembar"@139`}},
		{"a power plant is a place", "Serangan terjadi di dekat PLTN Zaporizhzhia.",
			[]string{`LOCATION "PLTN Zaporizhzhia"@26`}},
		{"a title word that ends a run of capitalised words is a surname or a name's word", "Kepala ekonom Lembaga Kajian Ekonomi Nusantara Rizal Hakim berpendapat sebaliknya. Kapal sandar di Pelabuhan Tanjung Mas.",
			[]string{`ORGANIZATION "Lembaga Kajian Ekonomi Nusantara"@14`, `PERSON "Rizal Hakim"@47`, `LOCATION "Pelabuhan Tanjung Mas"@99`}},
		{"a body's number after its name", "Pesawat AP II mendarat. Pelabuhan dikelola Pelindo III.",
			[]string{`ORGANIZATION "AP II"@8`, `ORGANIZATION "Pelindo III"@43`}},
		{"a place after a rank opens the name, a month inside it too; a prefecture is a place", "Kasat Lantas AKP Sabang Ramadhan Nasution hadir. Gempa mengguncang Prefektur Niigata.",
			[]string{`PERSON "Sabang Ramadhan Nasution"@17`, `LOCATION "Prefektur Niigata"@67`}},
		{"a product's model is no entity", "Toyota meluncurkan Innova Zenix Hybrid dan Veloz Hybrid di Jakarta.",
			[]string{`ORGANIZATION "Toyota"@0`, `LOCATION "Jakarta"@59`}},
		{"a religion inside a body's name, places and bodies of regional heads", "Mahasiswa Universitas Kristen Wira Wacana Sumba datang ke Gampong Lamtamot. Ia ditahan di Rumah Tahanan Negara Sukadana.",
			[]string{`ORGANIZATION "Universitas Kristen Wira Wacana Sumba"@10`, `LOCATION "Gampong Lamtamot"@58`, `ORGANIZATION "Rumah Tahanan Negara Sukadana"@90`}},
		{"an acting title and the office's", "Plt Gubernur Jawa Barat Ahmad Yani hadir.",
			[]string{`LOCATION "Jawa Barat"@13`, `LEADER "Ahmad Yani"@24`}},
		{"ministers' older short titles are titles", "Menkokesra Agung Laksono hadir. Menko Kesra Ani Lestari datang. Menegpora Dedi Kurnia tiba. Meneg BUMN Sofyan Djalil pulang.",
			[]string{`LEADER "Agung Laksono"@11`, `LEADER "Ani Lestari"@44`, `LEADER "Dedi Kurnia"@74`, `LEADER "Sofyan Djalil"@103`}},
		{"an older ministry's head word, and a common misspelling of the newer", "Ia pindah dari Departemen Imigrasi dan Kewarganegaraan ke Kementrian Komunikasi dan Informasi.",
			[]string{`ORGANIZATION "Departemen Imigrasi dan Kewarganegaraan"@15`, `ORGANIZATION "Kementrian Komunikasi dan Informasi"@58`}},
		{"a unit whose fields are listed, in a role before a known body, is the role's", "Kepala Biro Hukum dan Humas KPK Rudi Hartawan hadir.",
			[]string{`ORGANIZATION "KPK"@28`, `PERSON "Rudi Hartawan"@32`}},
		{"a first name that is an ordinary word before an age, and a month that ends a name after a first name",
			"Mawar Lestari (41), warga Tambun Selatan, mengaku kecewa. Kreator konten Bintang Ramadhan akhirnya buka suara. Selama bulan Ramadhan harga naik.",
			[]string{`PERSON "Mawar Lestari"@0`, `LOCATION "Tambun Selatan"@26`, `PERSON "Bintang Ramadhan"@73`}},
		{"a kind of body after a legal form goes on with the name; dotted honorifics after a head word", "Merger PT BPR Nyi Ageng Serang dan BPR Sentolo Makmur disetujui. Bayi dirawat di RSUD dr. H. Slamet Martodirdjo, Pamekasan.",
			[]string{`ORGANIZATION "PT BPR Nyi Ageng Serang"@7`, `ORGANIZATION "BPR Sentolo Makmur"@35`, `ORGANIZATION "RSUD dr. H. Slamet Martodirdjo"@81`, `LOCATION "Pamekasan"@113`}},
		{"a unit's, a directorate general's and a Jakarta sub-office's acronyms head their names", "Kepala UPTD Pengelolaan Jalan dan Jembatan Wilayah VI Asep Saepul Rohman mengatakan hal itu. Anggaran Ditjen Bina Marga naik. Petugas Sudin Lingkungan Hidup datang.",
			[]string{`ORGANIZATION "UPTD Pengelolaan Jalan dan Jembatan Wilayah VI"@7`, `PERSON "Asep Saepul Rohman"@54`, `ORGANIZATION "Ditjen Bina Marga"@102`, `ORGANIZATION "Sudin Lingkungan Hidup"@134`}},
		{"an outlet named by its web address, said later by its name alone, not a word opening a sentence",
			"JAKARTA, Bisnis.com — Saham itu naik. Kata analis Yoga Pratama saat dihubungi Bisnis, Kamis. Menurut Bisnis, harga naik. Bisnis properti tumbuh.",
			[]string{`LOCATION "JAKARTA"@0`, `ORGANIZATION "Bisnis.com"@9`, `PERSON "Yoga Pratama"@52`, `ORGANIZATION "Bisnis"@80`, `ORGANIZATION "Bisnis"@103`}},
		{"a Balinese name that opens with I ends a body's name before it", "Kepala Dinas Perhubungan I Made Sudarsana mengakui hal itu.",
			[]string{`ORGANIZATION "Dinas Perhubungan"@7`, `PERSON "I Made Sudarsana"@25`}},
		{"a noun that says what a known body is stays out of its name", "Koran Sydney Morning Herald memuat tulisan itu. Stasiun televisi SCTV menyiarkannya.",
			[]string{`ORGANIZATION "Sydney Morning Herald"@6`, `ORGANIZATION "SCTV"@65`}},
		{"a hospital's kind words spelled out before an honorific in small letters, as after its acronym; a place before it makes the honorific its director's",
			"Pasien dirujuk ke Rumah Sakit Umum Daerah dr Soebandi dan Rumah Sakit Daerah dr Iskak. Direktur RSUD Kota Bekasi dr Kusnanto Saidi meninjau ruang rawat.",
			[]string{`ORGANIZATION "Rumah Sakit Umum Daerah dr Soebandi"@18`, `ORGANIZATION "Rumah Sakit Daerah dr Iskak"@58`, `ORGANIZATION "RSUD Kota Bekasi"@96`, `PERSON "Kusnanto Saidi"@116`}},
		{"a body named after a person with two honorifics and initials", "Pasien dirujuk ke RSUD Prof Dr WZ Johannes Kupang dan RSUD Prof Dr Margono Soekarjo.",
			[]string{`ORGANIZATION "RSUD Prof Dr WZ Johannes Kupang"@18`, `ORGANIZATION "RSUD Prof Dr Margono Soekarjo"@54`}},
		{"a region's head word and a known place after an acronym in a body's name; an unknown acronym and a home region",
			"Ia menyurati Dinas PUPR Provinsi Nusa Tenggara Timur. Tim BBPBL Lampung datang. Pegawai ASN Bandung hadir.",
			[]string{`ORGANIZATION "Dinas PUPR Provinsi Nusa Tenggara Timur"@13`, `ORGANIZATION "BBPBL Lampung"@58`, `LOCATION "Bandung"@92`}},
		{"a body and a continent right after it are the body's regional arm; a continent after a place is no body's",
			"Pebalap Honda Team Asia melaju. Menurut Kinetiq Creators Asia, hasilnya baik. Ia tiba di Asia pekan lalu.",
			[]string{`ORGANIZATION "Honda Team Asia"@8`, `ORGANIZATION "Kinetiq Creators Asia"@40`, `LOCATION "Asia"@89`}},
		{"a body named after a person with a bachelor's or a bishop's title", "Ia dirujuk ke RSUD Drs H Amri Tambunan di Lubuk Pakam, lalu ke RSUD Mgr Gabriel Manek SVD.",
			[]string{`ORGANIZATION "RSUD Drs H Amri Tambunan"@14`, `LOCATION "Lubuk Pakam"@42`, `ORGANIZATION "RSUD Mgr Gabriel Manek SVD"@63`}},
		{"a list of languages after a word that qualifies the language cue", "Kami memakai tiga bahasa sekaligus, Indonesia, Jepang, dan Inggris.",
			nil},
		{"a body's name ends at a comma that serta follows at once; a French bank's head word",
			"Dana itu dari Bank Lumière, serta Aeon Cinema. Pinjaman datang dari Banque Lumière.",
			[]string{`ORGANIZATION "Bank Lumière"@14`, `ORGANIZATION "Banque Lumière"@69`}},
		{"a bank's name of two words, then its holder's, after a title and before a reporting verb",
			"Presiden Direktur Bank Kartika Nusantara Hendrawan Saputra mengatakan, kredit naik.",
			[]string{`ORGANIZATION "Bank Kartika Nusantara"@18`, `PERSON "Hendrawan Saputra"@41`}},
		{"a name set off after a body's description, and its later mentions", "Startup penyedia perangkat lunak penggajian, Sinta, mengumumkan pendanaan. Saat ini Sinta melayani 9.000 perusahaan.",
			[]string{`ORGANIZATION "Sinta"@45`, `ORGANIZATION "Sinta"@84`}},
		{"a Malaysian honorific is a title", "Kata Datuk Faizal Hamzah, proyek itu berjalan.", []string{`PERSON "Faizal Hamzah"@11`}},
		{"but a Minangkabau customary title after a first name is the name's", "Menurut Zulkarnain Datuk Rajo Bagindo, lahan itu milik kaum.",
			[]string{`PERSON "Zulkarnain Datuk Rajo Bagindo"@8`}},
		{"a title word alone after a place's head is the place's name, but no bare name of it",
			"Latihan di Tanjung Datuk, lalu di Istana Presiden. Presiden Joko Widodo hadir.",
			[]string{`LOCATION "Tanjung Datuk"@11`, `LOCATION "Istana Presiden"@34`, `LEADER "Joko Widodo"@60`}},
		{"natural features and monuments named with their head word", "Wisatawan mengunjungi Kawah Sileri, Air Terjun Sipiso-piso, Ranu Kumbolo, dan Tugu Titik Nol.",
			[]string{`LOCATION "Kawah Sileri"@22`, `LOCATION "Air Terjun Sipiso-piso"@36`, `LOCATION "Ranu Kumbolo"@60`, `LOCATION "Tugu Titik Nol"@78`}},
		{"a company's legal form ends a unit's name; a unit's chair is no leader", "Kepala Divisi Pemasaran PT Sinar Jaya hadir. Ketua Departemen Olahraga Partai Keadilan Sejahtera, Zainal Paru, datang.",
			[]string{`ORGANIZATION "Divisi Pemasaran"@7`, `ORGANIZATION "PT Sinar Jaya"@24`,
				`ORGANIZATION "Partai Keadilan Sejahtera"@71`, `PERSON "Zainal Paru"@98`}},
		{"a ministry's portfolio belongs to the minister's title, with an acronym or words that may open a name",
			"Menteri Hukum dan HAM Amir Syamsudin hadir. Wakil Menteri Koperasi dan Usaha Kecil dan Menengah Budi Gunadi datang.",
			[]string{`LEADER "Amir Syamsudin"@22`, `PERSON "Budi Gunadi"@96`}},
		{"a portfolio holds no entity of its own", "Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait dan Menteri Badan Usaha Milik Negara Erick Thohir hadir.",
			[]string{`LEADER "Maruarar Sirait"@41`, `LEADER "Erick Thohir"@94`}},
		{"the portfolio's acronym is the title's, and the minister set off by commas",
			"Menteri Energi dan Sumber Daya Mineral (ESDM) Ignasius Jonan hadir. Menteri Komunikasi dan Informatika, Rudiantara, diam-diam datang.",
			[]string{`LEADER "Ignasius Jonan"@46`, `LEADER "Rudiantara"@104`}},
		{"an English body's name spelled by an acronym in mixed case", "Peneliti Center for Digital Society (CfDS) Dimas Aji mengatakan. Layanan Video on Demand (VoD) tumbuh.",
			[]string{`ORGANIZATION "Center for Digital Society"@9`, `ORGANIZATION "CfDS"@37`, `PERSON "Dimas Aji"@43`}},
		{"a known place's name after a form of address is a person's", "Tetangga korban, Bu Sarmi, mengaku jamur itu biasa.",
			[]string{`PERSON "Sarmi"@20`}},
		{"a newspaper named in German", "Menurut laporan Kronen Zeitung, pelatih itu dipecat.", []string{`ORGANIZATION "Kronen Zeitung"@16`}},
		{"a body the document names, then its holder, after a title, where the typer saw one body",
			"Investor Straits Healthcare menggenggam 34,7 persen saham. Hal itu disampaikan Managing Director Straits Healthcare Gregory Tan Wei Ming.",
			[]string{`ORGANIZATION "Straits Healthcare"@9`, `ORGANIZATION "Straits Healthcare"@97`, `PERSON "Gregory Tan Wei Ming"@116`}},
		{"a company's legal form written with full stops belongs to its name",
			"Investor asal Singapura, Straits Healthcare Partners Pte. Ltd., menggenggam saham.",
			[]string{`COUNTRY "Singapura"@14`, `ORGANIZATION "Straits Healthcare Partners Pte. Ltd."@25`}},
		{"a country's name as the family name after a rank and a first name; a wife's name before her husband's after Ny",
			"Jokowi mengusulkan Komjen Pol Badrodin Haiti yang kini menjabat Wakil Kepala Polri. Wapres Boediono didampingi Ny Herawati Boediono.",
			[]string{`LEADER "Jokowi"@0`, `PERSON "Badrodin Haiti"@30`, `ORGANIZATION "Polri"@77`, `LEADER "Boediono"@91`, `PERSON "Herawati Boediono"@114`}},
		{"a unit of measure written capitalised is no name", "Kapasitas naik dari 300 Mbps menjadi 1 Gbps di Sangihe.", []string{`LOCATION "Sangihe"@47`}},
		{"a gas station's acronym is a generic term, no place", "Antrean mengular di SPBU dekat pasar Kabupaten Muaro Jambi.", []string{`LOCATION "Kabupaten Muaro Jambi"@37`}},
		{"common-noun acronyms are no names; a landfill with its name is a place, without it none", "Bayi dirawat di NICU. Sampah dibawa ke TPA Suwung. Sampah yang dibuang ke TPA hanya residu.",
			[]string{`LOCATION "TPA Suwung"@39`}},
		{"one English word the typer took for a person is none, though it opens some known name", "Game yang dibeli dari Steam juga bisa dimainkan. Prosesor Core i9 dipakai.", nil},
		{"Sports ends a body's name", "Hal itu dikatakan Maradona kepada TyC Sports.", []string{`PERSON "Maradona"@18`, `ORGANIZATION "TyC Sports"@34`}},
		{"a family name that a city shares, alone after the full name, is the person; after a preposition of place, the city",
			"Bek Antonio Valencia kembali bermain. Valencia mencetak gol. Ia lahir di Valencia.",
			[]string{`PERSON "Antonio Valencia"@4`, `PERSON "Valencia"@38`, `LOCATION "Valencia"@73`}},
		{"a body's head word alone names nothing", "Laporan itu disusun oleh Institute bersama mitra.", nil},
		{"a document's number after a title names no holder", "Hal itu diatur dalam Instruksi Gubernur DKI Jakarta Nomor 13 Tahun 2018.",
			[]string{`LOCATION "DKI Jakarta"@40`}},
		{"a directorate's field, a noun made from a verb, and a board's acronym before a body belong to the role",
			"Kata Direktur Jenderal Pemasyarakatan Kemenkumham Ma'mun. Pansel memilih anggota DK OJK. Ia Ketua Tim Pemenangan pada Pilkada Jawa Barat.",
			[]string{`ORGANIZATION "Kemenkumham"@38`, `LEADER "Ma'mun"@50`, `ORGANIZATION "OJK"@84`, `LOCATION "Jawa Barat"@126`}},
		{"a police unit's city part after its place is no holder", "Kapolres Kediri Kota, AKBP Anthon Haryadi, tiba.",
			[]string{`LOCATION "Kediri"@9`, `PERSON "Anthon Haryadi"@27`}},
		{"a body a title named by its English suffix is that body elsewhere in the document",
			"Gim itu dikembangkan Lentera Games. CEO Lentera Games Nadia Kirana Putri hadir.",
			[]string{`ORGANIZATION "Lentera Games"@21`, `ORGANIZATION "Lentera Games"@40`, `PERSON "Nadia Kirana Putri"@54`}},
		{"a bureau of a park or a conservation area is a body; a district by a direction ends a body's name",
			"Tim Balai Kawasan Konservasi Perairan Nasional tiba. Kepala Balai Taman Nasional Komodo hadir. Ia melapor ke Polsek Kupang Barat.",
			[]string{`ORGANIZATION "Balai Kawasan Konservasi Perairan Nasional"@4`, `ORGANIZATION "Balai Taman Nasional Komodo"@60`, `ORGANIZATION "Polsek Kupang Barat"@109`}},
		{"a place between a word for its residents and its region", "Korban, Sitti Rahmah (51), warga Tapalang, Mamuju, melapor ke Propam.",
			[]string{`PERSON "Sitti Rahmah"@8`, `LOCATION "Tapalang"@33`, `LOCATION "Mamuju"@43`, `ORGANIZATION "Propam"@62`}},
		{"a regional drug agency's office is a body whose head is no leader; SLB alone is a kind of school",
			"kata Kepala BBPOM Surabaya, Syamsuliani, di Surabaya. Guru SLB Negeri 1 Luwuk mundur. Ada 27 SLB di sana.",
			[]string{`ORGANIZATION "BBPOM Surabaya"@12`, `PERSON "Syamsuliani"@28`, `LOCATION "Surabaya"@44`, `ORGANIZATION "SLB Negeri 1 Luwuk"@59`}},
		{"a regional parliament's long name and its place are one body, as its acronym's are",
			"Ia mengadu ke Dewan Perwakilan Rakyat Daerah Kota Kediri dan DPRD Kota Kediri.",
			[]string{`ORGANIZATION "Dewan Perwakilan Rakyat Daerah Kota Kediri"@14`, `ORGANIZATION "DPRD Kota Kediri"@61`}},
		{"a police unit before the force's long name is the role's; a ferry port's bare name is the port",
			"kata Kepala Satuan Lalu Lintas Kepolisian Resor Bone AKP Andi Muhammad Fadli. Truk antre di Pelabuhan Penyeberangan Bajoe. Kapal dari Bajoe berangkat.",
			[]string{`ORGANIZATION "Kepolisian Resor Bone"@31`, `PERSON "Andi Muhammad Fadli"@57`, `LOCATION "Pelabuhan Penyeberangan Bajoe"@92`, `LOCATION "Bajoe"@134`}},
		{"a faculty with its university is one body inside a role too, and so is its acronym with the university's",
			"kata ekonom Fakultas Ekonomi dan Bisnis Universitas Indonesia (FEB UI) Rina Sari. Dosen Fakultas Teknik UGM hadir.",
			[]string{`ORGANIZATION "Fakultas Ekonomi dan Bisnis Universitas Indonesia"@12`, `ORGANIZATION "FEB UI"@63`, `PERSON "Rina Sari"@71`, `ORGANIZATION "Fakultas Teknik UGM"@88`}},
		{"a name set off after a trade and an origin is a person's, though a place's name opens it",
			"Gol dicetak penyerang asal Argentina, Santiago Ferreyra.",
			[]string{`COUNTRY "Argentina"@27`, `PERSON "Santiago Ferreyra"@38`}},
		{"a known first name alone where a rule reads a name is a person's, though the typer is unsure; not a title or an event before its year",
			"Bintang Chelsea Willian, mengatakan tim siap. Meski demikian, Willian mengisyaratkan hal lain. Pemenang Oscar 2018 hadir.",
			[]string{`ORGANIZATION "Chelsea"@8`, `PERSON "Willian"@16`, `PERSON "Willian"@62`}},
		{"a company's holder after its name, before a negation or an age",
			"Direktur PT Banua Karya Persada Hendra Wijaya belum menjawab pertanyaan. Direktur CV Arut Cipta Mandiri Fajar Maulana (41), penyedia barang, divonis.",
			[]string{`ORGANIZATION "PT Banua Karya Persada"@9`, `PERSON "Hendra Wijaya"@32`, `ORGANIZATION "CV Arut Cipta Mandiri"@82`, `PERSON "Fajar Maulana"@104`}},
		{"a list of places after a region's head goes on past a name the rules left out, and hingga closes it",
			"Sentra tembakau tersebar di Kecamatan Terara, Sakra, Sakra Barat, Keruak, hingga Jerowaru.",
			[]string{`LOCATION "Kecamatan Terara"@28`, `LOCATION "Sakra"@46`, `LOCATION "Sakra Barat"@53`, `LOCATION "Keruak"@66`, `LOCATION "Jerowaru"@81`}},
		{"a code of letters and digits nothing knows is a model's, no name; an acronym of repeated P-words is a body's",
			"Razer memakai switch QX2 pada keyboard itu. Target itu diawasi oleh UKP4, jelasnya.",
			[]string{`ORGANIZATION "Razer"@0`, `ORGANIZATION "UKP4"@68`}},
		{"a headline's and a link's ordinary words in Title Case are no names; a byline's name is whole",
			"Bupati Sleman Minta Warga Waspadai Banjir Lahar Merapi\n\nSLEMAN, KOMPAS.com - Bupati Sleman Kustini meminta warga waspada.\n\nBaca juga: Ronaldo Bercerita Tinggalkan Madrid\n\nPenulis: Rizki Indra Sofa",
			[]string{`LOCATION "Sleman"@7`, `LOCATION "Merapi"@48`, `LOCATION "SLEMAN"@56`, `ORGANIZATION "KOMPAS.com"@64`, `LOCATION "Sleman"@84`, `LEADER "Kustini"@91`, `PERSON "Ronaldo"@134`, `LOCATION "Madrid"@163`, `PERSON "Rizki Indra Sofa"@180`}},
		{"a person's name in a link in Title Case, which the text names again, is a person's though the typer leaves it out",
			"Persiba mengincar bek asal Brasil.\n\nSIMAK JUGA: Dedimar Ferreira Yakin Digaet Persiba\n\nManajer tim menyebut Dedimar Ferreira belum memberi kepastian.",
			[]string{`ORGANIZATION "Persiba"@0`, `COUNTRY "Brasil"@27`, `PERSON "Dedimar Ferreira"@48`, `ORGANIZATION "Persiba"@78`, `PERSON "Dedimar Ferreira"@108`}},
		{"a person's full name said again where no rule reads it, in a link in Title Case, is one mention",
			"Penyanyi Ayudia Safitri tiba di pengadilan.\n\nBaca juga: Ayudia Safitri Gugat Cerai Suami, Akui Pisah Rumah",
			[]string{`PERSON "Ayudia Safitri"@9`, `PERSON "Ayudia Safitri"@56`}},
		{"two persons' names joined by a hyphen, as a ticket or a pair, are two persons; one person's hyphenated name is one",
			"Calon bupati Hendra Saputra-Rini Oktaviani hadir. Pasangan Anies-Sandi menang. Kwame Asante-Boateng dan Catherine Zeta-Jones datang.",
			[]string{`LEADER "Hendra Saputra"@13`, `PERSON "Rini Oktaviani"@28`, `LEADER "Anies"@59`, `PERSON "Sandi"@65`, `PERSON "Kwame Asante-Boateng"@79`, `PERSON "Catherine Zeta-Jones"@104`}},
		{"a name after band or bengkel is a body's, also set off after the band's origin",
			"Band indie asal Pontianak, Riak Kapuas, meneken kontrak. Band Seringai tampil. Mobil itu dipugar bengkel Garasi Tua di Tangerang.",
			[]string{`LOCATION "Pontianak"@16`, `ORGANIZATION "Riak Kapuas"@27`, `ORGANIZATION "Seringai"@62`, `ORGANIZATION "Garasi Tua"@105`, `LOCATION "Tangerang"@119`}},
		{"a company's name and Indonesia between a title and its holder are the company's branch",
			"Country Manager Zentra Indonesia Kevin Li Wei mengatakan ponsel laris. Presiden Direktur Sun Life Finansial Indonesia Elen Waty hadir.",
			[]string{`ORGANIZATION "Zentra Indonesia"@16`, `PERSON "Kevin Li Wei"@33`, `ORGANIZATION "Sun Life Finansial Indonesia"@89`, `PERSON "Elen Waty"@118`}},
		{"a country's foreign name that a person of the document bears as a first name is that person, but after a preposition of place",
			"Winger Jordan Wattimena mencetak gol. Gol ini datang pada waktu yang tepat bagi Jordan. Raja Yordania hadir di Amman. Ia pernah ke Jordan.",
			[]string{`PERSON "Jordan Wattimena"@7`, `PERSON "Jordan"@80`, `COUNTRY "Yordania"@93`, `LOCATION "Amman"@111`, `COUNTRY "Jordan"@131`}},
		{"a numbered school's place that nothing knows, before its head's name, is the school's; Packaging and Foods close a company's name",
			"Kepala SMP Negeri 3 Kumai Endang Wahyuni menolak. Chief Executive Officer Mitsuhashi Packaging Takeshi Onodera hadir.",
			[]string{`ORGANIZATION "SMP Negeri 3 Kumai"@7`, `PERSON "Endang Wahyuni"@26`, `ORGANIZATION "Mitsuhashi Packaging"@74`, `PERSON "Takeshi Onodera"@95`}},
		{"a first name after a title that ends in kota opens the holder's name unless the document names it a place elsewhere",
			"Permohonan diajukan wakil wali kota Andi Rusdi Mappangara. Kepala Kampung Wurineri Amos Tabuni hadir.",
			[]string{`PERSON "Andi Rusdi Mappangara"@36`, `LOCATION "Wurineri"@74`, `PERSON "Amos Tabuni"@83`}},
		{"a national body of two words and its region are its branch, also before a title's holder",
			"Ketua Bawaslu Kota Bontang Andi Rusdi Mappangara hadir. Perum Bulog Banyumas menyalurkan beras.",
			[]string{`ORGANIZATION "Bawaslu Kota Bontang"@6`, `LEADER "Andi Rusdi Mappangara"@27`, `ORGANIZATION "Perum Bulog Banyumas"@56`}},
		{"a list of four names whose only known one is a place is a list of places",
			"Kecamatan yang paling parah terdampak ialah Sintang, Kelam Permai, Sepauk, dan Tempunak.",
			[]string{`LOCATION "Sintang"@44`, `LOCATION "Kelam Permai"@53`, `LOCATION "Sepauk"@67`, `LOCATION "Tempunak"@79`}},
		{"a list of three whose only known name is a place and another guessed a place is a list of places",
			"Korban berasal dari Cisarua, Ngamprah, dan Batujajar.",
			[]string{`LOCATION "Cisarua"@20`, `LOCATION "Ngamprah"@29`, `LOCATION "Batujajar"@43`}},
		{"a headline's bare verbs are ordinary words too, so a body's branch ends before them",
			"Bawaslu Bontang Kabulkan Gugatan Rusdi-Hasanah, KPU Wajib Tetapkan Ulang Paslon\n\nBONTANG - Bawaslu mengabulkan gugatan itu.",
			[]string{`ORGANIZATION "Bawaslu Bontang"@0`, `ORGANIZATION "KPU"@48`, `LOCATION "BONTANG"@81`, `ORGANIZATION "Bawaslu"@91`}},
		{"a Buton or Muna name after a body ends the body's name", "Kepala Kejari Muna La Ode Rusdin mengatakan, kasus itu naik.",
			[]string{`ORGANIZATION "Kejari Muna"@7`, `PERSON "La Ode Rusdin"@19`}},
		{"a company and Indonesia after a title, then its holder set off by commas", "Country Manager Kovalent Indonesia, Aditya Wirawan, menyatakan hal itu.",
			[]string{`ORGANIZATION "Kovalent Indonesia"@16`, `PERSON "Aditya Wirawan"@36`}},
		{"a name set off after a trade of two words and an origin is a person's, though its first word is an ordinary one",
			"Ia memperkenalkan bek tengah asal Montenegro, Luka Vujović, sebagai rekrutan anyar.",
			[]string{`COUNTRY "Montenegro"@34`, `PERSON "Luka Vujović"@46`}},
		{"Nona after a first name is a word of the name; a school level in a role's field is the role's; academic and deputy titles stay outside names",
			"Perawat itu, Agnes Nona Wua (34), mengaku. Ia didampingi Kepala Bidang Pembinaan SMP Heri Kuswanto. Mitra itu, Associate Professor Rachel Thornton, menilai. Wakil Direktur Pelayanan dr Fransiskus Moa Lado hadir.",
			[]string{`PERSON "Agnes Nona Wua"@13`, `PERSON "Heri Kuswanto"@85`, `PERSON "Rachel Thornton"@131`, `PERSON "Fransiskus Moa Lado"@185`}},
		{"a people's name is no entity", "Busana adat Batak dipakai Presiden Joko Widodo. Pengungsi etnis Rohingya tiba di Aceh.",
			[]string{`LEADER "Joko Widodo"@35`, `LOCATION "Aceh"@81`}},
		{"Ny. is a form of address outside the name; an archbishop's title before the see; a country as a family name after a first name",
			"Ny. Ani Yudhoyono hadir. Uskup Agung Canterbury Rowan Williams berbicara. Ia bertemu Hassan Turki kemarin.",
			[]string{`PERSON "Ani Yudhoyono"@4`, `LOCATION "Canterbury"@37`, `PERSON "Rowan Williams"@48`, `PERSON "Hassan Turki"@85`}},
		{"a body's number after its name, before its holder's; Farms ends a body's name",
			"Kepala Satuan Kerja Operasi BWS Kalimantan II Rudi Hartono Simanjuntak mengatakan itu. Kebun Wickham Fruit Farms diam.",
			[]string{`ORGANIZATION "BWS Kalimantan II"@28`, `PERSON "Rudi Hartono Simanjuntak"@46`, `ORGANIZATION "Wickham Fruit Farms"@93`}},
		{"a railway's operating unit with its number and place is one body, with the company or alone",
			"Humas KAI Daop 9 Jember mengatakan. PT KAI Divre III Palembang menambah kereta. Kereta dari Daop 5 tertahan.",
			[]string{`ORGANIZATION "KAI Daop 9 Jember"@6`, `ORGANIZATION "PT KAI Divre III Palembang"@36`, `ORGANIZATION "Daop 5"@92`}},
		{"an operating unit's number ending the text", "Kereta itu milik Daop 5", []string{`ORGANIZATION "Daop 5"@17`}},
		{"a region of a country named by a direction, and an airline named Air and its country",
			"Konflik meluas di Suriah Barat Laut dan Libya Barat. Maskapai Air Mauritania berhenti terbang. Korea Utara diam.",
			[]string{`LOCATION "Suriah Barat Laut"@18`, `LOCATION "Libya Barat"@40`, `ORGANIZATION "Air Mauritania"@62`, `COUNTRY "Korea Utara"@95`}},
		{"ordinary words in capitals inside cased text are emphasis, not an acronym, a body or a title's holder; acronyms beside them stay",
			"Ustaz itu membacakan ayat: MEREKA ITU TIDAK LAIN HANYALAH PENGIKUT HAWA NAFSU. Dan KAMI TURUNKAN kepada mereka hujan. " +
				"Warga Sleman mendatangi KANTOR DESA dan KPU RI kemarin. Ayat itu berbunyi: MENJADI PEMIMPIN JIKA MEREKA LEBIH MENYUKAI KEMUSYRIKAN ATAS KETAUHIDAN, dan seterusnya.",
			[]string{`LOCATION "Sleman"@124`, `ORGANIZATION "KPU RI"@158`}},
		{"an English title with an article is a work's or a product's after its noun or a title's colon, a venue's before Hall; else a body's",
			"Film Galaxy Raiders: The Iron Moon dirilis pekan depan. The Iron Moon melanjutkan kisah The Silver Dawn. Earphone pintar The Echo Pods memiliki fitur baru. " +
				"Konser digelar di The Sentosa Hall, Jakarta. Suporter The Bonekmania memadati tribun. Sumber: The Daily Planet.",
			[]string{`LOCATION "The Sentosa Hall"@174`, `LOCATION "Jakarta"@192`, `ORGANIZATION "The Bonekmania"@210`, `ORGANIZATION "The Daily Planet"@250`}},
		{"a city or city-state named after a German or French club's affix is the club as a match's other side; a birthplace and a prince's country stay places",
			"Bayern bermain imbang kala menjamu Wolfsburg. PSG kalah dari Monaco pekan lalu. Pemain kelahiran Stuttgart itu bergabung dengan Lyon. Pangeran Albert dari Monaco hadir.",
			[]string{`ORGANIZATION "Bayern"@0`, `ORGANIZATION "Wolfsburg"@35`, `ORGANIZATION "PSG"@46`, `ORGANIZATION "Monaco"@61`, `LOCATION "Stuttgart"@97`,
				`ORGANIZATION "Lyon"@128`, `PERSON "Albert"@143`, `COUNTRY "Monaco"@155`}},
		{"a known place at home and the words that make it a neighbourhood's, an estate's or a building's",
			"Banjir merendam Pluit Permai, Jakarta Utara. Ia tinggal di Apartemen Cawang Residence sejak 2015. Rumahnya di Perumahan Grogol Garden Residence, Jakarta Barat. Ia diculik di Komplek Cengkareng Indah Permai kemarin.",
			[]string{`LOCATION "Pluit Permai"@16`, `LOCATION "Jakarta Utara"@30`, `LOCATION "Cawang Residence"@69`, `LOCATION "Perumahan Grogol Garden Residence"@110`, `LOCATION "Jakarta Barat"@145`, `LOCATION "Komplek Cengkareng Indah Permai"@174`}},
		{"an unknown place's name and a direction, but no coordinates",
			"Warga Sukamekar Barat menolak relokasi. Banjir juga melanda Kedungwaru Timur, Tulungagung. Satelit itu di slot 118 derajat Bujur Timur.",
			[]string{`LOCATION "Sukamekar Barat"@6`, `LOCATION "Kedungwaru Timur"@60`, `LOCATION "Tulungagung"@78`}},
		{"a place named by ujung and a known place, not an album's title; a street's direction before a day",
			"Calo berkumpul di kantor Ujung Menteng, Jakarta Timur. Album Rumah di Ujung Pagi dirilis. Ia berbicara di Jalan Medan Merdeka Barat Selasa (14/11).",
			[]string{`LOCATION "Ujung Menteng"@25`, `LOCATION "Jakarta Timur"@40`, `LOCATION "Jalan Medan Merdeka Barat"@106`}},
		{"where a way starts after dari, before menuju and a place; not a family name",
			"Bus baru melayani rute dari Wolowaru menuju Kota Bajawa, Kabupaten Ngada. Paket itu dari Siregar menuju Medan.",
			[]string{`LOCATION "Wolowaru"@28`, `LOCATION "Kota Bajawa"@44`, `LOCATION "Kabupaten Ngada"@57`, `PERSON "Siregar"@89`, `LOCATION "Medan"@104`}},
		{"the regions of a place's address between commas are places, as is each stop of a route of four",
			"Kapal karam di Taman Nasional Lorentz, Baliem Land, Southern Highland, Indonesia. Etape dimulai dari Larantuka, kemudian Maumere-Ende-Mbaliling-Ruteng.",
			[]string{`LOCATION "Taman Nasional Lorentz"@15`, `LOCATION "Baliem Land"@39`, `LOCATION "Southern Highland"@52`, `COUNTRY "Indonesia"@71`, `LOCATION "Larantuka"@101`, `LOCATION "Maumere"@121`, `LOCATION "Ende"@129`, `LOCATION "Mbaliling"@134`, `LOCATION "Ruteng"@144`}},
		{"a contest after di is no place; a service set off after di is a body, not a known name's last word",
			"Tim itu berlaga di Kejuaraan Dunia Junior di Manila. Investor menanam modal di KoinPay, layanan pembayaran digital. Ia menjual di Tokopedia Mall, platform milik Tokopedia.",
			[]string{`LOCATION "Manila"@45`, `ORGANIZATION "KoinPay"@79`, `ORGANIZATION "Tokopedia"@130`, `ORGANIZATION "Tokopedia"@161`}},
		{"a police unit's head in short forms before the holder's name", "Tim itu didampingi Kasubid Promosi Olahraga Hartini. Kasie Humas Polsek Cibatu Dedi Kurnia hadir.",
			[]string{`PERSON "Hartini"@44`, `ORGANIZATION "Polsek Cibatu"@65`, `PERSON "Dedi Kurnia"@79`}},
		{"a body's acronym after a title's field, then the holder's name", "Kepala Bidang Kedaruratan BPBD Meli Anggraini menyebut banjir surut. Kepala Seksi Logistik BNPB Andi Rusdi hadir.",
			[]string{`ORGANIZATION "BPBD"@26`, `PERSON "Meli Anggraini"@31`, `ORGANIZATION "BNPB"@91`, `PERSON "Andi Rusdi"@96`}},
		{"a first name stands for the person whose full name the text spells two ways, no two persons: a letter changed, an initial for a middle name",
			"Pengacara Elvira Hutasoit mendampingi kliennya di Medan. Menurut Elvira Hutasoid, kliennya sakit. Wakil Bupati Bonar M Sitompul hadir, dan Bonar Marulak Sitompul membuka acara. Elvira menunggu Bonar di lobi.",
			[]string{`PERSON "Elvira Hutasoit"@10`, `LOCATION "Medan"@50`, `PERSON "Elvira Hutasoid"@65`, `PERSON "Bonar M Sitompul"@111`, `PERSON "Bonar Marulak Sitompul"@139`, `PERSON "Elvira"@177`, `PERSON "Bonar"@193`}},
		{"a body's acronym after a title's two fields joined by dan, then the holder's name",
			"Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD Rina Wulandari menyebut pendaki sudah turun. Kepala Seksi Humas dan Protokol BPBD Yanto Saputra hadir.",
			[]string{`ORGANIZATION "BPBD"@43`, `PERSON "Rina Wulandari"@48`, `ORGANIZATION "BPBD"@125`, `PERSON "Yanto Saputra"@130`}},
		{"a title's holder of one first name after a body's name, before a reporting verb", "Ketua Koperasi Produsen Nira Sejahtera Sumarno mengatakan harga naik. Ketua Koperasi Jaya Makmur menolak.",
			[]string{`ORGANIZATION "Koperasi Produsen Nira Sejahtera"@6`, `LEADER "Sumarno"@39`, `ORGANIZATION "Koperasi Jaya Makmur"@76`}},
		{"a chess title before the player's name", `"Ia luar biasa," kata Grand Master Anton Ferreira dari Brasil.`,
			[]string{`PERSON "Anton Ferreira"@35`, `COUNTRY "Brasil"@55`}},
		{"a first name opening the sentence before a known person's surname names another person", "Kevin Pogba mengaku masih tegang. Ayahnya, Robert Federer, menonton.",
			[]string{`PERSON "Kevin Pogba"@0`, `PERSON "Robert Federer"@43`}},
		{"a model's name after the noun of a product's series, type or part names no entity", "Laptop itu memakai GPU seri Radeon Vega. Aplikasi itu menghadirkan fitur Tint Brush. Tersedia dua tipe Gemini, yakni Wi-Fi dan 4G. Kamera itu memakai prosesor Bionz X baru.",
			nil},
		{"ordinary words after a preposition of place name an event or a body's unit, no place (a cabinet the gazetteer knows is a body); a museum named so stays a place", "Partai itu kuat di Pemilihan Legislatif 2029. Ia mundur dari jabatannya di Kabinet Kerja. Tim itu juara di Piala Liga. Warga berziarah ke Museum Gajah.",
			[]string{`ORGANIZATION "Kabinet Kerja"@75`, `LOCATION "Museum Gajah"@138`}},
		{"English words for a role next to a speech cue name no person", `"Gerbang ditutup," kata Corporate Communication PT Jalur Nusantara, Wirawan Setiadi, Senin.`,
			[]string{`ORGANIZATION "PT Jalur Nusantara"@48`, `PERSON "Wirawan Setiadi"@68`}},
		{"an outlet's English name after menurut is no person's: an outlet's", "Menurut Daily Courier, pelatih itu akan dipecat.",
			[]string{`ORGANIZATION "Daily Courier"@8`}},
		{"a known first name after a role's English words opens the holder's name", "Direktur Intel untuk Client Graphics Marketing John Webb menyatakan cip itu hemat.",
			[]string{`ORGANIZATION "Intel"@9`, `ORGANIZATION "Client Graphics Marketing"@21`, `PERSON "John Webb"@47`}},
		{"a name whose words are ordinary ones, with a first name among them, is a person's", "Kunci seni ini adalah rasa, menurut Zamrud Setya Negara, kurator galeri itu. Salah satu penonton, Gun Gun Muhammad Lutfi, datang.",
			[]string{`PERSON "Zamrud Setya Negara"@36`, `PERSON "Gun Gun Muhammad Lutfi"@98`}},
	})
}

// TestRealNewsSpeakers covers the speaker rules of the same articles, with the speaker's
// offsets and resolved name.
func TestRealNewsSpeakers(t *testing.T) {
	type want struct {
		text  string
		start int
		name  string
	}
	for _, tc := range []struct {
		doc, text string
		want      want
	}{
		{"in text of one case, an ordinary word between name words is the name's",
			"kapolres parepare akbp indra waspada kusuma mengatakan hal itu. “kami berterima kasih,” kata indra.",
			want{"indra", 97, "indra waspada kusuma"}},
		{"the person before selaku speaks, not the body the role names",
			"Adhitya Prasetyo selaku Manajer Humas KAI Daop 4 Semarang mengatakan, ”Jalur kami tutup.”",
			want{"Adhitya Prasetyo", 0, "Adhitya Prasetyo"}},
		{"a call name of two words after an age and a nickname cue",
			"Di depan sekolah, Siti Hairunnisa (41) yang akrab disapa Acil Nisa menutup lapak. ”Biasanya sudah habis,” kata Acil Nisa.",
			want{"Acil Nisa", 115, "Siti Hairunnisa"}},
		{"a call name after a speech cue that shortens a full name named before is that person's",
			"Wakil ketua lembaga itu, Alexandra Marwita, hadir di sana. “Kredit tumbuh,” kata Alex. Alex menambahkan bahwa semua berjalan.",
			want{"Alex", 85, "Alexandra Marwita"}},
		{"a call name after a name of one word and an age",
			"Nelayan Suparman (54), yang akrab disapa Parman, mengeluh. “Harga turun,” kata Parman.",
			want{"Parman", 83, "Suparman"}},
		{"a call name given after a descriptor starting the sentence names the person last spoken of",
			"Aktor Reza Mahendra meraih penghargaan. Aktor yang akrab disapa Eja itu belajar melaut. “Tangan saya sampai kapalan,” kata Eja sambil tertawa.",
			want{"Eja", 127, "Reza Mahendra"}},
		{"an acronym as a call name", "Gubernur Jawa Barat Dedi Mulyadi yang akrab disapa KDM meminta hal itu. ”Jangan tunggu,” tegas KDM.",
			want{"KDM", 99, "Dedi Mulyadi"}},
		{"a title's abbreviation names the latest holder of the office",
			"Kepala Dinas Kesehatan Kabupaten Sukabumi Agus Mulyana Sasmita menyebut cakupan rendah. ”Kami menunggu hasil,” ujar Kadinkes.",
			want{"Kadinkes", 120, "Agus Mulyana Sasmita"}},
		{"a long descriptor with a relative clause after the cue",
			"Saksi pertama, Teguh Santoso (47), mengaku diminta menandatangani laporan. “Saya tanda tangan karena disuruh atasan,” beber pria yang sudah 15 tahun bekerja sebagai pengawas proyek itu.",
			want{"pria", 128, "Teguh Santoso"}},
		{"a bare title that is also a synonym's key", "Hakim Ketua Endang Sri Widyastuti menunda sidang. “Silakan disampaikan nanti,” kata Hakim Ketua.",
			want{"Hakim Ketua", 88, "Endang Sri Widyastuti"}},
		{"a written statement's source is the body that issued it",
			"“Benih lobster adalah kekayaan negara,” kata pernyataan tertulis Bea Cukai.",
			want{"Bea Cukai", 69, "Direktorat Jenderal Bea dan Cukai"}},
		{"a place's word as a speaker after a person it began the name of",
			"Ketua lembaga itu, Medan Ndahur, mengatakan hal itu. “Kami tidak menolak investor,” kata Medan.",
			want{"Medan", 93, "Medan Ndahur"}},
		{"a place's word as a speaker after a person it ended the name of",
			"Direktur olahraga Giovanni Manna mengaku negosiasi alot. “Kami butuh penyerang,” ujar Manna.",
			want{"Manna", 90, "Giovanni Manna"}},
		{"a known person's speaker name is the fullest the text gives",
			"Gubernur Sumatera Barat Mahyeldi Ansharullah berjanji. ”Saya sudah catat,” tandas Mahyeldi.",
			want{"Mahyeldi", 86, "Mahyeldi Ansharullah"}},
		{"a descriptor before a reporting verb refers back",
			"Bruno Moreira mencetak dua gol. Bruno kini mengoleksi sembilan gol. Winger andalan Persebaya itu mengatakan, “Gol ini untuk Bonek.”",
			want{"Winger andalan Persebaya itu", 68, "Bruno Moreira"}},
		{"the sentence's only person before a comma and a quote, with no reporting verb",
			"OLX menyambut baik kerja sama ini. Daniel Tumiwa selaku CEO OLX Indonesia, memberikan komentarnya, “Kerja sama ini baik bagi konsumen kami.”",
			want{"Daniel Tumiwa", 35, "Daniel Tumiwa"}},
		{"a place's name ends the name of a holder set off by commas",
			"Juru bicara NDRRMC, Edgardo Santiago, mengatakan tim penyelamat kesulitan. “Kami terus mencoba,” kata Edgardo.",
			want{"Edgardo", 106, "Edgardo Santiago"}},
		{"a quote paragraph after a paragraph whose last sentence a pronoun reports",
			"Pandangan lain datang dari Rizal Hakim Siregar, analis pasar. Ia mengingatkan daya beli belum pulih.\n\n“Kami masih netral. Kenaikan itu sudah masuk harga.”",
			want{"Rizal Hakim Siregar", 27, "Rizal Hakim Siregar"}},
		{"the last person of a long descriptor read to its end",
			"“Permintaan terus naik,” kata Head of Brand Development & Marketing Research 4W PTSIS Harold Donnel saat ditemui.",
			want{"Harold Donnel", 90, "Harold Donnel"}},
		{"a comma after the cue",
			"“Kami yang akan maju,” ujar, Habiburokhman, yang juga Ketua Bidang Advokasi DPP Partai Gerindra.",
			want{"Habiburokhman", 33, "Habiburokhman"}},
		{"a quote paragraph after a paragraph whose last sentence a description with a bracketed acronym reports",
			"Pengembangan model itu dipimpin CTO Priska Halim. Lulusan Institut Pertanian Bogor (IPB) itu menyebut data kini cukup.\n\n“Akurasinya sekarang sekitar 80 persen. Target kami tercapai.”",
			want{"Priska Halim", 36, "Priska Halim"}},
		{"a quote paragraph after a paragraph that opens with Menurut dia",
			"Kepala Dinas Kesehatan Taufan Adi Permana mengatakan kasus naik. Ia meminta warga waspada.\n\nMenurut dia, hujan masih turun setiap sore.\n\n”Pengasapan saja tidak cukup. Kuncinya pemberantasan sarang nyamuk.”",
			want{"Taufan Adi Permana", 23, "Taufan Adi Permana"}},
		{"a body's last word read into its holder's name is given back when a later word is said alone",
			"Ketua Koperasi Peternak Sapi Perah Mojosongo Sutrisno Hadiwibowo berharap harga terbuka. “Sekarang kami dibayar murah,” kata Sutrisno.",
			want{"Sutrisno", 129, "Sutrisno Hadiwibowo"}},
		{"a body's last word that the document names elsewhere in a body's name is given back before a known first name",
			"Koperasi Mojosongo menampung susu warga. Ketua Koperasi Peternak Sapi Perah Mojosongo Sutrisno Hadiwibowo berharap harga terbuka. “Sekarang kami dibayar murah,” kata pria itu.",
			want{"pria", 170, "Sutrisno Hadiwibowo"}},
		{"a pilgrim's honorific without its period stays out of the name",
			"Ketua PW Al Washliyah Sumut H Syahrul Anwar Harahap mengatakan zakat naik. “Kami siap,” kata Syahrul.",
			want{"Syahrul", 97, "Syahrul Anwar Harahap"}},
		{"titles joined by sekaligus",
			"“Kami tumbuh,” kata CEO sekaligus pendiri Gojek Kevin Aluwi usai seremoni.",
			want{"Kevin Aluwi", 52, "Kevin Aluwi"}},
		{"an abbreviated minister's title resolves to its holder",
			"Menteri Perdagangan Budi Santoso meninjau pasar. “Harga stabil,” kata Mendag.",
			want{"Mendag", 74, "Budi Santoso"}},
		{"a portfolio joined by dan",
			"“Jangan dijual,” kata Wakil Menteri Komunikasi dan Digital Nezar Patria saat ditemui.",
			want{"Nezar Patria", 63, "Nezar Patria"}},
		{"a nickname after berjuluk",
			"Fabio Di Giannantonio finis kedua. “Rasanya seperti balapan kandang,” ujar pembalap berjuluk Diggia itu.",
			want{"Diggia", 97, "Fabio Di Giannantonio"}},
		{"a written statement of an office whose holder is not named is its body's",
			"”Tingkat keterisian ruang NICU tinggi,” demikian keterangan tertulis Humas RSUD Prof Dr WZ Johannes Kupang yang diterima Kompas.com.",
			want{"RSUD Prof Dr WZ Johannes Kupang", 79, "RSUD Prof Dr WZ Johannes Kupang"}},
		{"a speaker described at the quote and named right after in apposition",
			"”Kami tanam sore itu juga,” tutur petani berpeci hitam itu. Petani tersebut, Baharuddin Sanusi, juga mengaku heran.",
			want{"petani", 38, "Baharuddin Sanusi"}},
		{"a written statement's body after demikian keterangan tertulis",
			"”Gelombang tinggi berpeluang terjadi,” demikian keterangan tertulis Stasiun Meteorologi Maritim Ambon, Jumat.",
			want{"Stasiun Meteorologi Maritim Ambon", 72, "Stasiun Meteorologi Maritim Ambon"}},
		{"a short name after atau that begins a word of the full name",
			"Anggota termuda, Haruto Sakamoto atau Haru, tampil. “Terima kasih sudah menunggu,” kata Haru.",
			want{"Haru", 92, "Haruto Sakamoto"}},
		{"an ordinary word given as a call name",
			"Lagu itu dibawakan penyanyi Kalinda Maharani yang akrab disapa Kala, bersama band asal Jepang. “Terima kasih,” tulis Kala di Instagram.",
			want{"Kala", 121, "Kalinda Maharani"}},
		{"a verb of regret or criticism makes its subject the one who speaks next",
			"Andi Saputra menyesalkan keputusan wasit ketika Rizky Pratama dijatuhkan Daiki Kuroda. “Itu tidak adil,” katanya.",
			want{"nya", 113, "Andi Saputra"}},
		{"the one spoken to between the subject and the verb of the paragraph before",
			"Direktur Anita Abdulkadir kepada wartawan menjelaskan:\n\n“Kami memasarkan reksa dana dengan pendekatan perencanaan keuangan.”",
			want{"Anita Abdulkadir", 9, "Anita Abdulkadir"}},
		{"a name alone after a quote that ends in a comma: the cue left out",
			"Direktur Muhammad Thambrin hadir.\n\n\"Sidang digelar pada Sabtu di auditorium,\"  Thambrin.",
			want{"Thambrin", 79, "Muhammad Thambrin"}},
	} {
		t.Run(tc.doc, func(t *testing.T) {
			d := Default().Extract(tc.text)
			if !assert.Len(t, d.Quotes, 1) || !assert.NotNil(t, d.Quotes[0].Speaker) {
				return
			}
			sp := d.Quotes[0].Speaker
			assert.Equal(t, tc.want, want{sp.Text, sp.Start, sp.Name})
			assert.Equal(t, sp.Text, tc.text[sp.Start:sp.End])
		})
	}
}

// TestCorpusLoneInList checks that a word news writes in small letters, listed beside a
// name that is no such word, is not ruled out as a name ("Ahyeon, Asa, dan Rami"): the
// name typer then decides it, as it decides any name the rules leave open; listed among
// other such words ("Matematika, Fisika, dan Kimia") it is ruled out.
func TestCorpusLoneInList(t *testing.T) {
	x := Default()
	for _, tc := range []struct {
		text, word string
		lone       bool
	}{
		{"Anggota Ahyeon, Asa, dan Rami tampil.", "Rami", false},
		{"Sekolah itu kekurangan guru Matematika, Fisika, dan Kimia.", "Kimia", true},
	} {
		d := x.Extract(tc.text)
		s := newState(x, d)
		s.prepare()
		found := false
		for i := range s.toks {
			if s.word(i) == tc.word {
				found = true
				assert.Equal(t, tc.lone, s.corpusLone(i), "%s in %q", tc.word, tc.text)
			}
		}
		assert.True(t, found, "%s in %q", tc.word, tc.text)
		s.release()
	}
}

// TestAdjacentQuoteSpeaker covers a quote right before another in its paragraph, with
// or without its closing mark: the cue after the second names the speaker of both.
func TestAdjacentQuoteSpeaker(t *testing.T) {
	for _, text := range []string{
		"Kepala Bidang Edi Purnomo hadir. “Sehingga sulit mengidentifikasi jumlah jenazah.” “Rencananya jenazah dimakamkan massal,” ujar Edi.",
		"Kepala Bidang Edi Purnomo hadir. “Sehingga sulit mengidentifikasi jumlah jenazah. “Rencananya jenazah dimakamkan massal,” ujar Edi.",
	} {
		d := Default().Extract(text)
		if !assert.Len(t, d.Quotes, 2, text) {
			continue
		}
		for _, q := range d.Quotes {
			if assert.NotNil(t, q.Speaker, q.Text) {
				assert.Equal(t, "Edi Purnomo", q.Speaker.Name)
				assert.Equal(t, "Edi", text[q.Speaker.Start:q.Speaker.End])
			}
		}
	}
	// a title in quotes before a speaker's quote is no speech, and no quote (see quotedTitle)
	d := Default().Extract("Film “Bumi” “Kami bangga sekali dengan film ini,” kata Edi Purnomo.")
	if assert.Len(t, d.Quotes, 1) && assert.NotNil(t, d.Quotes[0].Speaker) {
		assert.Equal(t, "Edi Purnomo", d.Quotes[0].Speaker.Name)
	}
}

// TestKeptByPronoun covers a person introduced with a title whom sentences opening with
// "Ia" keep up past the pronoun's reach from the name, over an earlier reporting subject.
func TestKeptByPronoun(t *testing.T) {
	text := "”Naik 30 basis poin itu tajam,” kata analis Fadhila Rahmawati. Fadhila tetap merekomendasikan beli. " +
		"Pandangan lain datang dari Kepala Riset Arthaloka Sekuritas Gregorius Tanoto. Ia menurunkan rekomendasi. " +
		"Ia juga mencatat laba naik. Investor asing melepas saham. ”Saya ingin melihat angka kuartal IV,” imbuhnya."
	d := Default().Extract(text)
	if assert.Len(t, d.Quotes, 2) && assert.NotNil(t, d.Quotes[1].Speaker) {
		sp := d.Quotes[1].Speaker
		assert.Equal(t, "Gregorius Tanoto", sp.Name)
		assert.Equal(t, "nya", text[sp.Start:sp.End])
	}
}

// TestMonthOpensDocument covers a month that is a name's word opening a document: the
// check for a first name before it must not read before the first token.
func TestMonthOpensDocument(t *testing.T) {
	for _, text := range []string{"Ramadhan tiba.", "Juni", "Ramadhan Pratama hadir."} {
		assert.NotPanics(t, func() { Default().Extract(text) }, text)
	}
}

// TestSpeakerKeptAcrossParagraphs covers who a clitic after a quote points at when the
// person was introduced paragraphs before: a person set off by commas with the occasion
// before the reporting verb takes over from the last speaker; a person named after a title
// that opens the sentence, set off by commas and kept up by "Ia" next, is the paragraph's
// subject over a person named later in passing; and "Ia" opening a sentence keeps its
// subject over a pair of ministers named in passing, one with "dan" in the portfolio.
func TestSpeakerKeptAcrossParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		quote      int    // which quote's speaker
		start      int    // the clitic's offset
		want       string // the resolved name
	}{
		{"the occasion before the verb",
			"“Sagu itu hidup kami,” kata Yosina Ongge.\n\nDirektur PT Griya Cahaya Timur, Hendra Wijaya, saat dikonfirmasi mengatakan " +
				"perusahaannya membeli lahan itu pada 2025 dari salah satu keluarga pemilik hak ulayat. Pembayaran disertai surat pelepasan " +
				"tanah adat yang diketahui kepala kampung saat itu. Pengembang berencana membangun 240 unit rumah subsidi di lokasi tersebut. " +
				"Ia juga mengklaim sebagian dusun sagu dipertahankan.\n\n“Kami beli dengan dokumen lengkap,” sebutnya.",
			1, 470, "Hendra Wijaya"},
		{"a holder set off after a title, kept up by Ia",
			"Anggota Bawaslu Manggarai Barat sekaligus Koordinator Divisi Penanganan Pelanggaran, Maria Yasinta Dangur, hadir sebagai " +
				"pemberi keterangan. Ia membenarkan ada lonjakan pemilih tambahan. Menurut dia, pengawas TPS sudah mencatat kejanggalan itu. " +
				"Di persidangan, keterangannya sempat dicecar kuasa hukum pemohon, Robertus Gaudensius Jemadu, soal waktu penerbitan rekomendasi itu.\n\n" +
				"”Rekomendasi kami terlambat karena gelombang tinggi,” ujarnya seusai sidang.",
			0, -1, "Maria Yasinta Dangur"},
		{"a pair named in passing after Ia",
			"Direktur Jenderal Penanggulangan Penyakit Kementerian Kesehatan, Wahyu Setiadi Prawiro, mengatakan sasaran program itu anak sekolah dasar.\n\n" +
				"“Cakupan imunisasi kita turun sejak pandemi,” kata Wahyu di Jakarta.\n\n" +
				"Ia menjelaskan, imunisasi dilakukan berdasarkan surat edaran yang ditandatangani Menteri Kesehatan Budi Gunadi Sadikin dan " +
				"Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti pekan lalu. Sebanyak 12 juta dosis vaksin sudah disiapkan.\n\n" +
				"“Provinsi dengan kasus terbanyak kami dahulukan,” ujarnya.",
			1, -1, "Wahyu Setiadi Prawiro"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Default().Extract(tc.text)
			if !assert.Greater(t, len(d.Quotes), tc.quote) || !assert.NotNil(t, d.Quotes[tc.quote].Speaker) {
				return
			}
			sp := d.Quotes[tc.quote].Speaker
			assert.Equal(t, "nya", sp.Text)
			assert.Equal(t, tc.want, sp.Name)
			if tc.start >= 0 {
				assert.Equal(t, tc.start, sp.Start)
			}
		})
	}
}

// TestRealNewsNames: personal names that real news writes in shapes the typer misreads:
// two initials before a surname; one word after "atas nama" or a person's "bernama"; one
// word where sports news names a player; a name ending in "Junior", "Senior" or "Jr".
func TestRealNewsNames(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"two initials before a surname, after milik and opening a sentence",
			"Rumah itu milik BH Hutapea. DL Hutapea meninggal di pesawat.",
			[]string{`PERSON "BH Hutapea"@16`, `PERSON "DL Hutapea"@28`}},
		{"two initials before a name, with no cue or after an ordinary noun",
			"Tanah itu dijual kepada HR Simanjuntak. Berkat perjuangan RA Wulandari, perempuan setara. Warga menyapanya AA Gatot.",
			[]string{`PERSON "HR Simanjuntak"@24`, `PERSON "RA Wulandari"@58`, `PERSON "AA Gatot"@107`}},
		{"a person's initials and name after a company noun, the company being the person's",
			"Lahan itu dikuasai perusahaan DL Marpaung, yaitu Koperasi Sawit Makmur.",
			[]string{`PERSON "DL Marpaung"@30`, `ORGANIZATION "Koperasi Sawit Makmur"@49`}},
		{"initials of an unnamed suspect stay no entity before a surname",
			"Polisi menangkap tersangka berinisial AS dan RH. Mobil milik RH Hutapea dibakar.",
			nil},
		{"a hotel's initials and name, after its head word and again without it",
			"Mereka menginap di hotel JW Marriot. Bom JW Marriot menewaskan 12 orang.",
			nil},
		{"one word after atas nama, alone and opening a list",
			"Korban atas nama Darmini ditemukan tewas di sungai. Tim mengidentifikasi korban atas nama Wartini, Suminah dan Karsih.",
			[]string{`PERSON "Darmini"@17`, `PERSON "Wartini"@90`, `PERSON "Suminah"@99`, `PERSON "Karsih"@111`}},
		{"one word after bernama, a noun for a person some words before",
			"Petugas menemukan jasad pria paruh baya yang diduga bernama Karto di kebun. Polisi menembak mati pelaku penyanderaan bernama Fatahullah itu.",
			[]string{`PERSON "Karto"@60`, `PERSON "Fatahullah"@125`}},
		{"a thing's name after bernama is no person's",
			"Samsung memperkenalkan fitur baru bernama Animoji pekan lalu.",
			[]string{`ORGANIZATION "Samsung"@0`}},
		{"one word after a player's role noun and after a substitution's verb",
			"Bola ditangkap kiper Iraizoz. Correa masuk menggantikan Juanfran.",
			[]string{`PERSON "Iraizoz"@21`, `PERSON "Juanfran"@56`}},
		{"one-word items of a line-up",
			"Cadangan: Hery Prasetyo; Eriyanto, Munhar, Rizky Dwi Febrianto, Saldi.",
			[]string{`PERSON "Hery Prasetyo"@10`, `PERSON "Eriyanto"@25`, `PERSON "Munhar"@35`, `PERSON "Rizky Dwi Febrianto"@43`, `PERSON "Saldi"@64`}},
		{"substitutes in brackets with the minute",
			"Persegres: Slamet Nurcahyono (Munhar 90), Engelberd Sani (Saldi 89).",
			[]string{`ORGANIZATION "Persegres"@0`, `PERSON "Slamet Nurcahyono"@11`, `PERSON "Munhar"@30`, `PERSON "Engelberd Sani"@42`, `PERSON "Saldi"@58`}},
		{"a team after a rider's role noun or in brackets after the rider is no player",
			"Pebalap Movistar Yamaha, Valentino Rossi, finis ketiga. Johann Zarco (Tech 3) finis keempat. Bekas pemain Wolfsburg itu mencetak gol.",
			[]string{`ORGANIZATION "Yamaha"@17`, `PERSON "Valentino Rossi"@25`, `PERSON "Johann Zarco"@56`, `ORGANIZATION "Wolfsburg"@106`}},
		{"an unknown name ending in Junior, with no cue and after a label",
			"Skuat asuhan Wanderley Junior itu menyerang. Pelatih: Wanderley Junior",
			[]string{`PERSON "Wanderley Junior"@13`, `PERSON "Wanderley Junior"@54`}},
		{"Junior after a known name and Senior after a first name belong to the name",
			"Gol dicetak Neymar Junior dan Marco Senior pada babak kedua.",
			[]string{`PERSON "Neymar Junior"@12`, `PERSON "Marco Senior"@30`}},
	})
}

// TestRealNewsBodies holds the shapes of real news in which a known name inside a longer
// name cut it or split it: a body's unit or subsidiary, a venue named after a brand, a
// person's name that holds a place's or a company's.
func TestRealNewsBodies(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a known body that goes on into another's name, and a rank-listed body right after a head",
			"Mabes TNI AL menyiapkan kapal. Korban dirawat di Rumah Sakit TNI AD kemarin.",
			[]string{`ORGANIZATION "Mabes TNI AL"@0`, `ORGANIZATION "Rumah Sakit TNI AD"@49`}},
		{"a subsidiary's word after a known body, and Finance ending an unknown company's name",
			"Anak usahanya, BRI Ventura dan Karya Sentosa Finance, tumbuh.",
			[]string{`ORGANIZATION "BRI Ventura"@15`, `ORGANIZATION "Karya Sentosa Finance"@31`}},
		{"a venue's word before a brand's or a country's name after di",
			"Konser digelar di Teater Samsung dan di Grand Malaysia kemarin.",
			[]string{`LOCATION "Teater Samsung"@18`, `LOCATION "Grand Malaysia"@40`}},
		{"a person's name that holds a country's or a company's, set off after a person's noun",
			"Ia datang bersama model majalah, Kenya Lestari. Gaun itu rancangan desainer ternama asal Swedia, Eliot Saab.",
			[]string{`PERSON "Kenya Lestari"@33`, `COUNTRY "Swedia"@89`, `PERSON "Eliot Saab"@97`}},
		{"a person's name with a city in its middle, in a list with a person",
			"Film itu dibintangi Rudi Hartawan dan Sasha Denver Wulan.",
			[]string{`PERSON "Rudi Hartawan"@20`, `PERSON "Sasha Denver Wulan"@38`}},
		{"a display's standard and a lighting's acronym are no bodies, where the bureau of the same letters is",
			"Tablet itu memakai layar 10 inci beresolusi FHD dan pencahayaan RGB. Biro Umum Pengintaian (RGB) dibentuk pada 2009.",
			[]string{`ORGANIZATION "Biro Umum Pengintaian"@69`, `ORGANIZATION "RGB"@92`}},
		{"a concept's English name with small joining words or a hyphenated word, and its acronym, are no bodies",
			"Iklan diukur dengan Return on Advertising Spend (ROAS). Mobil ini punya fitur Forward Collision-Avoidance Assist (FCA) dan platform Business to Consumer (B2C).",
			nil},
		{"a unit's name after anggota and before its body is no member's name",
			"Anggota Reserse Mobil Polres Cimahi menangkap pelaku. Ia salah satu anggota Timsus Satlantas Polres Cimahi.",
			[]string{`ORGANIZATION "Polres Cimahi"@22`, `ORGANIZATION "Satlantas Polres Cimahi"@83`}},
		{"an outlet named with its country after a verb of citing",
			`Hal itu disampaikan Rudi, dikutip dari Selandia Baru Plus. "Kami siap," kata Dewi dikutip Voli Indonesia, hari ini.`,
			[]string{`PERSON "Rudi"@20`, `ORGANIZATION "Selandia Baru Plus"@39`, `PERSON "Dewi"@77`, `ORGANIZATION "Voli Indonesia"@90`}},
	})
}

// TestRealNewsTitles covers the titles of real news: whose officer a title names, and
// what it makes of the name after it.
func TestRealNewsTitles(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a company's president or vice-president and a club's chief executive are no leaders",
			"Wakil Presiden PT Sinar Baru Andre Wijaya mengatakan hal itu. Vice Presiden PT Mega Kencana Rudi Hartawan dan Kepala Eksekutif Borussia Dortmund Bima Santoso hadir. Presiden Nexa Corporation Dedi Kurnia juga.",
			[]string{`ORGANIZATION "PT Sinar Baru"@15`, `PERSON "Andre Wijaya"@29`, `ORGANIZATION "PT Mega Kencana"@76`, `PERSON "Rudi Hartawan"@92`, `ORGANIZATION "Borussia Dortmund"@127`, `PERSON "Bima Santoso"@145`, `ORGANIZATION "Nexa Corporation"@174`, `PERSON "Dedi Kurnia"@191`}},
		{"a club's president and a world body's lead them",
			"Presiden Inter Giuseppe Marotta dan Presiden Bank Dunia Rudi Hartawan hadir.",
			[]string{`ORGANIZATION "Inter"@9`, `LEADER "Giuseppe Marotta"@15`, `ORGANIZATION "Bank Dunia"@45`, `LEADER "Rudi Hartawan"@56`}},
		{"a leader's title, perhaps with its country, then the holder set off by commas; the title after the name; Kasal",
			`Perjanjian diteken antara Presiden Sudan, Bima Kartolo, dan pemberontak. "Dia ditahan," kata Menteri Luar Negeri, Rina Kartika, Minggu. Rendra Wijaksono, Presiden Kolombia, menolak. Kasal Laksamana Dedi Kurnia hadir.`,
			[]string{`COUNTRY "Sudan"@35`, `LEADER "Bima Kartolo"@42`, `LEADER "Rina Kartika"@114`, `LEADER "Rendra Wijaksono"@136`, `COUNTRY "Kolombia"@163`, `LEADER "Dedi Kurnia"@198`}},
		{"a monarch's realm is a place, and Haji in Asrama Haji is the place's",
			"Ia menjadi Raja Kerajaan Majapahit pada masa itu. Raja Kerajaan Wengker Arya Wiraraja hadir. Ia menginap di Asrama Haji Sukolilo, Surabaya.",
			[]string{`LOCATION "Kerajaan Majapahit"@16`, `LOCATION "Kerajaan Wengker"@55`, `LEADER "Arya Wiraraja"@72`, `LOCATION "Asrama Haji Sukolilo"@108`, `LOCATION "Surabaya"@130`}},
		{"no holder after a title in a list, a deputy's title, a name that goes on into the clause, or a unit's head",
			"Tugasnya melayani anggota, Ketua Umum, Exco, hingga AFC. Wakil Menteri Dalam Negeri India, Kiren Rijaju, hadir. Usai bertemu Presiden, Rina Kartika mengatakan hal itu. Kata Jim Acosta, Kepala Koresponden Gedung Putih untuk CNN.",
			[]string{`PERSON "Exco"@39`, `ORGANIZATION "AFC"@52`, `COUNTRY "India"@84`, `PERSON "Kiren Rijaju"@91`, `PERSON "Rina Kartika"@135`, `PERSON "Jim Acosta"@173`, `ORGANIZATION "Gedung Putih"@204`, `ORGANIZATION "CNN"@223`}},
	})
}

// TestRealNewsHyphenPairs holds two names that a hyphen joins with no space, which the
// tokenizer keeps as one word: an election ticket, a route's ends, two bodies, an outlet's
// dateline glued to the first word. Each name's span is its part of the word.
func TestRealNewsHyphenPairs(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a ticket after pasangan calon, names of two words each or of one",
			"Pasangan calon Rahmat Hidayat-Ujang Sutisna unggul. Pasangan calon Lamaru-Tasrif menyusul.",
			[]string{`PERSON "Rahmat Hidayat"@15`, `PERSON "Ujang Sutisna"@30`, `PERSON "Lamaru"@67`, `PERSON "Tasrif"@74`}},
		{"a route whose first place has two words",
			"Rute Kuala Lumpur-Pekanbaru dibuka. Bus melayani Bandar Lampung-Palembang.",
			[]string{`LOCATION "Kuala Lumpur"@5`, `LOCATION "Pekanbaru"@18`, `LOCATION "Bandar Lampung"@49`, `LOCATION "Palembang"@64`}},
		{"two countries after a word for a pair, the second of two words",
			"Ia kalah dari pasangan Jepang-Selandia Baru.",
			[]string{`COUNTRY "Jepang"@23`, `COUNTRY "Selandia Baru"@30`}},
		{"two parties, bare and after koalisi",
			"Mesin partai PKB-Gerindra bergerak. Koalisi Golkar-PAN menguat.",
			[]string{`ORGANIZATION "PKB"@13`, `ORGANIZATION "Gerindra"@17`, `ORGANIZATION "Golkar"@44`, `ORGANIZATION "PAN"@51`}},
		{"an outlet's domain glued to a body's acronym",
			"Suara.com-KPK memeriksa saksi.",
			[]string{`ORGANIZATION "Suara.com"@0`, `ORGANIZATION "KPK"@10`}},
	})
}

// TestRealNewsBusinesses holds the names of cafés, shops, restaurants and labels, which a
// word for the kind of business opens, closes or introduces, and road structures named
// with an English word: the rules over words and the typer read them as persons' or
// places'.
func TestRealNewsBusinesses(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a café or a stall by its head word, opening or closing the name",
			"Tempat itu adalah Warung Mbok Sarni. Dara Cafe menjadi pilihan.",
			[]string{`ORGANIZATION "Warung Mbok Sarni"@18`, `ORGANIZATION "Dara Cafe"@37`}},
		{"a label after its noun and a shop closed by Store",
			"Desainer itu membawahi label Rumi Project. Ia juga manajer Lumo Store.",
			[]string{`ORGANIZATION "Rumi Project"@29`, `ORGANIZATION "Lumo Store"@59`}},
		{"a café's name that ends in a regency's name",
			"Peristiwa itu terjadi di Kafe Senja Ungaran, Desa Jetis.",
			[]string{`ORGANIZATION "Kafe Senja Ungaran"@25`, `LOCATION "Desa Jetis"@45`}},
		{"an overpass named with its English word",
			"Wali kota meresmikan Flyover Candraloka kemarin.",
			[]string{`LOCATION "Flyover Candraloka"@21`}},
	})
}

// TestRealNewsAddresses holds streets named with a house's number after them, which is the
// address's and not the street's name.
func TestRealNewsAddresses(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"the house number's word, with or without a period or written out, is outside the street",
			"Toko itu di Jalan Kenari No 8. Kantornya di Jalan Cempaka Nomor 12. Rumahnya di Jl. Anggrek No. 3.",
			[]string{`LOCATION "Jalan Kenari"@12`, `LOCATION "Jalan Cempaka"@44`, `LOCATION "Jl. Anggrek"@80`}},
	})
}

// TestRealNewsPairBesideHeadline holds a bare pair of call names in a text whose headline
// ("Baca juga: …") the rules take whole as a person's name that opens with the pair: the
// pair is still two persons, the holder of the pair's word being no full name of its own.
func TestRealNewsPairBesideHeadline(t *testing.T) {
	in := "Rudianto Saputra dan Bimantara Wijaya hadir.\n\nMulai hari ini, Rudi-Bima mengumumkan personel tim.\n\n" +
		"Baca juga: Rudi-Bima Umumkan Tim Pengarah dan Tim Pakar"
	g := got(Default().Extract(in))
	assert.Contains(t, g, `PERSON "Rudi"@62`)
	assert.Contains(t, g, `PERSON "Bima"@67`)
	assert.NotContains(t, g, `PERSON "Rudi-Bima"@62`)
}

// TestIdnerNewsRules holds the rules that the idner-news-2k articles (other outlets'
// news of 2006–2014) led to: siblings named by their family name, a body's units
// counted, Tubagus's "TB", a branch's country before a legal form abroad, an operation's
// name.
func TestIdnerNewsRules(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a family's name before bersaudara is a person's, without the word; a film's title of ordinary words is none",
			"Dengan mengendap-endap, Mendur Bersaudara berhasil merapat. Empat tahun sebelum Wright bersaudara terbang. Film Biarkan Kami Bersaudara tayang.",
			[]string{`PERSON "Mendur"@24`, `PERSON "Wright"@80`}},
		{"a body's acronym after a count of one to three digits or a fraction is its units, no body; not after a year nor a capitalised word's number",
			"Sebanyak 31 DPD provinsi setuju, dari 33 DPD yang ada. Hasil rapat 2/3 DPD dibawa ke Liga 1 PSIS. Pada 2014 KPU menetapkan hasilnya.",
			[]string{`ORGANIZATION "PSIS"@92`, `ORGANIZATION "KPU"@108`}},
		{"TB before a name with no number after it is Tubagus, a person's title, no body's code",
			"Pelaksana Harian Ketua Dewan Perwakilan Daerah PDIP Jawa Barat, TB Hasanuddin, menyebutkan kinerja itu.",
			[]string{`ORGANIZATION "Dewan Perwakilan Daerah"@23`, `ORGANIZATION "PDIP"@47`, `LOCATION "Jawa Barat"@52`, `PERSON "TB Hasanuddin"@64`}},
		{"TB before a vessel's name and number is a tugboat's code",
			"Kapal tunda TB Mitra Sejati 18 tenggelam.",
			nil},
		{"an unknown name, a country and a legal form abroad are one company",
			"Helikopter itu milik Conocophilips Indonesia Inc dan disewa dari Vextra Australia Ltd.",
			[]string{`ORGANIZATION "Conocophilips Indonesia Inc"@21`, `ORGANIZATION "Vextra Australia Ltd"@65`}},
		{"a legal form abroad written with its period ends the company's name, which it makes a company's (before a capital the period ends the sentence)",
			"Coast Savings Financial Inc. melaporkan kerugian. Saham DeSoto Inc. Presiden Joko Widodo datang.",
			[]string{`ORGANIZATION "Coast Savings Financial Inc."@0`, `ORGANIZATION "DeSoto Inc"@56`, `LEADER "Joko Widodo"@77`}},
		{"the office's field after its body, Bidang and its capitalised words, is role; the holder's name follows",
			"Hal itu dikemukakan Deputi Komisioner OJK Bidang Edukasi dan Perlindungan Konsumen Sri Rahayu Widodo di Bandung.",
			[]string{`ORGANIZATION "OJK"@38`, `PERSON "Sri Rahayu Widodo"@83`, `LOCATION "Bandung"@104`}},
		{"a name opened by a plural article of another language after a place preposition is no body's for the article",
			"Pesawat itu mendarat di Las Palmas. Ia memuji Les Bleus.",
			[]string{`LOCATION "Las Palmas"@24`, `ORGANIZATION "Les Bleus"@46`}},
		{"a known body's acronym spelt out in small letters as something else names that thing; spelt out as the body, the body",
			"Bandara ini dilengkapi dengan HBS (hold baggage screening). Kasus itu ditangani KPK (komisi pemberantasan korupsi).",
			[]string{`ORGANIZATION "KPK"@80`}},
		{"a place's head word doubled for its plural is a place preposition as the word is",
			"Serangan terjadi di kota-kota Kashgar dan Hotan, tambah kantor berita itu.",
			[]string{`LOCATION "Kashgar"@30`, `LOCATION "Hotan"@42`}},
		{"a rank's word after a name word, with no name after it, ends the name; before a name it is that name's rank",
			"Miran Shah, kata jurubicara Mayjen Shaukat Sultan kepada DPA. Kapolda Metro Jaya Irjen Karyoto mengatakan itu.",
			[]string{`PERSON "Miran Shah"@0`, `PERSON "Shaukat Sultan"@35`, `ORGANIZATION "DPA"@57`, `LOCATION "Metro Jaya"@70`, `PERSON "Karyoto"@87`}},
		{"am, the German particle, joins a name's capitalised words",
			"Demikian laporan surat kabar Welt am Sonntag, Minggu. Ia tinggal di Frankfurt am Main sejak 2010.",
			[]string{`ORGANIZATION "Welt am Sonntag"@29`, `LOCATION "Frankfurt am Main"@68`}},
		{"a number inside a listed company's name, with capitalised words and Tbk after it, is the name's",
			"Saham PT Mobile 8 Telecom Tbk naik, kata PT Global Mediacom Tbk.",
			[]string{`ORGANIZATION "PT Mobile 8 Telecom Tbk"@6`, `ORGANIZATION "PT Global Mediacom Tbk"@41`}},
		{"an operation's name is no person's",
			"Seorang juru bicara untuk Operasi Fajar menyerukan gencatan senjata. Polisi menggelar Operasi Zebra pekan ini.",
			nil},
		{"a head word right after a law's word opens the law's title, no body's or place's name",
			"Rapat itu membahas perubahan atas UU Jabatan Notaris. Perda Kawasan Tanpa Rokok berlaku, kata Dinas Kesehatan.",
			[]string{`ORGANIZATION "Dinas Kesehatan"@94`}},
		{"a name after a word for an award is the award's, no person's",
			"Penghargaan Ramon Magsaysay ini diambil dari nama Presiden Filipina. Ia memenangkan penghargaan Oscar, kata Rudi Hartawan.",
			[]string{`COUNTRY "Filipina"@59`, `PERSON "Rudi Hartawan"@108`}},
		{"a head word inside a known body's name opens no other body's name that runs on into the holder's",
			"Wakil Ketua Umum Partai Persatuan Pembangunan Hajrul Azwar mengatakan itu.",
			[]string{`ORGANIZATION "Partai Persatuan Pembangunan"@17`, `PERSON "Hajrul Azwar"@46`}},
		{"Afrika Bersatu is the African Union, as older reports translate it",
			"Tentara Rwanda bisa ditarik dari pasukan penjaga perdamaian Afrika Bersatu di daerah Darfur, Sudan.",
			[]string{`ORGANIZATION "Tentara Rwanda"@0`, `ORGANIZATION "Afrika Bersatu"@60`, `LOCATION "Darfur"@85`, `COUNTRY "Sudan"@93`}},
	})
}
