package entity

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/gazetteer"
)

// got renders entities compactly: TYPE "text"@start.
func got(d *Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, fmt.Sprintf("%s %q@%d", e.Type, e.Text, e.Start))
	}
	return out
}

type ruleCase struct {
	name, in string
	want     []string
}

func runCases(t *testing.T, x *Extractor, cases []ruleCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.in)
			assert.Equal(t, tt.want, got(d))
			for _, e := range d.Entities {
				assert.Equal(t, tt.in[e.Start:e.End], e.Text)
			}
		})
	}
}

// runIDCases runs cases as runCases does, with each entity's id after its offset in the
// wants (TYPE "text"@start id).
func runIDCases(t *testing.T, x *Extractor, cases []ruleCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.in)
			var out []string
			for _, e := range d.Entities {
				out = append(out, fmt.Sprintf("%s %q@%d %s", e.Type, e.Text, e.Start, e.ID))
				assert.Equal(t, tt.in[e.Start:e.End], e.Text)
			}
			assert.Equal(t, tt.want, out)
		})
	}
}

func TestTitleRule(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"the holder's name read into an unknown body's run of capitals, named again alone later",
			"Juru bicara Layanan Kepolisian Nasional Peter Ochieng Wanyama mengatakan aparat bertindak. Menurut Wanyama, tidak ada penembakan.",
			[]string{`ORGANIZATION "Kepolisian Nasional"@20`, `PERSON "Peter Ochieng Wanyama"@40`, `PERSON "Wanyama"@99`}},
		{"a body named by the first word of its full name elsewhere, then the holder set off by commas",
			"Górnik Zabrze mengalahkan Piast Gliwice 2-1. Pelatih Piast, Marek Zielinski, tak menampik timnya kecolongan.",
			[]string{`ORGANIZATION "Górnik Zabrze"@0`, `ORGANIZATION "Piast Gliwice"@27`, `ORGANIZATION "Piast"@54`, `PERSON "Marek Zielinski"@61`}},
		{"a known place's one-word name after two name words, once the office's place was named, is the holder's family name",
			"Antrean air terjadi di Kecamatan Pandawai. Camat Pandawai Yohanis Rihi Djawa mencatat antrean panjang.",
			[]string{`LOCATION "Kecamatan Pandawai"@23`, `LOCATION "Pandawai"@49`, `PERSON "Yohanis Rihi Djawa"@58`}},
		{"no holder cut from a company whose inner word comes back only inside another run of capitals",
			"Direktur PT Karya Tebing Mandiri menolak. Kantor Muara Tebing tutup, kata warga.",
			[]string{`ORGANIZATION "PT Karya Tebing Mandiri"@9`, `ORGANIZATION "Kantor Muara Tebing"@42`}},
		{"a known body's number before the holder's name belongs to the body, a numbered one the gazetteer does not know",
			"Direktur Utama AP II Muhammad Awaluddin mengatakan bandara siap. Dirut PTPN VIII Mohammad Yudayat hadir.",
			[]string{`ORGANIZATION "AP II"@15`, `PERSON "Muhammad Awaluddin"@21`, `ORGANIZATION "PTPN VIII"@71`, `PERSON "Mohammad Yudayat"@81`}},
		{"an ordinary word right after a degree's title opens the name",
			"Menurut dr. Maya Setiadi, kasus naik.",
			[]string{`PERSON "Maya Setiadi"@12`}},
		{"a body's short form of two words in brackets, then the holder",
			"Direktur Jenderal Minyak dan Gas Bumi Kementerian Energi dan Sumber Daya Mineral (Kementerian ESDM) Tri Wahyono Santoso menilai temuan ini penting.",
			[]string{`ORGANIZATION "Kementerian Energi dan Sumber Daya Mineral"@38`, `ORGANIZATION "Kementerian ESDM"@82`, `LEADER "Tri Wahyono Santoso"@100`}},
		{"places joined by dan in the role's field, then the body and the holder",
			"Direktur Jenderal Amerika dan Eropa Kementerian Luar Negeri Rizal Anwar Hakim, kata dia.",
			[]string{`COUNTRY "Amerika"@18`, `LOCATION "Eropa"@30`, `ORGANIZATION "Kementerian Luar Negeri"@36`, `LEADER "Rizal Anwar Hakim"@60`}},
		{"a chief minister of a province or state leads it",
			"Ia meninjau kamp bersama Kepala Menteri Sindh Murad Ali Shah. Ketua Menteri Sarawak Abang Johari hadir.",
			[]string{`LOCATION "Sindh"@40`, `LEADER "Murad Ali Shah"@46`, `LOCATION "Sarawak"@76`, `LEADER "Abang Johari"@84`}},
		{"two or three ordinary words before a body are the title's field, not its holder",
			"Kepala Subdirektorat Manajemen Satelit Kementerian Komunikasi dan Informatika, Mulyadi, hadir.",
			[]string{`ORGANIZATION "Kementerian Komunikasi dan Informatika"@39`, `PERSON "Mulyadi"@79`}},
		{"a field shaped like an abstract noun between a title and its holder",
			"Ia didampingi Juru Bicara Kepresidenan Johan Budi Sapto Prabowo.",
			[]string{`PERSON "Johan Budi Sapto Prabowo"@39`}},
		{"a holder named after a body, its acronym, its place and a unit, whose name ends with a family name", "Anggota Komisi Pemilihan Umum (KPU) Padang Lawas Divisi Teknis Penyelenggaraan Erlina Harahap memastikan jadwal.",
			[]string{`ORGANIZATION "Komisi Pemilihan Umum"@8`, `ORGANIZATION "KPU"@31`, `LOCATION "Padang Lawas"@36`, `ORGANIZATION "Divisi Teknis Penyelenggaraan"@49`, `PERSON "Erlina Harahap"@79`}},
		{"a village office's holder named like a national figure is a namesake", "Camat Kebayoran Baru Suharto hadir. Kepala Desa Sukamaju Utara Budi Santoso mengatakan hal itu. Bupati Purwakarta Dedi Mulyadi hadir.",
			[]string{`LOCATION "Kebayoran Baru"@6`, `PERSON "Suharto"@21`, `LOCATION "Sukamaju Utara"@48`, `PERSON "Budi Santoso"@63`, `LOCATION "Purwakarta"@103`, `LEADER "Dedi Mulyadi"@114`}},
		{"a territorial office's place with a direction, then its holder", "Lurah Cakranegara Timur Ahmad Zaini hadir dalam rapat itu.",
			[]string{`LOCATION "Cakranegara Timur"@6`, `PERSON "Ahmad Zaini"@24`}},
		{"whatever name follows", "Lurah Sukajadi Barat Lalu Ahmad Fauzi hadir.",
			[]string{`LOCATION "Sukajadi Barat"@6`, `PERSON "Lalu Ahmad Fauzi"@21`}},
		{"a body's name read after a title of two words and a capitalised word of the role ends before the holder's name, though the text names the holder only once",
			"Juru bicara Layanan Kepolisian Nasional Peter Ochieng Wanyama mengatakan aparat bertindak untuk melindungi fasilitas publik.",
			[]string{`ORGANIZATION "Kepolisian Nasional"@20`, `PERSON "Peter Ochieng Wanyama"@40`}},
		{"a title after \"selaku\" and the holder's name takes no holder after its body",
			"\"Kami senang,\" ucap Ujesh Desai selaku general manager Logitech G via VentureBeat.",
			[]string{`PERSON "Ujesh Desai"@20`, `ORGANIZATION "Logitech"@55`, `ORGANIZATION "VentureBeat"@70`}},
		{"a title after \"selaku\" that ends the text (it read past the last token)", "Rasmuji selaku Ketua",
			[]string{`PERSON "Rasmuji"@0`}},
		{"a unit that an abbreviated title names is the title's, though alone it is a body",
			"Pencarian melibatkan Basarnas, Polairud, dan nelayan. Kasat Polairud Polresta Pati AKP Hendra Wibisono mengatakan hal itu.",
			[]string{`ORGANIZATION "Basarnas"@21`, `ORGANIZATION "Polairud"@31`, `ORGANIZATION "Polresta Pati"@69`, `PERSON "Hendra Wibisono"@87`}},
		{"a monarch's word after a first name and before another name word is inside the name",
			"Kepala Seksi Operasi Kantor Pencarian dan Pertolongan Makassar Andi Sultan Hasanuddin mengatakan, pencarian berlanjut. Kepala Dinas Kesehatan Makassar Stefanus Ratu Dapa hadir.",
			[]string{`ORGANIZATION "Kantor Pencarian dan Pertolongan Makassar"@21`, `PERSON "Andi Sultan Hasanuddin"@63`, `ORGANIZATION "Dinas Kesehatan Makassar"@126`, `PERSON "Stefanus Ratu Dapa"@151`}},
		{"a minister's portfolio of two words without \"dan\"", "Wakil Menteri Ekonomi Kreatif Irene Umar hadir.",
			[]string{`PERSON "Irene Umar"@30`}},
		{"a holder of one word after a body's place, before an adverb and a verb", "Ketua DPRD Banyumas Subagyo sebelumnya meminta pemkab menunda.",
			[]string{`ORGANIZATION "DPRD Banyumas"@6`, `LEADER "Subagyo"@20`}},
		{"the head of a regional office named by the acronym the text defined is no leader", "Proyek itu ditangani Dinas Sumber Daya Air dan Bina Marga (DSDABM) Kota Bandung. Kepala DSDABM Yayan Sofyan Hidayat hadir.",
			[]string{`ORGANIZATION "Dinas Sumber Daya Air dan Bina Marga"@21`, `ORGANIZATION "DSDABM"@59`, `LOCATION "Kota Bandung"@67`, `ORGANIZATION "DSDABM"@88`, `PERSON "Yayan Sofyan Hidayat"@95`}},
		{"leader title with country", "Presiden Rusia Vladimir Putin tiba.",
			[]string{`COUNTRY "Rusia"@9`, `LEADER "Vladimir Putin"@15`}},
		{"unknown name after title", "Gubernur Jambi Al Haris menyatakan siap.",
			[]string{`LOCATION "Jambi"@9`, `LEADER "Al Haris"@15`}},
		{"spokesperson is a person", "kata juru bicara kementerian Budi Santosa di Jakarta",
			[]string{`PERSON "Budi Santosa"@29`, `LOCATION "Jakarta"@45`}},
		{"rank and body between title and name", "Direktur Penyidikan KPK Brigjen Pol Rudi Hartanto memimpin.",
			[]string{`ORGANIZATION "KPK"@20`, `PERSON "Rudi Hartanto"@36`}},
		{"rank alone", "Kolonel Park Jin-woo berkata.", []string{`PERSON "Park Jin-woo"@8`}},
		{"a body's bracketed acronym between the title and the name", "Jaksa penuntut umum dari Komisi Pemberantasan Korupsi (KPK) Rio Fandi Nugroho menilai.",
			[]string{`ORGANIZATION "Komisi Pemberantasan Korupsi"@25`, `ORGANIZATION "KPK"@55`, `PERSON "Rio Fandi Nugroho"@60`}},
		{"a head of research is no leader", "Kepala riset PT Panin Sekuritas Tbk Felicia Hartono menilai.",
			[]string{`ORGANIZATION "PT Panin Sekuritas Tbk"@13`, `PERSON "Felicia Hartono"@36`}},
		{"title words are not names", "Pertemuan Menteri Luar Negeri ASEAN digelar.", []string{`ORGANIZATION "ASEAN"@30`}},
		{"body with an English suffix before the holder", "Pengamat teknologi dari Indonesia ICT Institute Heru Sutadi menilai.",
			[]string{`ORGANIZATION "Indonesia ICT Institute"@24`, `PERSON "Heru Sutadi"@48`}},
		{"a regency's bare name ends a body's name before the holder", "Kepala Seksi Intelijen Kejaksaan Negeri Pesisir Selatan Aldo Putra Jambak hadir.",
			[]string{`ORGANIZATION "Kejaksaan Negeri Pesisir Selatan"@23`, `PERSON "Aldo Putra Jambak"@56`}},
		{"a Roman numeral after a word in small letters is a number", "Ibu seorang siswa kelas XII, mengaku heran.", nil},
		{"a village of two words after a territorial title, named again elsewhere", "Jalan rusak di Desa Lunyuk Ode. Kepala Desa Lunyuk Ode Syahrial Jamaluddin menyebut warga lelah.",
			[]string{`LOCATION "Desa Lunyuk Ode"@15`, `LOCATION "Lunyuk Ode"@44`, `PERSON "Syahrial Jamaluddin"@55`}},
		{"a known person's short name after an unknown given name is another's surname", "Koordinator forum guru, Yulianus Pigai, menyebut guru pergi. Warga bernama Andi Prabowo datang.",
			[]string{`PERSON "Yulianus Pigai"@24`, `PERSON "Andi Prabowo"@75`}},
		{"… but not after a title", "Presiden Prabowo hadir.", []string{`LEADER "Prabowo"@9`}},
		{"a profession names an association", "Ketua Umum Ikatan Dokter Anak Indonesia (IDAI) Prof Dr dr Lukman Hakim Pohan hadir.",
			[]string{`ORGANIZATION "Ikatan Dokter Anak Indonesia"@11`, `ORGANIZATION "IDAI"@41`, `LEADER "Lukman Hakim Pohan"@58`}},
		{"Hj is an honorific outside the name", "Dr Hj Nurhasanah Lubis hadir.", []string{`PERSON "Nurhasanah Lubis"@6`}},
		{"an ordinary word right before a body is the role's, not its holder's name", "Miryam adalah mantan anggota DPR Fraksi Hanura yang menjadi tersangka.",
			[]string{`PERSON "Miryam"@0`, `ORGANIZATION "DPR"@29`, `ORGANIZATION "Hanura"@40`}},
		{"a middle initial belongs to the name, a league's letter at a sentence's end does not", "Tersangka Miryam S. Haryani hadir. Juventus juara Serie A. Hasil itu bagus.",
			[]string{`PERSON "Miryam S. Haryani"@10`, `ORGANIZATION "Juventus"@35`}},
		{"a mission takes its city and no more; Industries ends a company's name", "Staf KBRI Riyadh Mihibbuddin dan galangan Hanseong Heavy Industries hadir.",
			[]string{`ORGANIZATION "KBRI Riyadh"@5`, `PERSON "Mihibbuddin"@17`, `ORGANIZATION "Hanseong Heavy Industries"@42`}},
		{"a country's acronym is one of its forms; one that spells words in small letters is no entity", "Sebanyak 146 pekerja migran Indonesia (PMI) tiba. Korea Utara (DPRK) menembak.",
			[]string{`COUNTRY "Indonesia"@28`, `COUNTRY "Korea Utara"@50`, `COUNTRY "DPRK"@63`}},
		{"Pengurus Besar's PB heads a sports federation's name", "Direktur Teknik PB PASI Eko Wahyu Nugroho hadir.",
			[]string{`ORGANIZATION "PB PASI"@16`, `PERSON "Eko Wahyu Nugroho"@24`}},
		{"a province's narcotics agency takes its province; a known body after dan is a body of its own", "Petugas BNNP Bali dan Bea Cukai menggeledah kapal.",
			[]string{`ORGANIZATION "BNNP Bali"@8`, `ORGANIZATION "Bea Cukai"@22`}},
		{"a regional parliament's lettered commission is part of its house; a diocese is a body; Romo is an honorific",
			"Anggota Komisi C DPRD Bulukumba, Andi Muhammad Irfan, hadir. Keuskupan Larantuka menyambut. Romo Gabriel Kopong Tokan memimpin misa.",
			[]string{`ORGANIZATION "DPRD Bulukumba"@17`, `PERSON "Andi Muhammad Irfan"@33`, `ORGANIZATION "Keuskupan Larantuka"@61`, `PERSON "Gabriel Kopong Tokan"@97`}},
		{"an ordinary word opening the sentence before a reporting verb is no name", "Aturan itu terbit. Regulator berharap aturan selesai.", nil},
		{"the Arabic article in small letters inside a name", "Perdana Menteri Nuri al-Maliki hadir. Pewarta: Rizki Ananda al-Habsyi",
			[]string{`LEADER "Nuri al-Maliki"@16`, `PERSON "Rizki Ananda al-Habsyi"@47`}},
		{"a name with a particle before its surname is a person's", "Penyerang Ruben de Boer mencetak gol.",
			[]string{`PERSON "Ruben de Boer"@10`}},
		{"a bank's one-word name, then its officer, who begins with a known first name", "Direktur Konsumer Bank Arunika Yohanes Parlindungan Saragih mengatakan rasio kredit masih aman.",
			[]string{`ORGANIZATION "Bank Arunika"@18`, `PERSON "Yohanes Parlindungan Saragih"@31`}},
		{"a surname with its particle, alone, is the full name's short mention", "Panglima Pierre de Villiers mundur. Menurut de Villiers, anggaran terlalu ketat.",
			[]string{`LEADER "Pierre de Villiers"@9`, `LEADER "de Villiers"@44`}},
		{"a title's Roman number is no name", "Kasubdit I bidang Kamneg Ditreskrimum Polda NTB AKBP Andi Dady hadir.",
			[]string{`ORGANIZATION "Ditreskrimum Polda NTB"@25`, `PERSON "Andi Dady"@53`}},
		{"… but Bali's I begins one", "Kapolres I Made Sinar hadir.", []string{`PERSON "I Made Sinar"@9`}},
		{"… or before an unknown surname: another person's first name", "Bek Persija, Ganjar Mukti, mencetak gol.",
			[]string{`ORGANIZATION "Persija"@4`, `PERSON "Ganjar Mukti"@13`}},
		{"a one-name person before an unknown surname is another's first name, but not after a word", "Petinju asal Sulawesi Utara Rivaldo Manoppo menang. Menkopolhukam Wiranto hadir.",
			[]string{`LOCATION "Sulawesi Utara"@13`, `PERSON "Rivaldo Manoppo"@28`, `LEADER "Wiranto"@66`}},
		{"… unless it goes on the known person's own full name, spelt another way", "Menko Luhut Binsar Panjaitan hadir. Luhut datang.",
			[]string{`LEADER "Luhut Binsar Panjaitan"@6`, `LEADER "Luhut"@36`}},
		{"a body the document named before opens the run after a title, its holder's name follows", "Saham PT Bahtera Cakrawala Logistik Tbk melesat. Presiden Direktur Bahtera Cakrawala Andika Wiratmaja mengatakan transaksi ini penting.",
			[]string{`ORGANIZATION "PT Bahtera Cakrawala Logistik Tbk"@6`, `ORGANIZATION "Bahtera Cakrawala"@67`, `PERSON "Andika Wiratmaja"@85`}},
		{"a first name the document uses alone after a cue stays the holder's", "Kepala Seksi BPBD, Ir Dadang Hermawan Sutisna, mengatakan tebing runtuh. ”Tidur,” kata Dadang. ”Sirene dipasang,” kata Dadang.",
			[]string{`PERSON "Dadang Hermawan Sutisna"@22`, `PERSON "Dadang"@91`, `PERSON "Dadang"@127`}},
		{"a neighbourhood head's unit number and place before the holder", "Ketua RW 02 Jatipadang Arief Syarifuddin khawatir tanggul jebol.",
			[]string{`LOCATION "Jatipadang"@12`, `PERSON "Arief Syarifuddin"@23`}},
		{"titles joined by dan type the holder by the last", "Presiden dan CEO MBDI Roelof Lamberts mengatakan penjualan naik.",
			[]string{`ORGANIZATION "MBDI"@17`, `PERSON "Roelof Lamberts"@22`}},
		{"a known body's one-word name after a first name ends the holder's name", "President and Chief Executive Officer Hoshimaru Logistics Kenta Mizuno hadir.",
			[]string{`ORGANIZATION "Hoshimaru Logistics"@38`, `PERSON "Kenta Mizuno"@58`}},
		{"a roman numeral after a joined title is the title's", "Kapolda Bali dan Pangdam IX / Udayana hadir.",
			[]string{`LOCATION "Bali"@8`}},
		{"a body's name the document also uses alone, with its English suffix, before the holder", "Bagi Hoshimaru, ini investasi pertama. \"Kami datang,\" ujar President and Chief Executive Officer Hoshimaru Logistics Kenta Mizuno. Pendanaan Hoshimaru sebagian dari bank.",
			[]string{`ORGANIZATION "Hoshimaru Logistics"@97`, `PERSON "Kenta Mizuno"@117`, `ORGANIZATION "Hoshimaru"@141`}},
		{"a title's holder after the company, then a relative clause", "Manajer Kebun PT Agro Muara Sawit Bambang Sutrisno yang ditemui di pabrik menegaskan hal itu.",
			[]string{`ORGANIZATION "PT Agro Muara Sawit"@14`, `PERSON "Bambang Sutrisno"@34`}},
		{"a company's short name after a title, its holder set off by commas", "Produsen pelumas PT Samudra Pelumas Nusantara memasang logonya. Direktur Pemasaran Samudra Pelumas, Aditya Kusumanegara, mengatakan perusahaan itu senang.",
			[]string{`ORGANIZATION "PT Samudra Pelumas Nusantara"@17`, `ORGANIZATION "Samudra Pelumas"@83`, `PERSON "Aditya Kusumanegara"@100`}},
		{"a company's short name after a title, then its holder's name", "Saham PT Rimba Sawit Lestari Tbk naik. Direktur Utama Rimba Sawit Lukas Hartono Tandiono menyebut ekspor naik.",
			[]string{`ORGANIZATION "PT Rimba Sawit Lestari Tbk"@6`, `ORGANIZATION "Rimba Sawit"@54`, `PERSON "Lukas Hartono Tandiono"@66`}},
		{"a holder's name after the body's place, its last word an ordinary one", "Kepala Dinas Perhubungan Provinsi Jawa Barat Yudi Kurniawan Sastra mengatakan hal itu.",
			[]string{`ORGANIZATION "Dinas Perhubungan Provinsi Jawa Barat"@7`, `PERSON "Yudi Kurniawan Sastra"@45`}},
		{"a Sasak noble's first name, an ordinary word, before a known first name stays in the name", "Kepala Dinas Perdagangan Kota Mataram Lalu Ahmad Fathurrahman mengatakan hal itu.",
			[]string{`ORGANIZATION "Dinas Perdagangan Kota Mataram"@7`, `PERSON "Lalu Ahmad Fathurrahman"@38`}},
		{"a word used alone after a cue begins the holder's name after a body's", "Gitaris Kawaguchi Lanterns Daiki Mori tampil. “Terima kasih,” ujar Daiki.",
			[]string{`ORGANIZATION "Kawaguchi Lanterns"@8`, `PERSON "Daiki Mori"@27`, `PERSON "Daiki"@71`}},
		{"but not after a first name", "Menteri Dalam Negeri Muhammad Tito Karnavian hadir. “Siap,” kata Tito.",
			[]string{`LEADER "Muhammad Tito Karnavian"@21`, `LEADER "Tito"@69`}},
	})
}

func TestTitleRoleAndCountry(t *testing.T) {
	d := Default().Extract("Menteri Pertahanan Jepang Taro Yamada berbicara.")
	require.Len(t, d.Entities, 2)
	e := d.Entities[1]
	assert.Equal(t, "Taro Yamada", e.Text)
	assert.Equal(t, Leader, e.Type)
	assert.Equal(t, "Menteri Pertahanan", e.Role)
	assert.Equal(t, "JP", e.Country)
	assert.Equal(t, "rule:title", e.Source)
}

func TestHeadWordRules(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a kind of body named in full with no name after it, after a noun for a person, is that body, no person",
			"Pemeriksaan mereka didampingi petugas Balai Pemasyarakatan dan orangtua.",
			[]string{`ORGANIZATION "Balai Pemasyarakatan"@38`}},
		{"a numbered school keeps the word after its number, its place, though the place is known and a holder follows",
			"Warga Kecamatan Tiumang mengeluh. Kepala SMP Negeri 2 Tiumang Yusnimar Chaniago mengatakan, sekolah memberi kelonggaran.",
			[]string{`LOCATION "Kecamatan Tiumang"@6`, `ORGANIZATION "SMP Negeri 2 Tiumang"@41`, `PERSON "Yusnimar Chaniago"@62`}},
		{"a company's legal form written with a period",
			"Karyawan PT. Sinar Jaya Abadi mogok. Manajer PT. Toyota Astra Motor hadir.",
			[]string{`ORGANIZATION "PT. Sinar Jaya Abadi"@9`, `ORGANIZATION "PT. Toyota Astra Motor"@45`}},
		{"a known company's name after a legal form goes on with its subsidiary's words",
			"Direktur Utama PT Bosowa Berlian Motor, Andi Fikri, hadir. PT Mitsubishi Motors Krama Yudha Sales Indonesia (MMKSI) meluncurkan mobil.",
			[]string{`ORGANIZATION "PT Bosowa Berlian Motor"@15`, `PERSON "Andi Fikri"@40`,
				`ORGANIZATION "PT Mitsubishi Motors Krama Yudha Sales Indonesia"@59`, `ORGANIZATION "MMKSI"@109`}},
		{"an oil and gas block and a floodgate, not an address's block",
			"Hak di Blok Rokan dan Pintu Air Karet. Rumah di Jalan Taman Malaka Selatan Blok A12 Pondok Kelapa.",
			[]string{`LOCATION "Blok Rokan"@7`, `LOCATION "Pintu Air Karet"@22`, `LOCATION "Jalan Taman Malaka Selatan"@48`, `LOCATION "Pondok Kelapa"@84`}},
		{"a place that opens a company's name, then one word more",
			"Badan usaha PT Riau Petroleum memegang hak. DPRD Kotawaringin Timur Riduansyah menilai hal itu.",
			[]string{`ORGANIZATION "PT Riau Petroleum"@12`, `ORGANIZATION "DPRD Kotawaringin Timur"@44`, `PERSON "Riduansyah"@68`}},
		{"an office's head word with its name, or alone after a title before its holder",
			"Sampel dikirim ke Balai Veteriner Banjarbaru. Kepala Balai Agus Wibisono hadir. Konser di Balai Sarbini.",
			[]string{`ORGANIZATION "Balai Veteriner Banjarbaru"@18`, `PERSON "Agus Wibisono"@59`, `LOCATION "Balai Sarbini"@90`}},
		{"more heads of bodies' names",
			"Aksi diikuti Laskar Nusantara, Sanggar Lembang, dan Solidaritas Merah Putih.",
			[]string{`ORGANIZATION "Laskar Nusantara"@13`, `ORGANIZATION "Sanggar Lembang"@31`, `ORGANIZATION "Solidaritas Merah Putih"@52`}},
		{"an alliance's head word",
			"Peru mitra di Aliansi Pasifik. Ribuan nelayan tergabung dalam Aliansi Nelayan Indonesia. Aliansi mahasiswa berdemo.",
			[]string{`COUNTRY "Peru"@0`, `ORGANIZATION "Aliansi Pasifik"@14`, `ORGANIZATION "Aliansi Nelayan Indonesia"@62`}},
		{"a title's holder after the company, a first name the gazetteer knows opening the name, whatever follows",
			"Uang itu diterima dari Direktur Utama PT Samudra Kristal Nusantara Yohanes Tirtadinata dan dua importir lain.",
			[]string{`ORGANIZATION "PT Samudra Kristal Nusantara"@38`, `PERSON "Yohanes Tirtadinata"@67`}},
		{"a place's head in a body's list of fields, before the body's region",
			"Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Nagekeo memeriksa. Warga Desa Kota Baru hadir.",
			[]string{`ORGANIZATION "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Nagekeo"@0`, `LOCATION "Desa Kota Baru"@74`}},
		{"a known company's name and an English body's suffix",
			"Product Manager Google Research Daniel Whitaker hadir. Produsen Hyundai Motor Co menolak.",
			[]string{`ORGANIZATION "Google Research"@16`, `PERSON "Daniel Whitaker"@32`, `ORGANIZATION "Hyundai Motor Co"@64`}},
		{"a ministry abroad whose portfolios a known ministry at home begins",
			"Kementerian Pertanian, Kehutanan, dan Perikanan Jepang (MAFF) hadir. Kementerian Pertanian dan Budi Santoso hadir.",
			[]string{`ORGANIZATION "Kementerian Pertanian, Kehutanan, dan Perikanan Jepang"@0`, `ORGANIZATION "MAFF"@56`,
				`ORGANIZATION "Kementerian Pertanian"@69`, `LEADER "Budi Santoso"@95`}},
		{"a shopping centre's head, not after a brand's word",
			"Jumpa pers di Plaza Senayan, Jakarta Selatan. Ia belanja di Mal Kelapa Gading. Acara digelar di Crowne Plaza.",
			[]string{`LOCATION "Plaza Senayan"@14`, `LOCATION "Jakarta Selatan"@29`, `LOCATION "Mal Kelapa Gading"@60`, `LOCATION "Crowne Plaza"@96`}},
		{"a body from abroad and a country's name: its office there, a name after it after a title",
			"Juru bicara Hyundai Australia Emma Caldwell hadir. Produk dijual lewat Amazon India. Ia terkait Hizbullah Iran dan Lebanon.",
			[]string{`ORGANIZATION "Hyundai Australia"@12`, `PERSON "Emma Caldwell"@30`, `ORGANIZATION "Amazon India"@71`,
				`ORGANIZATION "Hizbullah"@96`, `COUNTRY "Iran"@106`, `COUNTRY "Lebanon"@115`}},
		{"a Lampung village by its head word", "Banjir merendam Pekon Gumukrejo dan Pekon Bumiratu.",
			[]string{`LOCATION "Pekon Gumukrejo"@16`, `LOCATION "Pekon Bumiratu"@36`}},
		{"a body's branch after kantor, its office", "Ia mendatangi kantor KPU Lombok Tengah di Praya.",
			[]string{`ORGANIZATION "KPU Lombok Tengah"@21`, `LOCATION "Praya"@42`}},
		{"a unit's head in a role before a known body's branch is the role's; a regional office is a body of its own", "Koordinator Divisi Teknis Penyelenggaraan KPU Lombok Tengah Muhammad Ridwan hadir. Kepala Kantor Wilayah Direktorat Jenderal Pajak Jakarta Khusus datang.",
			[]string{`ORGANIZATION "KPU Lombok Tengah"@42`, `PERSON "Muhammad Ridwan"@60`, `ORGANIZATION "Kantor Wilayah Direktorat Jenderal Pajak Jakarta"@90`}},
		{"a city police's full name, its head of four words", "Kepolisian Resor Kota Besar Semarang menangkap 11 remaja. Kepolisian Resor Kota Besar (Polrestabes) Surabaya menyusul.",
			[]string{`ORGANIZATION "Kepolisian Resor Kota Besar Semarang"@0`, `ORGANIZATION "Kepolisian Resor Kota Besar"@58`, `LOCATION "Surabaya"@100`}},
		{"a head written as a common noun that opens the sentence names no body", "Stasiun televisi Korea Selatan, tvN, memilih Labuan Bajo. Kantor berita Korea Utara KCNA menyatakan itu.",
			[]string{`COUNTRY "Korea Selatan"@17`, `ORGANIZATION "tvN"@32`, `LOCATION "Labuan Bajo"@45`, `COUNTRY "Korea Utara"@72`, `ORGANIZATION "KCNA"@84`}},
		{"lowercase ministry up to a place", "Kementerian luar negeri Seoul mengatakan",
			[]string{`ORGANIZATION "Kementerian luar negeri Seoul"@0`}},
		{"unknown body", "menurut Institut Kajian Strategis Hanbit di Seoul",
			[]string{`ORGANIZATION "Institut Kajian Strategis Hanbit"@8`, `LOCATION "Seoul"@44`}},
		{"regency", "di Kabupaten Muara Tebing, Jambi", []string{`LOCATION "Kabupaten Muara Tebing"@3`, `LOCATION "Jambi"@27`}},
		{"known party stops before a person", "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono",
			[]string{`ORGANIZATION "Partai Demokrat"@11`, `LEADER "Agus Harimurti Yudhoyono"@27`}},
		{"mountain", "erupsi Gunung Raung pagi ini", []string{`LOCATION "Gunung Raung"@7`}},
		{"a known place completes a place's name", "Kepala Pelaksana Kabupaten Demak Agus Sulistyanto hadir",
			[]string{`LOCATION "Kabupaten Demak"@17`, `PERSON "Agus Sulistyanto"@33`}},
		{"a known place completes an agency's name", "Kepala Pelaksana BPBD Kabupaten Demak Agus Sulistyanto hadir",
			[]string{`ORGANIZATION "BPBD Kabupaten Demak"@17`, `PERSON "Agus Sulistyanto"@38`}},
		{"a connector before another head ends the body", "Kantor Imigrasi Surabaya dan Divisi Hubungan Internasional Polri bekerja sama.",
			[]string{`ORGANIZATION "Kantor Imigrasi Surabaya"@0`, `ORGANIZATION "Divisi Hubungan Internasional Polri"@29`}},
		{"a tournament's group is no body", "Indonesia berada di Grup B Piala AFF bersama Vietnam. Grup Djarum hadir.",
			[]string{`COUNTRY "Indonesia"@0`, `COUNTRY "Vietnam"@45`, `ORGANIZATION "Grup Djarum"@54`}},
		{"a numbered commission is part of its parliament", "Rapat Komisi III DPR digelar. Komisi III menilai.",
			[]string{`ORGANIZATION "DPR"@17`}},
		{"one name word after the known place", "Warga Kecamatan Medan Tuntungan mengungsi ke Stasiun Surabaya Gubeng.",
			[]string{`LOCATION "Kecamatan Medan Tuntungan"@6`, `LOCATION "Stasiun Surabaya Gubeng"@45`}},
		{"but for a direction word", "warga Kecamatan Bandung Wetan mengungsi", []string{`LOCATION "Kecamatan Bandung Wetan"@6`}},
		{"the next place head begins a place", "di Kecamatan Kemranjen Kabupaten Banyumas",
			[]string{`LOCATION "Kecamatan Kemranjen"@3`, `LOCATION "Kabupaten Banyumas"@23`}},
		{"a place does not speak", "Di Kecamatan Cibeber Dedi Kurniawan mengatakan hal itu.",
			[]string{`LOCATION "Kecamatan Cibeber"@3`, `PERSON "Dedi Kurniawan"@21`}},
		{"a territorial office over a place named elsewhere", "Warga Kecamatan Cibeber hadir. Camat Cibeber Joko Susilo datang.",
			[]string{`LOCATION "Kecamatan Cibeber"@6`, `LOCATION "Cibeber"@37`, `PERSON "Joko Susilo"@45`}},
		{"a three-word name after a territorial office stays whole", "Bupati Sadewo Tri Lastiono datang. Sadewo tersenyum.",
			[]string{`LEADER "Sadewo Tri Lastiono"@7`, `LEADER "Sadewo"@35`}},
		{"a unit's head inside a role before a known body: the body only", "Direktur Penilaian Perusahaan BEI Yulianto Hadiprodjo mengatakan.",
			[]string{`ORGANIZATION "BEI"@30`, `PERSON "Yulianto Hadiprodjo"@34`}},
		{"a board that is part of a body's name stays in it", "Ketua Umum PB PASI Budi Hartono datang.",
			[]string{`ORGANIZATION "PB PASI"@11`, `LEADER "Budi Hartono"@19`}},
		{"a body's suffix after ordinary words keeps them the body's", "Produser Layar Kabut Films Aditya Halim mengatakan.",
			[]string{`ORGANIZATION "Layar Kabut Films"@9`, `PERSON "Aditya Halim"@27`}},
		{"a Korean name after a body's", "Vice President Hanseong Park Jin-woo mengatakan.",
			[]string{`ORGANIZATION "Hanseong"@15`, `PERSON "Park Jin-woo"@24`}},
		{"a place ending a name before an age", "Setiap pagi, Agustinus Seran Mali (47) mendaki bukit.",
			[]string{`PERSON "Agustinus Seran Mali"@13`}},
		{"a Balinese noble's name opening a sentence keeps its first word", "Anak Agung Ngurah Suryawan selaku kepala dinas mengakui hal itu.",
			[]string{`PERSON "Anak Agung Ngurah Suryawan"@0`}},
		{"a title's holder set off by a comma after its body", "Ketua Umum PSSI, Edy Rahmayadi, mengatakan.",
			[]string{`ORGANIZATION "PSSI"@11`, `LEADER "Edy Rahmayadi"@17`}},
		{"a company's holder after a long role", "Manajer Hubungan Masyarakat PT Sangir Agro Lestari Hendra Wijaya Siregar membantah.",
			[]string{`ORGANIZATION "PT Sangir Agro Lestari"@28`, `PERSON "Hendra Wijaya Siregar"@51`}},
		{"a place's head in a portfolio after dan, with no name after it", "Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Bogor hadir.",
			[]string{`ORGANIZATION "Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Bogor"@0`}},
		{"a place's head with a name after dan begins a place", "Kantor Imigrasi Surabaya dan Desa Sukamaju hadir.",
			[]string{`ORGANIZATION "Kantor Imigrasi Surabaya"@0`, `LOCATION "Desa Sukamaju"@29`}},
		{"a word and a compass word after a known place inside a place's name", "Massa berkumpul di Jalan Medan Merdeka Selatan sejak pagi.",
			[]string{`LOCATION "Jalan Medan Merdeka Selatan"@19`}},
		{"a place that opens a company's name is its first word", "PT Borneo Sawit Lestari membayar upah.",
			[]string{`ORGANIZATION "PT Borneo Sawit Lestari"@0`}},
		{"a known branch whose place is the start of a longer place", "Ketua KPU Bengkulu Selatan hadir.",
			[]string{`ORGANIZATION "KPU Bengkulu Selatan"@6`}},
		{"a national body and its home region are its branch, not in Jakarta nor a building's place", "Tim Basarnas Bengkulu mencari korban di gedung KPK Jakarta.",
			[]string{`ORGANIZATION "Basarnas Bengkulu"@4`, `ORGANIZATION "KPK"@47`, `LOCATION "Jakarta"@51`}},
		{"a national body's long name and its home region are its branch; a university and its city are not",
			"Kepala Badan Pusat Statistik Sumatera Utara Nurul Hasanudin hadir di Universitas Islam Indonesia Yogyakarta.",
			[]string{`ORGANIZATION "Badan Pusat Statistik Sumatera Utara"@7`, `PERSON "Nurul Hasanudin"@44`, `ORGANIZATION "Universitas Islam Indonesia"@69`, `LOCATION "Yogyakarta"@97`}},
		{"a Buton noble's name after a body's place ends the body", "Kepala Dinas Kelautan Kabupaten Buton Tengah La Ode Muhammad Syafril mengatakan.",
			[]string{`ORGANIZATION "Dinas Kelautan Kabupaten Buton Tengah"@7`, `PERSON "La Ode Muhammad Syafril"@45`}},
		{"a first name before a known person's name makes another person's", "Kepala Dinas Peternakan Kabupaten Blitar Hartono Budi Santoso mengatakan.",
			[]string{`ORGANIZATION "Dinas Peternakan Kabupaten Blitar"@7`, `PERSON "Hartono Budi Santoso"@41`}},
		{"a territorial office's place, then its holder set off by a comma", "Kapolres Pronojiwo, AKBP Mashuri datang.",
			[]string{`LOCATION "Pronojiwo"@9`, `PERSON "Mashuri"@25`}},
		{"a territorial office's known place, then its holder set off by a comma", "Warga Desa Supiturang mengungsi, kata Kepala Desa Supiturang, Mashuri.",
			[]string{`LOCATION "Desa Supiturang"@6`, `LOCATION "Supiturang"@50`, `PERSON "Mashuri"@62`}},
		{"a territorial office's place, then a holder with a known first name", "Camat Pronojiwo Agus Setiyo Budi datang.",
			[]string{`LOCATION "Pronojiwo"@6`, `PERSON "Agus Setiyo Budi"@16`}},
		{"Wali Kota over a place", "Wali Kota Bandung Muhammad Farhan hadir",
			[]string{`LOCATION "Bandung"@10`, `LEADER "Muhammad Farhan"@18`}},
		{"a ministry's acronym belongs to the title", "Menteri BUMN Erick Thohir datang", []string{`LEADER "Erick Thohir"@13`}},
		{"a rank the gazetteer knows as a body", "Kasat Reskrim Polresta Banyumas AKP Rizal Mahendra Hasibuan",
			[]string{`ORGANIZATION "Polresta Banyumas"@14`, `PERSON "Rizal Mahendra Hasibuan"@36`}},
		{"a company's name ends before a person's", "Analis PT Mirae Asset Sekuritas Indonesia Rizky Ananda Putri menilai",
			[]string{`ORGANIZATION "PT Mirae Asset Sekuritas Indonesia"@7`, `PERSON "Rizky Ananda Putri"@42`}},
		{"a titled company's holder is named after it", "Direktur PT Bintang Lima Kreasi Melisa Gunawan mengatakan hal itu",
			[]string{`ORGANIZATION "PT Bintang Lima Kreasi"@9`, `PERSON "Melisa Gunawan"@32`}},
		{"a company's country ends its name before its titled holder", "Gubernur Bank Sentral Malaysia Zeti Akhtar Aziz mengatakan itu.",
			[]string{`ORGANIZATION "Bank Sentral Malaysia"@9`, `LEADER "Zeti Akhtar Aziz"@31`}},
		{"a one-word holder ending as Javanese names do, after a body's name and before a reporting verb", "Ketua Koperasi Garam Segoro Makmur Rusdianto mengatakan, gudang sudah penuh.",
			[]string{`ORGANIZATION "Koperasi Garam Segoro Makmur"@6`, `LEADER "Rusdianto"@35`}},
		{"the same after a company's name, a woman's name", "Direktur PT Tunas Agro Nusantara Kusumawati menjelaskan, pabrik berhenti sementara.",
			[]string{`ORGANIZATION "PT Tunas Agro Nusantara"@9`, `PERSON "Kusumawati"@33`}},
		{"a name word no list knows right after the region that closes the body's name opens the holder's, before a known first name", "Kepala Bidang Distribusi Pangan Dinas Ketahanan Pangan DKI Jakarta Hendrawan Saputra Lubis mengatakan, harga naik.",
			[]string{`ORGANIZATION "Dinas Ketahanan Pangan DKI Jakarta"@32`, `PERSON "Hendrawan Saputra Lubis"@67`}},
		{"the same after a province named without its head word", "Kepala Seksi Logistik Dinas Sosial Jawa Barat Tarmidzi Bayu Kusnadi menyebut bantuan sudah dikirim.",
			[]string{`ORGANIZATION "Dinas Sosial Jawa Barat"@22`, `PERSON "Tarmidzi Bayu Kusnadi"@46`}},
		{"a body after a role's words, then a holder with a known first name", "Kepala Bidang Peternakan Dinas Pertanian dan Peternakan Diah Ningrum pun mengatakan itu.",
			[]string{`ORGANIZATION "Dinas Pertanian dan Peternakan"@25`, `PERSON "Diah Ningrum"@56`}},
		{"a Bugis title inside the holder's name after the body's place", "Kepala Dinas Pertanian dan Perkebunan Kolaka Utara Sitti Rahmawati Dg Bau menyebut luas kebun naik.",
			[]string{`ORGANIZATION "Dinas Pertanian dan Perkebunan Kolaka Utara"@7`, `PERSON "Sitti Rahmawati Dg Bau"@51`}},
		{"a role's fields listed before its body and holder", "“Bank tidak boleh lepas tangan,” kata Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal Ventura, Lembaga Keuangan Mikro, dan Lembaga Jasa Keuangan Lainnya OJK Agusman dalam jawaban tertulis.",
			[]string{`ORGANIZATION "OJK"@172`, `PERSON "Agusman"@176`}},
		{"a list of people is no list of fields", "Hadir Direktur Jenderal Kantor PBB Jenewa, Michael Moller dan Direktur Eksekutif UNODC, Yuri Fedotov.",
			[]string{`ORGANIZATION "Kantor PBB Jenewa"@24`, `PERSON "Michael Moller"@43`, `ORGANIZATION "UNODC"@81`, `PERSON "Yuri Fedotov"@88`}},
		{"the chair of a body's regional chapter leads it; the head of a regional office does not", "Ketua Himpunan Nelayan Seluruh Indonesia (HNSI) Maluku Utara Jafar Marsaoly mengatakan itu. Kepala Dinas Kesehatan Kabupaten Sukabumi Agus Sanusi hadir.",
			[]string{`ORGANIZATION "Himpunan Nelayan Seluruh Indonesia"@6`, `ORGANIZATION "HNSI"@42`, `LOCATION "Maluku Utara"@48`, `LEADER "Jafar Marsaoly"@61`, `ORGANIZATION "Dinas Kesehatan Kabupaten Sukabumi"@99`, `PERSON "Agus Sanusi"@134`}},
		{"a particle inside a holder's name after a body closed by its suffix",
			"Managing Director Sahraa Capital Omar Al Suwaidi menyebut proyek itu.",
			[]string{`ORGANIZATION "Sahraa Capital"@18`, `PERSON "Omar Al Suwaidi"@33`}},
		{"ordinary words of a title's field before a body's noun and a determiner are no holder; a name before a conjunction is",
			"Direktur Operasional perusahaan itu, Hendrik Wijaya, mengatakan. Kata Chef Bara saat ditemui.",
			[]string{`PERSON "Hendrik Wijaya"@37`, `PERSON "Bara"@75`}},
		{"the holder set off by commas after a body named by its kind in small letters, or after the body's acronym in brackets",
			"Ketua paguyuban, Rudy Hermawan, mengatakan itu. Ketua Umum Serikat Pekerja Sinar Langkah (SPSL), Ahmad Jaelani, menolak.",
			[]string{`LEADER "Rudy Hermawan"@17`, `ORGANIZATION "Serikat Pekerja Sinar Langkah"@59`, `ORGANIZATION "SPSL"@90`, `LEADER "Ahmad Jaelani"@97`}},
		{"a school's level in a role's field before the body whose role it is is the role's; a school named by its level and number is a body",
			"Kepala Bidang Pembinaan Sekolah Dasar Dinas Pendidikan Kabupaten Lombok Timur Lalu Ahmad hadir. Direktur Sekolah Menengah Pertama Kemendikdasmen Yudhistira Adi Nugraha mengakui. Siswa SD Negeri 2 Sukamaju belajar.",
			[]string{`ORGANIZATION "Dinas Pendidikan Kabupaten Lombok Timur"@38`, `PERSON "Lalu Ahmad"@78`, `ORGANIZATION "Kemendikdasmen"@130`, `PERSON "Yudhistira Adi Nugraha"@145`, `ORGANIZATION "SD Negeri 2 Sukamaju"@184`}},
		{"a unit's words in a role before a body the gazetteer lacks, named by its own head word, are the role's",
			"Kepala Divisi Layanan Pemerintah Bank Jakarta Yudi Kurniawan menyatakan. Kepala Satuan Kerja Pelaksanaan Jaringan Sumber Air BWS Sumatera VII Andi hadir.",
			[]string{`ORGANIZATION "Bank Jakarta"@33`, `PERSON "Yudi Kurniawan"@46`, `ORGANIZATION "BWS Sumatera VII"@125`, `PERSON "Andi"@142`}},
		{"the holder after a body's acronym in brackets and its region; a unit's head; a former holder of a longer title",
			"Ketua Asosiasi Pengusaha Truk Indonesia (Aptrindo) DKI Jakarta, Yusuf Hamonangan Siregar, mengatakan. Kepala SPPG Playen, Dwi Retno Handayani, hadir. Hakim menghukum mantan Ketua Harian KONI Halmahera Tengah, Rusdi Hi Umar.",
			[]string{`ORGANIZATION "Asosiasi Pengusaha Truk Indonesia"@6`, `ORGANIZATION "Aptrindo"@41`, `LOCATION "DKI Jakarta"@51`, `LEADER "Yusuf Hamonangan Siregar"@64`,
				`ORGANIZATION "SPPG Playen"@109`, `PERSON "Dwi Retno Handayani"@122`, `ORGANIZATION "KONI Halmahera Tengah"@186`, `PERSON "Rusdi Hi Umar"@209`}},
		{"the chair of a cooperative or of a commission's regional branch leads it",
			"Ketua Himpunan Nelayan Pulau Laut Zulkifli Hamid mengatakan itu. Ketua KPU Kota Bontang Muhammad Yusran hadir.",
			[]string{`ORGANIZATION "Himpunan Nelayan Pulau Laut"@6`, `LEADER "Zulkifli Hamid"@34`, `ORGANIZATION "KPU Kota Bontang"@71`, `LEADER "Muhammad Yusran"@88`}},
		{"Ajun is a rank before another rank only", "Ketua DPRD Melawi Petrus Ajun Santoso meminta jadwal.",
			[]string{`ORGANIZATION "DPRD Melawi"@6`, `LEADER "Petrus Ajun Santoso"@18`}},
		{"a job-training institute (LPK) is a body", "Ia menyebut LPK Hikari Nusantara tidak terdaftar.",
			[]string{`ORGANIZATION "LPK Hikari Nusantara"@12`}},
		{"a police unit after a title is the role's, its force the body; as a subject the unit is the body", "Kepala Satuan Reserse Kriminal Polres Cimahi AKP Dimas Ardhi Wicaksono mengatakan itu. Satuan Reserse Kriminal Polres Tanggamus membekuk tiga orang.",
			[]string{`ORGANIZATION "Polres Cimahi"@31`, `PERSON "Dimas Ardhi Wicaksono"@49`, `ORGANIZATION "Satuan Reserse Kriminal Polres Tanggamus"@87`}},
		{"a credit union is a body", "Ia berutang ke warung dan Credit Union Keling Kumang.",
			[]string{`ORGANIZATION "Credit Union Keling Kumang"@26`}},
		{"a hall's unit is a body", "Kepala Balai Pelaksanaan Jalan Nasional (BPJN) Maluku Agus Salim hadir.",
			[]string{`ORGANIZATION "Balai Pelaksanaan Jalan Nasional"@7`, `ORGANIZATION "BPJN"@41`, `LOCATION "Maluku"@47`, `PERSON "Agus Salim"@54`}},
		{"a city hall is a place", "Warga berkumpul di Balai Kota Jakarta.", []string{`LOCATION "Balai Kota Jakarta"@19`}},
		{"a trade's place word in a body's name names no region", "Ketua Perhimpunan Hotel dan Restoran Indonesia (PHRI) Bali Silvester Ndahur berharap.",
			[]string{`ORGANIZATION "Perhimpunan Hotel dan Restoran Indonesia"@6`, `ORGANIZATION "PHRI"@48`, `LOCATION "Bali"@54`, `LEADER "Silvester Ndahur"@59`}},
		{"a market's name in an association's is no region: its chair leads it", "Ketua Ikatan Pedagang Pasar Inpres Lhokseumawe Muhammad Nasir Ibrahim mengatakan itu.",
			[]string{`ORGANIZATION "Ikatan Pedagang Pasar Inpres Lhokseumawe"@6`, `LEADER "Muhammad Nasir Ibrahim"@47`}},
		{"Hi (Haji) inside a holder's name after a body's place", "Kepala Dinas Perhubungan Provinsi Maluku Utara Muhammad Irfan Hi Djafar mengatakan itu.",
			[]string{`ORGANIZATION "Dinas Perhubungan Provinsi Maluku Utara"@7`, `PERSON "Muhammad Irfan Hi Djafar"@47`}},
		{"Ajun before a rank", "Kasat Reskrim Polres Garut Ajun Komisaris Polisi Joko Prihatin hadir.",
			[]string{`ORGANIZATION "Polres Garut"@14`, `PERSON "Joko Prihatin"@49`}},
		{"the holder's name does not take the body's place", "Kepala Dinas Lingkungan Hidup Kota Bandung Rahmat Hidayat Sumarna menjelaskan.",
			[]string{`ORGANIZATION "Dinas Lingkungan Hidup Kota Bandung"@7`, `PERSON "Rahmat Hidayat Sumarna"@43`}},
		{"a title of two words before the body", "Juru bicara Kepolisian Swedia Jonas Hysing mengatakan hal itu.",
			[]string{`ORGANIZATION "Kepolisian Swedia"@12`, `PERSON "Jonas Hysing"@30`}},
		{"a regional agency by its acronym", "Kepala Pelaksana BPBD Banyumas Teguh Kuncoro mengatakan.",
			[]string{`ORGANIZATION "BPBD Banyumas"@17`, `PERSON "Teguh Kuncoro"@31`}},
		{"a toll road's places joined by dashes, and its acronym; a toll road's interchange; not a bus route's ends",
			"Macet di Jalan Tol Bogor–Ciawi–Sukabumi (Bocimi). Simpang Susun Cibadak Timur dibuka. Bus melayani Terminal Lempake–Samarinda.",
			[]string{`LOCATION "Jalan Tol Bogor–Ciawi–Sukabumi"@9`, `LOCATION "Bocimi"@45`, `LOCATION "Simpang Susun Cibadak Timur"@54`, `LOCATION "Terminal Lempake"@103`, `LOCATION "Samarinda"@122`}},
		{"a compass word between a company's own words is one of them; after a region's it ends the name",
			"Kontrak dengan PT Samudra Timur Perkasa diteken. Kepala Dinas Kesehatan Jawa Timur Nurul Hasanah hadir.",
			[]string{`ORGANIZATION "PT Samudra Timur Perkasa"@15`, `ORGANIZATION "Dinas Kesehatan Jawa Timur"@56`, `PERSON "Nurul Hasanah"@83`}},
		{"a region's number in a title's field names no place", "Kepala Seksi Konservasi Wilayah III BKSDA Sumsel Yudi Armansyah mengatakan.",
			[]string{`ORGANIZATION "BKSDA Sumsel"@36`, `PERSON "Yudi Armansyah"@49`}},
		{"a court by its acronym and its seat", "Majelis hakim PN Kabanjahe menjatuhkan vonis. Gugatan didaftarkan ke PTUN Bandung.",
			[]string{`ORGANIZATION "PN Kabanjahe"@14`, `ORGANIZATION "PTUN Bandung"@69`}},
		{"a water company, a forest unit and a club of a city's name with its letters",
			"Direktur Perumdam Tirta Kencana Samarinda Syahrial Noor mengatakan. Tim KPH Poso datang. Persib menekuk Zhejiang FC 2-1.",
			[]string{`ORGANIZATION "Perumdam Tirta Kencana Samarinda"@9`, `PERSON "Syahrial Noor"@42`, `ORGANIZATION "KPH Poso"@72`, `ORGANIZATION "Persib"@89`, `ORGANIZATION "Zhejiang FC"@104`}},
		{"a ministry's regional office by its acronym", "Warga melapor kepada BKSDA Riau. Kepala DLH Rohul Hendri Saputra mengatakan.",
			[]string{`ORGANIZATION "BKSDA Riau"@21`, `ORGANIZATION "DLH Rohul"@40`, `PERSON "Hendri Saputra"@50`}},
		{"a titled company's holder before a verb", "Mantan Direktur Utama PT Bina Hunian Jaya Irwan Syahputra Lubis dituntut 8 tahun.",
			[]string{`ORGANIZATION "PT Bina Hunian Jaya"@22`, `PERSON "Irwan Syahputra Lubis"@42`}},
		{"a titled company alone before a verb", "Direktur PT Bina Hunian Jaya Raya dituntut.",
			[]string{`ORGANIZATION "PT Bina Hunian Jaya Raya"@9`}},
		{"Tbk joins the company", "saham PT Bank Central Asia Tbk naik", []string{`ORGANIZATION "PT Bank Central Asia Tbk"@6`}},
		{"US$ is no country", "harga US$ 5 per barel", nil},
		{"an age in brackets follows a person", "Di sawah, Casmadi (54) bekerja.", []string{`PERSON "Casmadi"@10`}},
		{"old spelling of a month", "Pada 5 Nopember lalu hujan.", nil},
	})
}

func TestAcronymDefinitions(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"an acronym the text defines as a class in small letters is not the body the gazetteer knows by it, anywhere",
			"Sebanyak 146 pekerja migran Indonesia (PMI) dideportasi. Para PMI tiba di Kupang. Ribuan PMI asal NTT pulang.",
			[]string{`COUNTRY "Indonesia"@28`, `LOCATION "Kupang"@74`, `LOCATION "NTT"@98`}},
		{"the body the acronym names otherwise, and its branch",
			"Relawan Palang Merah Indonesia (PMI) membuka posko. Stok darah di PMI Bulukumba habis.",
			[]string{`ORGANIZATION "Palang Merah Indonesia"@8`, `ORGANIZATION "PMI"@32`, `ORGANIZATION "PMI Bulukumba"@66`}},
		{"a country's name opening a body's long form", "Bea masuk itu ditetapkan United States International Trade Commission (USITC) pekan lalu.",
			[]string{`ORGANIZATION "United States International Trade Commission"@25`, `ORGANIZATION "USITC"@71`}},
		{"but not an event's", "Ia hadir di Indonesia Banking Expo (IBEX) kemarin.",
			[]string{`COUNTRY "Indonesia"@12`}},
		{"long form first", "Dewan Keamanan PBB (DK PBB) bersidang.",
			[]string{`ORGANIZATION "Dewan Keamanan PBB"@0`, `ORGANIZATION "DK PBB"@20`}},
		{"an acronym in another language after a body named by its head word", "Adapun Badan Antariksa Eropa (ESA) menilai itu. Data Jaringan Peringatan Asteroid Internasional (IAWN) menunjukkan itu.",
			[]string{`ORGANIZATION "Badan Antariksa Eropa"@7`, `ORGANIZATION "ESA"@30`, `ORGANIZATION "Jaringan Peringatan Asteroid Internasional"@53`, `ORGANIZATION "IAWN"@97`}},
		{"but not a title's acronym", "Ia mantan Kepala Staf Angkatan Darat (KSAD) itu.",
			[]string{`ORGANIZATION "Angkatan Darat"@22`}},
		{"translated acronym", "Republik Demokratik Rakyat Korea (DPRK) menolak.",
			[]string{`COUNTRY "Republik Demokratik Rakyat Korea"@0`, `COUNTRY "DPRK"@34`}},
		{"acronym first, lowercase long form", "ancaman WMD (senjata pemusnah massal) itu",
			[]string{`WEAPON "WMD"@8`, `WEAPON "senjata pemusnah massal"@13`}},
		{"unknown body with acronym, later mention", "Lembaga Riset Samudra Biru (LRSB) menilai. Menurut LRSB, harga naik.",
			[]string{`ORGANIZATION "Lembaga Riset Samudra Biru"@0`, `ORGANIZATION "LRSB"@28`, `ORGANIZATION "LRSB"@51`}},
		{"a title's acronym names no body", "Tuntutan dibacakan Jaksa Penuntut Umum (JPU) di persidangan. JPU menuntut tujuh tahun.", nil},
		{"a prosecutor's office named by its head before its acronym and place", "Ia ditahan Kejaksaan Negeri (Kejari) Jakarta Timur sejak Mei.",
			[]string{`ORGANIZATION "Kejaksaan Negeri"@11`, `ORGANIZATION "Kejari"@29`, `LOCATION "Jakarta Timur"@37`}},
		{"a document's acronym", "Ia melampirkan Surat Pemberitahuan (SPT) Tahunan. Lalu SPT itu diperiksa. Kitab Undang-Undang Hukum Pidana (KUHP) berlaku.", nil},
		{"common-noun acronym", "operasi tangkap tangan (OTT) di Jambi. OTT itu berhasil.",
			[]string{`LOCATION "Jambi"@32`}},
		{"persero and purn are no acronyms", "PT Pertamina (Persero) dan Jenderal (Purn.) Wiranto",
			[]string{`ORGANIZATION "PT Pertamina"@0`, `LEADER "Wiranto"@44`}},
		{"a body's name that ends with a direction, then its acronym", "PT Bandarudara Internasional Jawa Barat (BIJB) meneken amendemen. Direktur Utama BIJB Arief Budiman Santoso hadir.",
			[]string{`ORGANIZATION "PT Bandarudara Internasional Jawa Barat"@0`, `ORGANIZATION "BIJB"@41`, `ORGANIZATION "BIJB"@81`, `PERSON "Arief Budiman Santoso"@86`}},
		{"but not a province's acronym after a body with the province's name", "Dinas Pariwisata Provinsi Nusa Tenggara Barat (NTB) berencana merevitalisasi pantai. Pada 113 derajat Bujur Timur (BT) itu.",
			[]string{`ORGANIZATION "Dinas Pariwisata Provinsi Nusa Tenggara Barat"@0`, `LOCATION "NTB"@47`}},
		{"a person's initials after the name", "Penyidik memeriksa tersangka Dewi Suryana (DSU). Kemudian DSU ditahan.",
			[]string{`PERSON "Dewi Suryana"@29`, `PERSON "DSU"@43`, `PERSON "DSU"@58`}},
		{"but not a body's whose name has an English word", "Peneliti James Cook University (JCU) datang.",
			[]string{`ORGANIZATION "James Cook University"@9`, `ORGANIZATION "JCU"@32`}},
		{"nor a code that is not the name's initials", "Zheng Siwei / Chen Qingchen (CHN) menang.",
			[]string{`PERSON "Zheng Siwei"@0`, `PERSON "Chen Qingchen"@14`}},
	})
	d := Default().Extract("Dewan Keamanan PBB (DK PBB) bersidang.")
	assert.Equal(t, d.Entities[0].ID, d.Entities[1].ID)
}

func TestLinking(t *testing.T) {
	d := Default().Extract("Juru bicara Lim Soo-suk hadir. Menurut Lim, situasi aman. Putin diam, kata Presiden Rusia Vladimir Putin.")
	assert.Equal(t, []string{`PERSON "Lim Soo-suk"@12`, `PERSON "Lim"@39`, `LEADER "Putin"@58`, `COUNTRY "Rusia"@84`, `LEADER "Vladimir Putin"@90`}, got(d))
	assert.Equal(t, d.Entities[0].ID, d.Entities[1].ID)
	assert.Equal(t, "Lim Soo-suk", d.Entities[1].Name)
	assert.Equal(t, d.Entities[2].ID, d.Entities[4].ID)

	// a bare pair of call names joined by a hyphen is two persons the text names in full,
	// each linked to its full name; a hyphenated name a person's name holds stays one
	d = Default().Extract("Pilkada diikuti Andi Hartawan dan Sandra Wijaya serta Lee Jung-Jin. Menurut Andi-Sandra, program itu baik. Jung-Jin datang.")
	assert.Equal(t, []string{`PERSON "Andi Hartawan"@16`, `PERSON "Sandra Wijaya"@34`, `PERSON "Lee Jung-Jin"@54`, `PERSON "Andi"@76`, `PERSON "Sandra"@81`, `PERSON "Jung-Jin"@107`}, got(d))
	assert.Equal(t, d.Entities[0].ID, d.Entities[3].ID)
	assert.Equal(t, "Sandra Wijaya", d.Entities[4].Name)

	// a name of four words called by its middle words is the same person
	d = Default().Extract("Manajer unit itu, Yohanes Don Bosco Meo, menyebut kontrak belum terpenuhi. \"Mereka minta kami kirim dulu,\" sebut Don Bosco.")
	assert.Equal(t, []string{`PERSON "Yohanes Don Bosco Meo"@18`, `PERSON "Don Bosco"@113`}, got(d))
	assert.Equal(t, "Yohanes Don Bosco Meo", d.Entities[1].Name)
	assert.Equal(t, d.Entities[0].ID, d.Entities[1].ID)

	// a place's bare name that opens a personal name given with an age is the person's
	runCases(t, Default(), []ruleCase{
		{"a pair of capitalised words no rule read is a person's full name when the text later gives a person its first word alone; not a longer run, nor with a common word second",
			"Kenta akan beradu akting dengan Nadya Arumsari. Film ini disutradarai Ardian.\n\nBagi Nadya, ini pengalaman pertama. \"Dia sangat disiplin,\" kata Nadya.",
			[]string{`PERSON "Kenta"@0`, `PERSON "Nadya Arumsari"@32`, `PERSON "Ardian"@70`, `PERSON "Nadya"@84`, `PERSON "Nadya"@143`}},
		{"but not a longer run of capitals, nor a common word second",
			"Pertandingan dipimpin Bayu Sinar Pagi. Hadir pula Nadya Baru.\n\n\"Kami siap,\" kata Bayu. \"Bagus,\" kata Nadya.",
			[]string{`PERSON "Bayu"@81`, `PERSON "Nadya"@101`}},
		{"a mountain's name as a person's first name", "Seorang juru parkir, Arjuno Wicaksono (31), melihat kejadian itu. Jalan ini menuju lereng Gunung Arjuno.",
			[]string{`PERSON "Arjuno Wicaksono"@21`, `LOCATION "Gunung Arjuno"@90`}},
	})

	// a street or a grave named after a person does not make the person's name a place
	runCases(t, Default(), []ruleCase{
		{"a person a street and a grave are named after", "Ziarah ke Makam Sunan Kalijaga di Jalan Sunan Kalijaga ramai. Sunan Kalijaga dikenal sebagai wali.",
			[]string{`LOCATION "Makam Sunan Kalijaga"@10`, `LOCATION "Jalan Sunan Kalijaga"@34`, `PERSON "Sunan Kalijaga"@62`}},
	})

	runCases(t, Default(), []ruleCase{
		{"a place named by an ordinary word is no place in a title or before one", "Upacara digelar di Pura Kantor. Staf Kantor Bupati hadir, lalu ke Kantor. Warga Desa Negara menyambut Kepala Negara.",
			[]string{`LOCATION "Pura Kantor"@19`, `LOCATION "Kantor"@66`, `LOCATION "Desa Negara"@80`}},
	})

	// a full name said again, whose words the rules took one by one, is one mention
	d = Default().Extract("Dua gol dicetak penyerang asal Kolombia, Carlos Valencia. Valencia menyundul bola. Salamanca pernah melatih di akademi Valencia. Carlos Valencia baru bergabung.")
	assert.Contains(t, got(d), `PERSON "Carlos Valencia"@129`)

	// a name of one word with an age after it is a full name that later mentions take,
	// unless a longer name holds the word
	runCases(t, Default(), []ruleCase{
		{"a royal word that opens a person's name after a role is a given name, not a title",
			"Sementara itu Ketua KONI DKI Jakarta, Raja Sapta Ervian, menyampaikan kekecewaannya. \"Kami kecewa,\" kata Raja.",
			[]string{`ORGANIZATION "KONI DKI Jakarta"@20`, `LEADER "Raja Sapta Ervian"@38`, `LEADER "Raja"@105`}},
		{"but a title where it opens a sentence or follows a preposition", "Raja Salman tiba di Jakarta. Ia bertemu Raja Yordania Abdullah II.",
			[]string{`LEADER "Salman"@5`, `LOCATION "Jakarta"@20`, `COUNTRY "Yordania"@45`, `LEADER "Abdullah II"@54`}},
		{"a person a title makes a leader is a leader wherever named in full", "Menteri Perindustrian Haryanto Wibisono meresmikan pabrik itu. Haryanto Wibisono lalu meninjau mesin baru.",
			[]string{`LEADER "Haryanto Wibisono"@22`, `LEADER "Haryanto Wibisono"@63`}},
		{"a one-word name with its age, then alone", "Dua korban, Sarmidi (47) dan Agus Priyanto (29), dirawat. Kini Sarmidi sudah sadar.",
			[]string{`PERSON "Sarmidi"@12`, `PERSON "Agus Priyanto"@29`, `PERSON "Sarmidi"@63`}},
	})
	// a family name two persons share is the first's until the second is named, and
	// either's after
	d = Default().Extract("Pebalap Alex Lowes membantah rumor itu. Lowes memilih fokus di WSBK. Adiknya, pebalap Sam Lowes, belum berkomentar. Lowes tersenyum.")
	assert.Equal(t, []string{`PERSON "Alex Lowes"@8`, `PERSON "Lowes"@40`, `PERSON "Sam Lowes"@86`}, got(d))
	assert.Equal(t, "doc:alex-lowes", d.Entities[1].ID)
	// a surname after a particle is a name even when a time zone shares it, and said alone
	// it keeps its particle, capitalised at a sentence's start
	runCases(t, Default(), []ruleCase{
		{"a surname after a particle", "Agen Tahapary, Jeroen de Wit, mengungkapkan hal itu. De Wit menyebut keputusan itu tepat. Pesawat tiba pukul 10.00 WIT.",
			[]string{`PERSON "Jeroen de Wit"@15`, `PERSON "De Wit"@53`}},
		{"a surname after a particle, said alone after a cue", "“Ya,” ujar De Wit kepada wartawan.",
			[]string{`PERSON "De Wit"@15`}},
	})
	// a pair named by a word each is the pair named in full before it, side by side, and
	// a call name so learnt names the player alone later
	d = Default().Extract("Ganda putri Ni Kadek Ayu Lestari/Salsabila Putri Rahayu melaju. Ayu/Salsa menang. Rekannya, Salsa, senang. Pasangan Tontowi Ahmad / Liliyana Natsir juara. Owi / Butet senang.")
	names := map[string]string{}
	for _, e := range d.Entities {
		names[fmt.Sprintf("%s@%d", e.Text, e.Start)] = e.Name
	}
	assert.Equal(t, map[string]string{"Ni Kadek Ayu Lestari@12": "Ni Kadek Ayu Lestari", "Salsabila Putri Rahayu@33": "Salsabila Putri Rahayu",
		"Ayu@64": "Ni Kadek Ayu Lestari", "Salsa@68": "Salsabila Putri Rahayu", "Salsa@92": "Salsabila Putri Rahayu",
		"Tontowi Ahmad@116": "Tontowi Ahmad", "Liliyana Natsir@132": "Liliyana Natsir", "Owi@155": "Tontowi Ahmad", "Butet@161": "Liliyana Natsir"}, names)
	// a one-word name only the name typer typed takes the type a stronger context gave the
	// same word elsewhere in the document
	d = Default().Extract("Banjir melanda Kota Padang. Sebanyak 40 rumah di Liuzhou terendam. Boeri menghitung, Liuzhou akan mampu memberikan oksigen segar.")
	for _, e := range d.Entities {
		if e.Text == "Liuzhou" {
			assert.Equal(t, gazetteer.Location, e.Type, "Liuzhou@%d", e.Start)
		}
	}
	// a company named with its legal form is the gazetteer's body of that name: one id
	d = Default().Extract("Manajer PT Toyota Astra Motor hadir. Toyota Astra Motor menjual 10.000 mobil.")
	require.Len(t, d.Entities, 2)
	assert.Equal(t, "org:toyota-astra-motor", d.Entities[0].ID)
	assert.Equal(t, d.Entities[0].ID, d.Entities[1].ID)
	assert.Equal(t, "PT Toyota Astra Motor", d.Entities[0].Text)
	d = Default().Extract("Pendiri bengkel, Bambang Hermawan, hadir. Bambang (52) lalu bercerita. Kata Bambang, pesanan naik.")
	for _, e := range d.Entities {
		assert.Equal(t, "doc:bambang-hermawan", e.ID, e.Text)
	}
}

func TestVenues(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a city's name and an English venue's words", "Rakernas digelar di Celebes Convention Center, Makassar. Konser di Surabaya Convention Hall.",
			[]string{`LOCATION "Celebes Convention Center"@20`, `LOCATION "Makassar"@47`, `LOCATION "Surabaya Convention Hall"@67`}},
		{"a stadium whose name holds a place head", "Laga digelar di Stadion Gelora Bandung Lautan Api.",
			[]string{`LOCATION "Stadion Gelora Bandung Lautan Api"@16`}},
		{"a venue named after a person", "Konser di Gelora Bung Karno, Jakarta.",
			[]string{`LOCATION "Gelora Bung Karno"@10`, `LOCATION "Jakarta"@29`}},
		{"a venue abroad", "Mereka menang di Etihad Stadium.", []string{`LOCATION "Etihad Stadium"@17`}},
	})
}

func TestClubNames(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a club's own code in capitals, said alone after the club's full name",
			"Gelandang itu pindah dari AZ Alkmaar. AZ menerima tawaran itu. Beckham berlabuh ke LA Galaxy. Ia ke La Galaxy.",
			[]string{`ORGANIZATION "AZ Alkmaar"@26`, `ORGANIZATION "AZ"@38`, `PERSON "Beckham"@63`, `ORGANIZATION "LA Galaxy"@83`, `LOCATION "La"@100`}},
		{"a club's last word after its full name", "Manchester City menang. Bagi City, laga itu penting.",
			[]string{`ORGANIZATION "Manchester City"@0`, `ORGANIZATION "City"@29`}},
		{"a city after a preposition stays a city", "Real Madrid kalah. Madrid tertinggal, lalu hujan turun di Madrid.",
			[]string{`ORGANIZATION "Real Madrid"@0`, `ORGANIZATION "Madrid"@19`, `LOCATION "Madrid"@58`}},
		{"a reserve side does not take its first team's city away", "Liverpool FC mengalahkan Chelsea FC. Kini Arsenal dan Barcelona mengejar.",
			[]string{`ORGANIZATION "Liverpool FC"@0`, `ORGANIZATION "Chelsea FC"@25`, `ORGANIZATION "Arsenal"@42`, `ORGANIZATION "Barcelona"@54`}},
		{"two clubs share the word: the one named last before", "Real Madrid menang. Madrid unggul. Atletico Madrid kalah. Madrid tertinggal.",
			[]string{`ORGANIZATION "Real Madrid"@0`, `ORGANIZATION "Madrid"@20`, `ORGANIZATION "Atletico Madrid"@35`, `ORGANIZATION "Madrid"@58`}},
		{"the city after an Indonesian club's own name", "Persib Bandung menang. Bandung berpesta.",
			[]string{`ORGANIZATION "Persib Bandung"@0`, `LOCATION "Bandung"@23`}},
	})
	runCases(t, Default(), []ruleCase{
		{"a city for its club in a match report", "Manchester City menang atas Real Madrid. Sebelumnya Liverpool kalah di Liverpool.",
			[]string{`ORGANIZATION "Manchester City"@0`, `ORGANIZATION "Real Madrid"@28`, `ORGANIZATION "Liverpool"@52`, `LOCATION "Liverpool"@71`}},
		{"a city for its club where the context guessed a person", "Juventus menang atas Real Madrid. Tembakan mereka banyak, sedangkan Girona cuma empat.",
			[]string{`ORGANIZATION "Juventus"@0`, `ORGANIZATION "Real Madrid"@21`, `ORGANIZATION "Girona"@68`}},
		{"a club's own first word", "Bhayangkara FC menekuk Persegres Gresik 2-1. Memasuki babak kedua, Bhayangkara mencoba menekan.",
			[]string{`ORGANIZATION "Bhayangkara FC"@0`, `ORGANIZATION "Persegres Gresik"@23`, `ORGANIZATION "Bhayangkara"@67`}},
		{"the first word of a club of two words abroad, not a city's", "Celta Vigo menekuk Manchester City 2-1. Celta unggul sejak menit ke-10, dan Manchester terdiam.",
			[]string{`ORGANIZATION "Celta Vigo"@0`, `ORGANIZATION "Manchester City"@19`, `ORGANIZATION "Celta"@40`, `LOCATION "Manchester"@76`}},
		{"but a city a match's words stand beside is its club", "Roma mengalahkan Napoli 2-1 di Stadion Olimpico. Ia lalu berlibur ke Roma.",
			[]string{`ORGANIZATION "Roma"@0`, `ORGANIZATION "Napoli"@17`, `LOCATION "Stadion Olimpico"@31`, `LOCATION "Roma"@69`}},
		{"no city for a club in a report that names one club", "Real Madrid menang. Liverpool diguyur hujan.",
			[]string{`ORGANIZATION "Real Madrid"@0`, `LOCATION "Liverpool"@20`}},
		{"a city in two clubs' names stays a city", "Manchester City menang atas Real Madrid. Paris berbenah.",
			[]string{`ORGANIZATION "Manchester City"@0`, `ORGANIZATION "Real Madrid"@28`, `LOCATION "Paris"@41`}},
	})
	d := Default().Extract("Manchester City menang. Bagi City, laga itu penting.")
	require.Len(t, d.Entities, 2)
	assert.Equal(t, d.Entities[0].ID, d.Entities[1].ID)
	d = Default().Extract("Real Madrid menang. Madrid unggul. Atletico Madrid kalah. Madrid tertinggal.")
	require.Len(t, d.Entities, 4)
	assert.Equal(t, d.Entities[0].ID, d.Entities[1].ID)
	assert.Equal(t, d.Entities[2].ID, d.Entities[3].ID)
}

func TestMissions(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a mission is its head and its country", "Kedutaan Besar Republik Korea dan Kedubes Amerika Serikat di Jakarta hadir.",
			[]string{`ORGANIZATION "Kedutaan Besar Republik Korea"@0`, `ORGANIZATION "Kedubes Amerika Serikat"@34`, `LOCATION "Jakarta"@61`}},
		{"the holder after a mission", "kata juru bicara Kedutaan Besar AS Molly Koscina.",
			[]string{`ORGANIZATION "Kedutaan Besar AS"@17`, `PERSON "Molly Koscina"@35`}},
		{"a mission head alone is no name", "Kedutaan Besar menyatakan hal itu.", nil},
	})
}

func TestNicknames(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a nickname after the full name", "Wali Kota Makassar Munafri Arifuddin yang akrab disapa Appi hadir. Kata Appi, harga turun.",
			[]string{`LOCATION "Makassar"@10`, `LEADER "Munafri Arifuddin"@19`, `LEADER "Appi"@55`, `LEADER "Appi"@72`}},
	})
	// a call name of two words is taken as a whole, its honorific included, since many
	// share the honorific: "Kak Owi" is Tontowi Ahmad, and so is "Owi" after it
	d := Default().Extract("Pebulu tangkis Tontowi Ahmad atau biasa dipanggil Kak Owi hadir. Owi senang. Kak Budi datang.")
	for _, e := range d.Entities[1:] {
		if e.Text == "Kak Owi" || e.Text == "Owi" {
			assert.Equal(t, "Tontowi Ahmad", e.Name, "%s@%d", e.Text, e.Start)
		} else {
			assert.NotEqual(t, "Tontowi Ahmad", e.Name, "%s@%d", e.Text, e.Start)
		}
	}
	// a stage name given with "dikenal dengan nama (panggung)" names the person too
	d = Default().Extract("Komika Muhammad Fikri Alamsyah yang lebih dikenal dengan nama panggung Fikri Ompong hadir. ”Saya gugup,” seloroh Fikri.")
	require.Len(t, d.Quotes, 1)
	require.NotNil(t, d.Quotes[0].Speaker)
	assert.Equal(t, "Muhammad Fikri Alamsyah", d.Quotes[0].Speaker.Name)
	d = Default().Extract("Wali Kota Makassar Munafri Arifuddin yang akrab disapa Appi hadir. ”Harga turun,” tegas Appi.")
	require.Len(t, d.Quotes, 1)
	require.NotNil(t, d.Quotes[0].Speaker)
	assert.Equal(t, "Munafri Arifuddin", d.Quotes[0].Speaker.Name)
	for _, e := range d.Entities[2:] {
		assert.Equal(t, "Munafri Arifuddin", e.Name, "%s@%d", e.Text, e.Start)
	}
}

func TestNonEntities(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a ceremony named with its head first",
			"Ribuan warga menghadiri Kenduri Sko di Semurup. Upacara Kasada digelar di Bromo.",
			[]string{`LOCATION "Semurup"@39`, `LOCATION "Bromo"@74`}},
		{"days months religions", "Pada Kamis (12/10) bulan Oktober umat Islam dan Kristen di Barat berdoa.", nil},
		{"initials of suspects", "tersangka berinisial AS dan RH. AS ditahan, kata kuasa hukum AS.", nil},
		{"single letters among initials", "Polisi menetapkan tersangka berinisial CD, N, RA, A, dan S. A ditahan.", nil},
		{"initials of suspects with their ages", "Ketiga tersangka, berinisial RM (31), AS (27), dan HL (35), masuk ke toko. AS menodongkan senjata.", nil},
		{"as lowercase", "sama seperti as roda", nil},
		{"a name that is the whole of a quotation inside a sentence is a term or a work", "Warga menggelar ritual \"Pemahayu Jagat\" sesuai janji \"America First\" itu.", nil},
		{"religious interjections", "“Alhamdulillah semuanya selamat. Insyaallah besok dibuka,” katanya.", nil},
		{"sentence-initial words", "Ketiga negara sepakat. Sebagai imbalan, mereka pulang.", nil},
		{"a word said twice", "Cucu-cucu selalu tanya kapan mama pulang. Ruko-ruko tutup.", nil},
		{"a noun made from a verb opening its sentence", "Pendangkalan alur itu terjadi sejak Januari. Kemacetan panjang terjadi.", nil},
		{"Kali as a time, not a river", "Pertama Kali Bertemu. Kali Kedua Lebih Baik.", nil},
		{"a word opening its sentence that the document writes in small letters", "Ribuan itik mati di Amuntai. Itik tampak lesu sebelum mati.",
			[]string{`LOCATION "Amuntai"@20`}},
		{"country still a country", "Presiden AS menelepon.", []string{`COUNTRY "AS"@9`}},
	})
}

func TestContextRules(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a place's name and an English venue's words are the venue; a name that goes on is not",
			"Laga digelar di Banten International Stadium. Konser di Senayan Park dan Gambir Expo ramai. Ia tinggal di Bandung Park Avenue.",
			[]string{`LOCATION "Banten International Stadium"@16`, `LOCATION "Senayan Park"@56`, `LOCATION "Gambir Expo"@73`, `LOCATION "Bandung"@106`, `LOCATION "Park Avenue"@114`}},
		{"the city a venue is in, set off after the venue's name; not a person set off before a verb",
			"Juventus ditahan 1-1 di Mapei Stadium, Reggio Emilia. Ketua panitia di Stadion Mattoanging, Andi Hasan, mengatakan.",
			[]string{`ORGANIZATION "Juventus"@0`, `LOCATION "Mapei Stadium"@24`, `LOCATION "Reggio Emilia"@39`, `LOCATION "Stadion Mattoanging"@71`, `PERSON "Andi Hasan"@92`}},
		{"a work's title after the noun of its kind is no entity, nor said again; its maker's name is a person",
			"Film horor Tumbal Rimba laris. Penonton menyukai Tumbal Rimba. Ia menyukai album David Bowie, kata pengamat film Hikmat Darmawan.",
			[]string{`PERSON "David Bowie"@81`, `PERSON "Hikmat Darmawan"@113`}},
		{"new place heads (a pier, a temple, a canal, a wholesale market), but not in a work's title, said again or after berjudul",
			"Kapal sandar di Dermaga Ketapang. Warga berdoa di Kuil Preah Vihear. Air Selokan Mataram meluap di Pasar Induk Wonosobo. Ia mundur dari sinetron Dermaga Rindu. SCTV memastikan Dermaga Rindu tetap tayang. Lagu berjudul Perahu Kertas Biru dirilis.",
			[]string{`LOCATION "Dermaga Ketapang"@16`, `LOCATION "Kuil Preah Vihear"@50`, `LOCATION "Selokan Mataram"@73`, `LOCATION "Pasar Induk Wonosobo"@99`, `ORGANIZATION "SCTV"@160`}},
		{"a work's title around di or ke after its noun is no entity; a venue after a title's cue is a name of its own (a stall's: a business)",
			"Film horor Rumah di Ujung Senja menembus 3 juta penonton. Film animasi Pulang ke Rimba tayang. Diskusi bertajuk Prokontra Parpol digelar di Warung Daun, Cikini.",
			[]string{`ORGANIZATION "Warung Daun"@140`, `LOCATION "Cikini"@153`}},
		{"a ship's name after its prefix is no entity; the coalition's acronym alone still is",
			"Kapal KMP Wira Samudra rusak. KRI Bima Suci tiba di Surabaya. KMP menolak usul itu.",
			[]string{`LOCATION "Surabaya"@52`, `ORGANIZATION "KMP"@62`}},
		{"a musical act's name after its noun, also after a dateline's dash; a trio's members are persons",
			"Jakarta, kumparan - Duo musik elektronik asal Bandung, Ombak Malam, meneken kontrak. Trio Fadlan Syahputra, Bagas Ramadhan, dan Rizky Maulana kalah.",
			[]string{`LOCATION "Jakarta"@0`, `ORGANIZATION "kumparan"@9`, `LOCATION "Bandung"@46`, `ORGANIZATION "Ombak Malam"@55`, `PERSON "Fadlan Syahputra"@90`, `PERSON "Bagas Ramadhan"@108`, `PERSON "Rizky Maulana"@128`}},
		{"a promoter's name after its noun is a body's, then its name before a title's holder",
			"Konser digarap promotor Gemilang Live. Direktur Gemilang Live Febrianti Lubis mengatakan tiket habis.",
			[]string{`ORGANIZATION "Gemilang Live"@24`, `ORGANIZATION "Gemilang Live"@48`, `PERSON "Febrianti Lubis"@62`}},
		{"an eatery's name after its noun is a body's, a cook's title stays outside the name",
			"Jaringan restoran Rawon Kalimas merayakan ulang tahun, kata Chef Bara.",
			[]string{`ORGANIZATION "Rawon Kalimas"@18`, `PERSON "Bara"@65`}},
		{"a noun of place and a word of its kind before a name; a ferry crossing's ends",
			"Jalur utama menuju kawasan wisata Selecta macet. Kapal melalui penyeberangan Hunimua–Waipirit.",
			[]string{`LOCATION "Selecta"@34`, `LOCATION "Hunimua"@77`, `LOCATION "Waipirit"@87`}},
		{"a name after a word for its residents is a place; an ethnic group's is not",
			"Patroli digelar bersama warga Bomba. Suparman, warga Jatimekar, mengeluh. Warga Tionghoa merayakan Imlek.",
			[]string{`LOCATION "Bomba"@30`, `PERSON "Suparman"@37`, `LOCATION "Jatimekar"@53`}},
		{"a noun of a kind of place or a place's part in small letters before a name",
			"Ia mewaspadai longsor di wilayah perbukitan Serawai. Kebun di pinggiran Maidstone tutup.",
			[]string{`LOCATION "Serawai"@44`, `LOCATION "Maidstone"@72`}},
		{"a rank the gazetteer knows as a body too, before a name; a village's head before a body's",
			"Laporan disampaikan Kasat Reskrim setempat, AKP Jefri Tampubolon. Direktur Usaha Ekonomi Desa Kementerian Desa dan Pembangunan Daerah Tertinggal hadir. Partai AKP menang.",
			[]string{`PERSON "Jefri Tampubolon"@48`, `ORGANIZATION "Kementerian Desa dan Pembangunan Daerah Tertinggal"@94`, `ORGANIZATION "AKP"@159`}},
		{"a given name that is also an ordinary word opens the name",
			"Menurut Maya Anggraini Setiadi, kasus naik.",
			[]string{`PERSON "Maya Anggraini Setiadi"@8`}},
		{"an unknown name after menuju is a place",
			"Transjakarta yang menuju Ragunan dihentikan. Bus bergerak menuju Riung Gunung.",
			[]string{`ORGANIZATION "Transjakarta"@0`, `LOCATION "Ragunan"@25`, `LOCATION "Riung Gunung"@65`}},
		{"a first name shortened with a period",
			"Hakim ketua Moh. Ramli membacakan vonis. Ketua Muh. Nasir hadir.",
			[]string{`PERSON "Moh. Ramli"@12`, `LEADER "Muh. Nasir"@47`}},
		{"a known person's short name after di or ke is a place's",
			"Bagi Whitcombe, podium di Spielberg merupakan yang ketiga. Uang masuk ke OSO Sekuritas.",
			[]string{`LOCATION "Spielberg"@26`, `ORGANIZATION "OSO Sekuritas"@73`}},
		{"a dateline of a place's name alone", "Batu - Seorang penjual jamu tewas ditabrak minibus.",
			[]string{`LOCATION "Batu"@0`}},
		{"a team's line-up after its formation: players, whatever else the words could be", "Inggris (4-3-3): Heaton; Bertrand, Cahill, Stones (G); 9-Harry Kane\nPelatih: Gareth Southgate",
			[]string{`COUNTRY "Inggris"@0`, `PERSON "Heaton"@17`, `PERSON "Bertrand"@25`, `PERSON "Cahill"@35`, `PERSON "Stones"@43`, `PERSON "Harry Kane"@57`, `PERSON "Gareth Southgate"@77`}},
		{"two names after a preposition of place, the first a known place", "Pabrik baru di Kendal dan Batang terus dibangun.",
			[]string{`LOCATION "Kendal"@15`, `LOCATION "Batang"@26`}},
		{"a stadium's name after its two-word head, then alone", "Persiba bermain di Stadion Utama Palaran, Samarinda. Laga perdana di Palaran digelar Minggu.",
			[]string{`ORGANIZATION "Persiba"@0`, `LOCATION "Stadion Utama Palaran"@19`, `LOCATION "Samarinda"@42`, `LOCATION "Palaran"@69`}},
		{"Yogyakarta's villages and districts", "Korban berasal dari Kalurahan Srihardono, Kapanewon Pundong, Bantul.",
			[]string{`LOCATION "Kalurahan Srihardono"@20`, `LOCATION "Kapanewon Pundong"@42`, `LOCATION "Bantul"@61`}},
		{"Mama, an honorific in Papua, is outside the name", "Mama Yuliana Wanimbo mengatakan kebun rusak.",
			[]string{`PERSON "Yuliana Wanimbo"@5`}},
		{"a Vietnamese name after a body's name after a title", "CEO Lotus Sky Nguyen Thi Minh Hoa mengatakan rute itu ramai.",
			[]string{`ORGANIZATION "Lotus Sky"@4`, `PERSON "Nguyen Thi Minh Hoa"@14`}},
		{"Kali, a river in Java", "Banjir akibat luapan Kali Lamong merendam rumah. Kali ini warga mengungsi.",
			[]string{`LOCATION "Kali Lamong"@21`}},
		{"a name after a description and a country", "Tunggal putra Indonesia Raka Dwi Saputra melaju ke final.",
			[]string{`COUNTRY "Indonesia"@14`, `PERSON "Raka Dwi Saputra"@24`}},
		{"a holder set off by commas after a title's unknown body is no item of the role's list", "Direktur Rantai Ulang, Nadia Larasati, mengatakan itu.",
			[]string{`PERSON "Nadia Larasati"@23`}},
		{"a regency's body named before its holder", "Ketua KPU Gorontalo Utara Abdul Rahman mengatakan itu.",
			[]string{`ORGANIZATION "KPU Gorontalo Utara"@6`, `LEADER "Abdul Rahman"@26`}},
		{"a body from abroad with Indonesia after it is its chapter here", "Menurut WWF Indonesia, hutan itu rusak.",
			[]string{`ORGANIZATION "WWF Indonesia"@8`}},
		{"the mobile brigade of a regional police", "Personel Brimob Polda Lampung berjaga.",
			[]string{`ORGANIZATION "Brimob Polda Lampung"@9`}},
		{"Berhad, a Malaysian company's legal form, ends its name", "Perusahaan itu, Kinta Semikonduktor Berhad, membangun pabrik.",
			[]string{`ORGANIZATION "Kinta Semikonduktor Berhad"@16`}},
		{"a body's English suffixes one after another", "Tim itu didukung Honda Racing Corporation (HRC) sejak 2020.",
			[]string{`ORGANIZATION "Honda Racing Corporation"@17`, `ORGANIZATION "HRC"@43`}},
		{"a place's name and an English body's suffix are a company's", "Saham produsen obat asal Vietnam, Mekong Pharma Joint Stock Company, dibeli. Presiden Direktur Mekong Pharma Nguyen Van An hadir.",
			[]string{`COUNTRY "Vietnam"@25`, `ORGANIZATION "Mekong Pharma Joint Stock Company"@34`, `ORGANIZATION "Mekong Pharma"@95`, `PERSON "Nguyen Van An"@109`}},
		{"Aceh's regency councils are DPRK and their place, not North Korea", "Pertemuan itu dihadiri perwakilan DPRK Lhokseumawe. Ketua DPRK Aceh Utara Arafat hadir.",
			[]string{`ORGANIZATION "DPRK Lhokseumawe"@34`, `ORGANIZATION "DPRK Aceh Utara"@58`, `LEADER "Arafat"@74`}},
		{"a district's ordinary last word, and the place listed after it", "Warga positif di Kecamatan Poso Pesisir dan Lage.",
			[]string{`LOCATION "Kecamatan Poso Pesisir"@17`, `LOCATION "Lage"@44`}},
		{"a name described as a company after a comma, then before its holder", "Pembeli terbesar adalah Marukawa Suisan, importir asal Kobe. Managing Director Marukawa Suisan Kenji Ogura puas.",
			[]string{`ORGANIZATION "Marukawa Suisan"@24`, `LOCATION "Kobe"@55`, `ORGANIZATION "Marukawa Suisan"@79`, `PERSON "Kenji Ogura"@95`}},
		{"a name described after a comma as a bank, with a thing's article, or as a newspaper or a party", "Triodos, sebuah bank asal Belanda, untung. Surat itu dimuat Harian Wetan, koran berbahasa Jawa. Ia masuk Kawula Tani, partai politik baru.",
			[]string{`ORGANIZATION "Triodos"@0`, `COUNTRY "Belanda"@26`, `ORGANIZATION "Harian Wetan"@60`, `ORGANIZATION "Kawula Tani"@105`}},
		{"a one-word name listed with companies only is a company; listed with a party, a person",
			"Ruangguru dan Pahamify bertahan. Pertemuan itu dihadiri PDIP dan Hasto.",
			[]string{`ORGANIZATION "Ruangguru"@0`, `ORGANIZATION "Pahamify"@14`, `ORGANIZATION "PDIP"@56`, `PERSON "Hasto"@65`}},
		{"a company's name after its legal form, a place among its words, given again before its holder", "Kontrak ditandatangani dengan PT Samudra Bitung Perkasa untuk setahun. Hal itu disampaikan Chief Executive Officer Samudra Bitung Perkasa Yohana Wenas seusai penandatanganan.",
			[]string{`ORGANIZATION "PT Samudra Bitung Perkasa"@30`, `ORGANIZATION "Samudra Bitung Perkasa"@115`, `PERSON "Yohana Wenas"@138`}},
		{"a body introduced by its kind and its country, then a comma", "Serial itu dibuat rumah produksi Korea Selatan, Studio Dragon, anak usaha CJ ENM.",
			[]string{`COUNTRY "Korea Selatan"@33`, `ORGANIZATION "Studio Dragon"@48`, `ORGANIZATION "CJ ENM"@74`}},
		{"a supermarket chain by its noun", "Produk itu masuk jaringan supermarket Aeon.", []string{`ORGANIZATION "Aeon"@38`}},
		{"the last of a list of places after a preposition of place", "Warga di Dempo Selatan, Dempo Utara, dan Dempo Tengah menanam kopi.",
			[]string{`LOCATION "Dempo Selatan"@9`, `LOCATION "Dempo Utara"@24`, `LOCATION "Dempo Tengah"@41`}},
		{"a place named alone after its head, then with a direction: a district", "Kebun kopi di lereng Gunung Dempo luas. Warga di Dempo Utara menanam kopi.",
			[]string{`LOCATION "Gunung Dempo"@21`, `LOCATION "Dempo Utara"@49`}},
		{"the words of a list a language cue opens are languages, no entities", "Naskah berbahasa Jawa, Sunda, Bugis, dan Minang disimpan. Model bahasa Jawa dan Sunda pada semester kedua. Ia fasih bahasa Inggris dan Jakarta menyambutnya.",
			[]string{`LOCATION "Jakarta"@135`}},
		{"a law's name is no entity, even as a source", "Menurut Undang-Undang Pelindungan Data Pribadi, data dilindungi.",
			nil},
		{"an H and a number counts days, no weapon of the H-6 family", "Puncak arus mudik terjadi pada H-4 dan H-1 Lebaran. Pesawat pengebom H-6 terbang.",
			[]string{`WEAPON "H-6"@69`}},
		{"a kinship word one calls a family member by is no name", "Rusdi Hamdan (40) mengantar ibunya. ”Mama sudah menunggu 15 tahun,” tutur Rusdi.",
			[]string{`PERSON "Rusdi Hamdan"@0`, `PERSON "Rusdi"@78`}},
		{"a language after bahasa is no entity", "Alat itu menerjemahkan bahasa Sunda dengan cepat.",
			nil},
		{"a body's other name after atau is the body wherever it stands alone", "Aplikasi itu dikembangkan PT Medika Awan Teknologi atau Medikawan. CEO Medikawan, Andreas Wirawan, mengatakan. Medikawan meraih pendanaan.",
			[]string{`ORGANIZATION "PT Medika Awan Teknologi"@26`, `ORGANIZATION "Medikawan"@56`, `ORGANIZATION "Medikawan"@71`, `PERSON "Andreas Wirawan"@82`, `ORGANIZATION "Medikawan"@111`}},
		{"a body's short name of two words after atau, before its titled holder too", "Maskapai PT Kencana Angkasa Nusantara atau Kencana Air rugi. Direktur Utama Kencana Air Andreas Wibisono Halim mengatakan itu. Kencana Air menunggak sewa.",
			[]string{`ORGANIZATION "PT Kencana Angkasa Nusantara"@9`, `ORGANIZATION "Kencana Air"@43`, `ORGANIZATION "Kencana Air"@76`, `PERSON "Andreas Wibisono Halim"@88`, `ORGANIZATION "Kencana Air"@127`}},
		{"a company's short name after its legal form, said alone later", "Sekitar 86.000 pelanggan Perumda Air Minum Tirtanadi terdampak. Peta jaringan pipa dari Tirtanadi sudah diserahkan, kata PT Bahari Gasindo Pelayaran Tbk. Posisi Bahari Gasindo menguat.",
			[]string{`ORGANIZATION "Perumda Air Minum Tirtanadi"@25`, `ORGANIZATION "Tirtanadi"@88`, `ORGANIZATION "PT Bahari Gasindo Pelayaran Tbk"@121`, `ORGANIZATION "Bahari Gasindo"@161`}},
		{"a Sundanese place by its shape, but not a first name", "Sopir berangkat dari Cibitung pagi tadi, sementara Cinta menunggu.",
			[]string{`LOCATION "Cibitung"@21`, `PERSON "Cinta"@51`}},
		{"places a class of places is given by, after seperti", "Penyaluran di daerah perbatasan dengan Malaysia, seperti Entikong dan Badau, diawasi.",
			[]string{`COUNTRY "Malaysia"@39`, `LOCATION "Entikong"@57`, `LOCATION "Badau"@70`}},
		{"a second name after a place with its head word after di", "Banjir paling parah di Kecamatan Kanor dan Baureno karena air datang.",
			[]string{`LOCATION "Kecamatan Kanor"@23`, `LOCATION "Baureno"@43`}},
		{"an association opened by Gabungan, and a long form that begins a word before a body's head", "Ketua Gabungan Pengusaha Ekspor Indonesia (GPEI) hadir saat polisi membentuk Tim Gabungan Pencari Fakta (TGPF).",
			[]string{`ORGANIZATION "Gabungan Pengusaha Ekspor Indonesia"@6`, `ORGANIZATION "GPEI"@43`, `ORGANIZATION "Tim Gabungan Pencari Fakta"@77`, `ORGANIZATION "TGPF"@105`}},
		{"English suffixes of a company's and a newspaper's name", "Gim itu diterbitkan oleh Pixelmoon Interactive, dikutip dari Himalayan Times.",
			[]string{`ORGANIZATION "Pixelmoon Interactive"@25`, `ORGANIZATION "Himalayan Times"@61`}},
		{"a body introduced by a noun, jargon with its acronym in brackets and its origin", "Perusahaan rintisan kecerdasan buatan (AI) asal Bandung, Nalaria, menggandeng NVIDIA.",
			[]string{`LOCATION "Bandung"@48`, `ORGANIZATION "Nalaria"@57`, `ORGANIZATION "NVIDIA"@78`}},
		{"an age after a known first name and name words that are ordinary words", "Di ruang tunggu, Margaretha Kaka Bulu (38) dari Kecamatan Kodi menunggu kepastian operasi.",
			[]string{`PERSON "Margaretha Kaka Bulu"@17`, `LOCATION "Kecamatan Kodi"@48`}},
		{"Malaysian and regional office heads open bodies' names", "Kerja sama dengan Universiti Sultan Zainal Abidin dan Jabatan Kemajuan Islam Malaysia diteken di Kanwil Kemenag Jatim.",
			[]string{`ORGANIZATION "Universiti Sultan Zainal Abidin"@18`, `ORGANIZATION "Jabatan Kemajuan Islam Malaysia"@54`, `ORGANIZATION "Kanwil Kemenag Jatim"@97`}},
		{"a water company's head of three words", "Pelanggan Perumda Air Minum Tirta Ciremai mengeluh.",
			[]string{`ORGANIZATION "Perumda Air Minum Tirta Ciremai"@10`}},
		{"a vice president's English field before the body and its holder", "Vice President International Business Hengtai Auto Chen Wenjie mengatakan hal itu.",
			[]string{`ORGANIZATION "Hengtai Auto"@38`, `PERSON "Chen Wenjie"@51`}},
		{"a supporters' group after its introducer is a body", "Kelompok suporter Persikmania menyampaikan permintaan maaf.",
			[]string{`ORGANIZATION "Persikmania"@18`}},
		{"reservoirs and dams by their head words", "Kirgistan melepas air dari Waduk Toktogul. Bendungan Katulampa siaga.",
			[]string{`COUNTRY "Kirgistan"@0`, `LOCATION "Waduk Toktogul"@27`, `LOCATION "Bendungan Katulampa"@43`}},
		{"places a class of places gives after antara lain", "Status KLB campak di enam kecamatan, antara lain Kwanyar, Modung, dan Blega.",
			[]string{`LOCATION "Kwanyar"@49`, `LOCATION "Modung"@58`, `LOCATION "Blega"@70`}},
		{"a list after a body's place is a list of bodies, not a list inside the body's name", "Patroli melibatkan BPBD Kalimantan Tengah, dan Relawan Hijau Borneo.",
			[]string{`ORGANIZATION "BPBD Kalimantan Tengah"@19`, `LOCATION "Borneo"@61`}},
		{"a studio introduced by its origin is a body", "Gim itu dikembangkan studio asal Finlandia, Northlight Forge, dan diterbitkan di Asia.",
			[]string{`COUNTRY "Finlandia"@33`, `ORGANIZATION "Northlight Forge"@44`, `LOCATION "Asia"@81`}},
		{"a body introduced by its origin, then its name before its holder's", "Startup asal Bandung, Kirana Dirgantara, mulai menguji drone. CEO Kirana Dirgantara Nadya Puspitasari mengatakan.",
			[]string{`LOCATION "Bandung"@13`, `ORGANIZATION "Kirana Dirgantara"@22`, `ORGANIZATION "Kirana Dirgantara"@66`, `PERSON "Nadya Puspitasari"@84`}},
		{"a body's name without its closing word before its holder's", "Dana itu dari Straits Harbour Capital. Managing Partner Straits Harbour Rachel Tan Wei Ling mengatakan proyek itu baik.",
			[]string{`ORGANIZATION "Straits Harbour Capital"@14`, `ORGANIZATION "Straits Harbour"@56`, `PERSON "Rachel Tan Wei Ling"@72`}},
		{"a country's English name opening a body's", "Putaran ini diikuti operator kereta Jepang East Japan Railway Company (JR East) dan Japan Post Insurance.",
			[]string{`COUNTRY "Jepang"@36`, `ORGANIZATION "East Japan Railway Company"@43`, `ORGANIZATION "Japan Post Insurance"@84`}},
		{"the country a body comes from stays a country", "Maskapai asal India Jet Airways memberi tiket gratis.",
			[]string{`COUNTRY "India"@14`, `ORGANIZATION "Jet Airways"@20`}},
		{"a holder of one name after a body's place, before a verb", "Anggota Komisi III DPRD Kotawaringin Timur Riduansyah menilai dinas lamban.",
			[]string{`ORGANIZATION "DPRD Kotawaringin Timur"@19`, `PERSON "Riduansyah"@43`}},
		{"a name ending in an English word for a place is a place", "Wisatawan memadati Bondi Beach dan Times Square.",
			[]string{`LOCATION "Bondi Beach"@19`, `LOCATION "Times Square"@35`}},
		{"Laut inside a title's portfolio opens no place", "Direktur Operasi Laut Bakamla RI hadir.",
			[]string{`ORGANIZATION "Bakamla RI"@22`}},
		{"a generic term inside a body's name", "Tim Badan Pemenangan Pemilu hadir. Kantor Dinas Koperasi dan UMKM Kota Bogor tutup.",
			[]string{`ORGANIZATION "Badan Pemenangan Pemilu"@4`, `ORGANIZATION "Kantor Dinas Koperasi dan UMKM Kota Bogor"@35`}},
		{"a field's generic acronym in a body's list of fields, and right after its head",
			"Kepala Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Agam Yuliarni mengatakan. Diskop UKM hadir.",
			[]string{`ORGANIZATION "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Agam"@7`, `PERSON "Yuliarni"@73`, `ORGANIZATION "Diskop UKM"@94`}},
		{"fuels sold at filling stations and village officers' roles are no names",
			"Harga Pertalite dan Dexlite naik. Bhabinkamtibmas Desa Ngandong Aipda Suprapto datang bersama Babinsa.",
			[]string{`LOCATION "Desa Ngandong"@50`, `PERSON "Suprapto"@70`}},
		{"a generic acronym alone is no name", "Hasil RUPSLB diumumkan. Angka ISPU naik. Stok pupuk NPK dan data DTSEN diperiksa.",
			nil},
		{"more generic acronyms", "Ponsel wajib memiliki IMEI terdaftar. Uji KIR diperketat. Sensor berbasis GNSS dipasang.",
			nil},
		{"initials inside a venue's or street's name", "Massa bergerak dari Jalan MH Thamrin ke Hotel JS Luwansa.",
			[]string{`LOCATION "Jalan MH Thamrin"@20`, `LOCATION "Hotel JS Luwansa"@40`}},
		{"a company's holder at the end of the speaker's phrase", "\"Kami siap,\" kata Direktur PT Sigap Prima Astrea Agus Pramono.",
			[]string{`ORGANIZATION "PT Sigap Prima Astrea"@27`, `PERSON "Agus Pramono"@49`}},
		{"two particles inside a name", "Menurut Pieter van den Berg, timnya siap.",
			[]string{`PERSON "Pieter van den Berg"@8`}},
		{"a first name and a company's one-word name after it: a person", "Tim itu diperkuat Vincent Janssen pada musim lalu.",
			[]string{`PERSON "Vincent Janssen"@18`}},
		{"speech cue", "Ini keputusan tepat, kata Ruhut di Senayan.", []string{`PERSON "Ruhut"@26`, `LOCATION "Senayan"@35`}},
		{"dateline", "KumpalanNEWS – Korea Selatan mengecam.", []string{`ORGANIZATION "KumpalanNEWS"@0`, `COUNTRY "Korea Selatan"@17`}},
		{"a police unit's acronym before its force", "Personel Ditpolairud Polda Kalbar dan Satreskrim Polres Sleman datang. Ditangani Polres Garut, kasus itu selesai.", []string{`ORGANIZATION "Ditpolairud Polda Kalbar"@9`, `ORGANIZATION "Satreskrim Polres Sleman"@38`, `ORGANIZATION "Polres Garut"@81`}},
		{"the official spelling pelindungan is an ordinary word of a role", "Direktur Pelindungan WNI Kementerian Luar Negeri Judha Nugraha mengatakan itu.", []string{`ORGANIZATION "Kementerian Luar Negeri"@25`, `PERSON "Judha Nugraha"@49`}},
		{"a holder's name split off after a body's is classified on its own", "Analis Samudra Kapital Sekuritas Wahyu Setiadi Putra mempertahankan rekomendasi beli.", []string{`ORGANIZATION "Samudra Kapital Sekuritas"@7`, `PERSON "Wahyu Setiadi Putra"@33`}},
		{"an apposition's ordinary first word is its name's", "Epidemiolog UGM, Pandu Nugroho Adi, menilai lonjakan itu.", []string{`ORGANIZATION "UGM"@12`, `PERSON "Pandu Nugroho Adi"@17`}},
		{"a run too long for one name, ending in a family name: a body's name and the person's", "Vokalis Senja Kala Arya Dwipangga Siregar mengaku senang.", []string{`ORGANIZATION "Senja Kala"@8`, `PERSON "Arya Dwipangga Siregar"@19`}},
		{"a name ending in a family or clan name is a person's", "Kemarin Arya Dwipangga Siregar datang bersama Sabar Hutapea.", []string{`PERSON "Arya Dwipangga Siregar"@8`, `PERSON "Sabar Hutapea"@46`}},
		{"a name whose first word is an ordinary word, before an age", "Salah satu WNI, Sabar Hutapea (27), mengaku terbangun.", []string{`PERSON "Sabar Hutapea"@16`}},
		{"a local government's short name alone is no person; with its place, a body", "Maklum, upaya Pemprov itu gagal. Pemda Dharmasraya menutup jalan.", []string{`ORGANIZATION "Pemda Dharmasraya"@33`}},
		{"military units and regional enterprises are bodies", "Personel Lanud Sultan Hasanuddin dan Koramil Peusangan hadir. Perumda Tolitoli Sejahtera membeli cengkih.", []string{`ORGANIZATION "Lanud Sultan Hasanuddin"@9`, `ORGANIZATION "Koramil Peusangan"@37`, `ORGANIZATION "Perumda Tolitoli Sejahtera"@62`}},
		{"a unit named by its number and its place", "Personel Kodim 0111/Bireuen dan Korem 042/Garuda Putih Kolonel Budi hadir.", []string{`ORGANIZATION "Kodim 0111/Bireuen"@9`, `ORGANIZATION "Korem 042/Garuda Putih"@32`, `PERSON "Budi"@63`}},
		{"a list's guessed names go by its known ones", "Ia kalah di Doha, Dubai, Miami, Eastbourne, dan Bastad.", []string{`LOCATION "Doha"@12`, `LOCATION "Dubai"@18`, `LOCATION "Miami"@25`, `LOCATION "Eastbourne"@32`, `LOCATION "Bastad"@48`}},
		{"a village numbered in words", "Warga Desa Tobadak Dua dan Tobadak Dua lainnya hadir.", []string{`LOCATION "Desa Tobadak Dua"@6`, `LOCATION "Tobadak Dua"@27`}},
		{"a court's seat belongs to its name", "Majelis hakim Pengadilan Tindak Pidana Korupsi Mamuju, Sulawesi Barat, memvonis terdakwa.", []string{`ORGANIZATION "Pengadilan Tindak Pidana Korupsi Mamuju"@14`, `LOCATION "Sulawesi Barat"@55`}},
		{"a place after its preposition, then the person who speaks", "Konsul RI di Vanimo Yosep Marthen Rumbiak mengatakan hal itu.", []string{`COUNTRY "RI"@7`, `LOCATION "Vanimo"@13`, `PERSON "Yosep Marthen Rumbiak"@20`}},
		{"film and music trades are titles, an award's category is none", "Ia menyabet Sutradara Terbaik. Sutradara Rizal Mantovani hadir.", []string{`PERSON "Rizal Mantovani"@41`}},
		{"a place's bare name found before is no middle word of a longer name", "Kapal dicegat di perairan Pulau Putri. Jaksa Rahmadani Putri Harahap menyebut TS.", []string{`LOCATION "Pulau Putri"@26`, `PERSON "Rahmadani Putri Harahap"@45`}},
		{"a school named by its number alone", "Siswa SMKN 57 menggelar aksi bersama SMAN 8, kemarin. Sebanyak SD 12 siswa hadir.", []string{`ORGANIZATION "SMKN 57"@6`, `ORGANIZATION "SMAN 8"@37`}},
		{"a head word that opens a known name of no entity type heads no body", "Ia bermain di Liga Champions dan Premier League bersama Liga Inggris Chelsea.", []string{`ORGANIZATION "Chelsea"@69`}},
		{"a common first name ends a bank's name before its holder's", "Direktur Utama Bank Lentera Hartono Wibisana mengatakan hal itu.", []string{`ORGANIZATION "Bank Lentera"@15`, `PERSON "Hartono Wibisana"@28`}},
		{"a foreign first name ends a band's name before its member's", "Gitaris Senja Biru Daiki Mori menyapa penonton.", []string{`ORGANIZATION "Senja Biru"@8`, `PERSON "Daiki Mori"@19`}},
		{"a local government over a known regency, and agencies headed Balai Besar or Balai Wilayah", "Bupati menyurati Pemerintah Kabupaten Halmahera Barat dan Balai Wilayah Sungai Sumatera VII.", []string{`ORGANIZATION "Pemerintah Kabupaten Halmahera Barat"@17`, `ORGANIZATION "Balai Wilayah Sungai Sumatera VII"@58`}},
		{"a body's regional office and its region", "Pembelinya PT Pertamina Patra Niaga Regional Papua Maluku dan Perum Bulog Kantor Wilayah Sulawesi Selatan dan Barat.", []string{`ORGANIZATION "PT Pertamina Patra Niaga Regional Papua Maluku"@11`, `ORGANIZATION "Perum Bulog Kantor Wilayah Sulawesi Selatan dan Barat"@62`}},
		{"a city of two words for its club in a match report", "Borneo FC menahan Sanfrecce Hiroshima 1-1. Di laga lain, Nam Dinh kalah 0-2 dari Buriram United.", []string{`ORGANIZATION "Borneo FC"@0`, `ORGANIZATION "Sanfrecce Hiroshima"@18`, `ORGANIZATION "Nam Dinh"@57`, `ORGANIZATION "Buriram United"@81`}},
		{"a Javanese honorific in capitals inside a body's name", "Pasien dirujuk ke RSUD RA Kartini Jepara, lalu ke RSUD Dr RM Pratomo.",
			[]string{`ORGANIZATION "RSUD RA Kartini Jepara"@18`, `ORGANIZATION "RSUD Dr RM Pratomo"@50`}},
		{"a village cooperative, a Balinese irrigation society and a law firm are bodies", "Mereka meminjam dari KUD Sinar Tolai. Kelian Subak Sari Amerta hadir. Ia dibela Lex Aurora Law Firm.",
			[]string{`ORGANIZATION "KUD Sinar Tolai"@21`, `ORGANIZATION "Subak Sari Amerta"@45`, `ORGANIZATION "Lex Aurora Law Firm"@80`}},
		{"a service centre and a community association head bodies' names", "Pusat Layanan Pembiayaan Pendidikan (Puslapdik) membuka pendaftaran. Warga bergabung dalam Paguyuban Warga Griya Asri.",
			[]string{`ORGANIZATION "Pusat Layanan Pembiayaan Pendidikan"@0`, `ORGANIZATION "Puslapdik"@37`, `ORGANIZATION "Paguyuban Warga Griya Asri"@91`}},
		{"generic acronyms of things and documents are no bodies", "Program CSR itu membiayai penerbitan IMB. Mobil MPV dengan layar OLED laris.",
			nil},
		{"central banks by their own names; Technology ends a body's name", "Bangko Sentral ng Pilipinas memangkas bunga, Bank of Thailand menahan. Lanyu Technology meluncurkan ponsel.",
			[]string{`ORGANIZATION "Bangko Sentral ng Pilipinas"@0`, `ORGANIZATION "Bank of Thailand"@45`, `ORGANIZATION "Lanyu Technology"@71`}},
		{"a commission's number is no name", "Rapat kerja berakhir. Komisi V meminta Kemenhub menunda. Gula itu bersertifikat dari Control Union.",
			[]string{`ORGANIZATION "Kemenhub"@39`, `ORGANIZATION "Control Union"@85`}},
		{"a head word with no name after a preposition is no place", "Ia dirawat di Rumah Sakit sejak Senin. Mereka berlatih di Stadium dan menginap di Balai Kota. Berkas dikirim ke KPUD.",
			[]string{`ORGANIZATION "KPUD"@112`}},
		{"a route's ends joined by a dash are places", "Rute Jakarta–Kigoma dibuka. Armada ditambah di koridor Mangkang–Penggaron.",
			[]string{`LOCATION "Jakarta"@5`, `LOCATION "Kigoma"@15`, `LOCATION "Mangkang"@57`, `LOCATION "Penggaron"@68`}},
		{"but not a dateline's dash", "JAKARTA-Pebulu tangkis itu menang.",
			[]string{`LOCATION "JAKARTA"@0`}},
		{"a park is named by its head, a sponsor's arena is a place", "Festival digelar di Taman Literasi Martha Christina Tiahahu. Laga digelar di Sritex Arena, Solo.",
			[]string{`LOCATION "Taman Literasi Martha Christina Tiahahu"@20`, `LOCATION "Sritex Arena"@77`, `LOCATION "Solo"@91`}},
		{"a hamlet is named by its head", "Kelas belajar di balai Padukuhan Kemiri, dekat Dukuh Pakis.",
			[]string{`LOCATION "Padukuhan Kemiri"@23`, `LOCATION "Dukuh Pakis"@47`}},
		{"circuits and air bases are named by their heads", "Balapan digelar di Sirkuit Mugello. Pesawat mendarat di Pangkalan Udara Halim Perdanakusuma.",
			[]string{`LOCATION "Sirkuit Mugello"@19`, `LOCATION "Pangkalan Udara Halim Perdanakusuma"@56`}},
		{"and a place the rules left out at its end", "Tahap pertama untuk kawasan Bubutan, Genteng, dan Tegalsari, selesai akhir Maret.",
			[]string{`LOCATION "Bubutan"@28`, `LOCATION "Genteng"@37`, `LOCATION "Tegalsari"@50`}},
		{"a list of places opened by a preposition keeps no names of two words as persons, and takes a direction at its end", "Menara itu tersebar di Sipirok, Marancar, Batang Toru, Arse, dan Angkola Timur.",
			[]string{`LOCATION "Sipirok"@23`, `LOCATION "Marancar"@32`, `LOCATION "Batang Toru"@42`, `LOCATION "Arse"@55`, `LOCATION "Angkola Timur"@65`}},
		{"and one with a word in small letters after it", "Komplotan itu menyasar ATM di kawasan wisata Kuta, Legian, dan Seminyak.",
			[]string{`LOCATION "Kuta"@45`, `LOCATION "Legian"@51`, `LOCATION "Seminyak"@63`}},
		{"a name set off after a noun of place is a place", "Bom meledak di ibukota provinsi itu, Zahedan, kemarin.",
			[]string{`LOCATION "Zahedan"@37`}},
		{"so does a preposition of place before a list that a place opens", "Syuting berlangsung di Kotagede, Kaliurang, dan Parangtritis.", []string{`LOCATION "Kotagede"@23`, `LOCATION "Kaliurang"@33`, `LOCATION "Parangtritis"@48`}},
		{"a place's head word opening a list distributes over it", "Pasien berasal dari Kecamatan Sanden, Kretek, dan Pundong.", []string{`LOCATION "Kecamatan Sanden"@20`, `LOCATION "Kretek"@38`, `LOCATION "Pundong"@50`}},
		{"commas without a conjunction make no list", "Konsul Jenderal RI di Istanbul, Turki, Herry Sudradjat, mengatakan hal itu.", []string{`COUNTRY "RI"@16`, `LOCATION "Istanbul"@22`, `COUNTRY "Turki"@32`, `PERSON "Herry Sudradjat"@39`}},
		{"the agent of a passive reporting verb, after a role set off by a comma", "Hal senada disampaikan anggota DPRD Maluku Utara, Abdurrahman Sidik.", []string{`ORGANIZATION "DPRD Maluku Utara"@31`, `PERSON "Abdurrahman Sidik"@50`}},
		{"a name whose surname is a place's, set off before a reporting verb", "Juru bicara NDRRMC, Edgardo Santiago, mengatakan tim kesulitan.", []string{`ORGANIZATION "NDRRMC"@12`, `PERSON "Edgardo Santiago"@20`}},
		{"a Malaysian department and its acronym between a title and the holder", "Direktur Jabatan Meteorologi Malaysia (MetMalaysia) Ahmad Fauzi hadir.",
			[]string{`ORGANIZATION "Jabatan Meteorologi Malaysia"@9`, `ORGANIZATION "MetMalaysia"@39`, `PERSON "Ahmad Fauzi"@52`}},
		{"Haji written Hi. inside a name, as in Maluku", "Pengelola SPBKB, Samsudin Hi. Abdullah, dihukum.", []string{`PERSON "Samsudin Hi. Abdullah"@17`}},
		{"a known first name and an unknown surname, whatever the typer says", "Kemarin Budi Wulandari ikut.", []string{`PERSON "Budi Wulandari"@8`}},
		{"a known full name with one more name word is another's", "Ketua kelompok, Rudy Hartono Tandiari, hadir. Kata Roberto Carlos, Mario Gomez bermain.", []string{`LEADER "Rudy Hartono Tandiari"@16`, `PERSON "Roberto Carlos"@51`, `PERSON "Mario Gomez"@67`}},
		{"a company's legal form ends its name", "Kapal milik ASEAN Cableship Pte Ltd tiba. Film diedarkan Layar Mega Sdn Bhd dan Nordwind Capital GmbH.", []string{`ORGANIZATION "ASEAN Cableship Pte Ltd"@12`, `ORGANIZATION "Layar Mega Sdn Bhd"@57`, `ORGANIZATION "Nordwind Capital GmbH"@80`}},
		{"a title that people bear as a name, after a name word", "Hal itu dikatakan Abdul Hakim, warga setempat. Menurut Faizal Hakim, benar.", []string{`PERSON "Abdul Hakim"@18`, `PERSON "Faizal Hakim"@55`}},
		{"dateline glued to the first word", "Suara.com-Yon Koeswoyo siap tampil.", []string{`ORGANIZATION "Suara.com"@0`, `PERSON "Yon Koeswoyo"@10`}},
		{"dateline's place before its comma", "TERMAS DE RIO HONDO, JUARA.net-Pebalap itu kecewa.", []string{`LOCATION "TERMAS DE RIO HONDO"@0`, `ORGANIZATION "JUARA.net"@21`}},
		{"dateline's place after the outlet", "JUARA.NET, MISANO ADRIATICO-Pebalap itu kecewa.", []string{`ORGANIZATION "JUARA.NET"@0`, `LOCATION "MISANO ADRIATICO"@11`}},
		{"unknown dateline place before a country", "Raqa, Suriah (ANTARA News) - Koalisi itu maju.", []string{`LOCATION "Raqa"@0`, `COUNTRY "Suriah"@6`, `ORGANIZATION "ANTARA News"@14`}},
		{"an attaché's field is the title's, not a name", "Hadir pula Atase Pers Alexander Thielitz.", []string{`PERSON "Alexander Thielitz"@22`}},
		{"an attaché's field alone is no name", "Kata Atase Pers, kerja sama berlanjut.", nil},
		{"a teaser's label is no dateline name", "Ia pulang.\n\nSIMAK JUGA - Boca Juniors menang", []string{`ORGANIZATION "Boca Juniors"@25`}},
		{"clitic stays outside", "pemerintah Rusianya", []string{`COUNTRY "Rusia"@11`}},
		{"country pair", "Hubungan China-AS memburuk.", []string{`COUNTRY "China"@9`, `COUNTRY "AS"@15`}},
		{"a pair whose names go on past the word", "Hubungan Korea Selatan-Jepang dan Indonesia-Korea Utara membaik.",
			[]string{`COUNTRY "Korea Selatan"@9`, `COUNTRY "Jepang"@23`, `COUNTRY "Indonesia"@34`, `COUNTRY "Korea Utara"@44`}},
		{"a name before selaku", "Rapat dilanjutkan. Ani Lestari selaku Direktur Utama menanggapi.",
			[]string{`PERSON "Ani Lestari"@19`}},
		{"a name set off by commas before a verb", "Kuasa hukum terdakwa, Maruli Tua Sihombing, menyatakan keberatan.",
			[]string{`PERSON "Maruli Tua Sihombing"@22`}},
		{"capitals set off by commas are no name", "Menurut data itu, BPS Jakarta, menyatakan naik.", []string{`ORGANIZATION "BPS"@18`, `LOCATION "Jakarta"@22`}},
		{"age after a name", "Hari itu Sunarti (52) datang.", []string{`PERSON "Sunarti"@9`}},
		{"age after a name at a sentence start", "Nadia Puspitasari (27), karyawan swasta, datang.", []string{`PERSON "Nadia Puspitasari"@0`}},
		{"age after a name with a particle", "Mariani Br Sembiring (41), ibu salah satu siswa, menangis.", []string{`PERSON "Mariani Br Sembiring"@0`}},
		{"a particle does not end an aged name", "Sembiring Br (41) datang.", nil},
		{"not an age", "Rapat Paripurna (2024) digelar.", nil},
	})
}

func TestWithTypesAndEntries(t *testing.T) {
	entries, err := gazetteer.Parse(stringsReader("ORGANIZATION\torg:kumpulan-tani\tKumpulan Tani Makmur\tKTM\tcountry=ID\n"), "user.tsv")
	require.NoError(t, err)
	x, err := New(WithEntries(entries), WithTypes(Organization))
	require.NoError(t, err)
	d := x.Extract("Menurut KTM, Presiden Prabowo Subianto hadir.")
	assert.Equal(t, []string{`ORGANIZATION "KTM"@8`}, got(d))
	assert.Equal(t, "org:kumpulan-tani", d.Entities[0].ID)

	_, err = New(WithTypes(Type(99)))
	assert.Error(t, err)
	_, err = New(WithGazetteer(nil))
	assert.Error(t, err)
}

// TestCachesFollowExtractor: the tables a pooled state keeps from one document to the next
// (the parts of hyphenated words, entries' sources) answer for the Extractor that filled
// them only: one whose gazetteer knows a part the default's lacks reads the same text by
// its own gazetteer right after the default, and the default by its own after it.
func TestCachesFollowExtractor(t *testing.T) {
	entries, err := gazetteer.Parse(stringsReader("LOCATION\tloc:narnia\tNarnia\t\tcountry=ID\n"), "user.tsv")
	require.NoError(t, err)
	mine, err := New(WithEntries(entries))
	require.NoError(t, err)
	text := "Kemarin, hubungan Narnia-China membaik. Menurut dia, hubungan Narnia-China kuat."
	want := got(mine.Extract(text))
	require.Contains(t, want, `LOCATION "Narnia"@18`)
	wantDefault := got(Default().Extract(text))
	require.NotContains(t, wantDefault, `LOCATION "Narnia"@18`)
	for range 3 { // in turn, each by its own gazetteer
		assert.Equal(t, wantDefault, got(Default().Extract(text)))
		d := mine.Extract(text)
		assert.Equal(t, want, got(d))
		for _, e := range d.Entities {
			if e.ID == "loc:narnia" {
				assert.Equal(t, "gazetteer:user.tsv:1", e.Source)
			}
		}
	}
}

// TestBoardAcronym: a party's or an association's board written before the body's name
// joins it ("DPP PKB", "PP PELTI", "Komdis PSSI"); a regional board also takes the
// Indonesian region after the name; "DPD" alone stays the council.
func TestBoardAcronym(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"central board", "Ketua DPP PKB Ahmad Zaki menghadiri rapat.",
			[]string{`ORGANIZATION "DPP PKB"@6`, `LEADER "Ahmad Zaki"@14`}},
		{"regional board and region", "Sekretaris DPW PKB Sulawesi Selatan Rudi Hartono hadir.",
			[]string{`ORGANIZATION "DPW PKB Sulawesi Selatan"@11`, `PERSON "Rudi Hartono"@36`}},
		{"region with its own short form", "Ketua DPD Hanura Sulawesi Selatan (Sulsel) Andi Yani hadir.",
			[]string{`ORGANIZATION "DPD Hanura"@6`, `LOCATION "Sulawesi Selatan"@17`, `LOCATION "Sulsel"@35`, `LEADER "Andi Yani"@43`}},
		{"disciplinary committee", "Komdis PSSI menjatuhkan sanksi.",
			[]string{`ORGANIZATION "Komdis PSSI"@0`}},
		{"council alone", "Anggota DPD dari Aceh hadir.",
			[]string{`ORGANIZATION "DPD"@8`, `LOCATION "Aceh"@17`}},
	})
}

// TestCallNameAddress: a form of address right after a nickname cue belongs to the call
// name, and to its later mentions; an ordinary mention's stays out, and so does one after
// "dipanggil" alone (summoned).
func TestCallNameAddress(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"after a full name", "Siti Aminah (45), yang akrab disapa Bu Ami, mengantre air.",
			[]string{`PERSON "Siti Aminah"@0`, `PERSON "Bu Ami"@36`}},
		{"after a descriptor, and later", "Guru IPA yang akrab disapa Pak Gusti itu merakit pompa. Pompa Pak Gusti awet.",
			[]string{`PERSON "Pak Gusti"@27`, `PERSON "Pak Gusti"@62`}},
		{"ordinary mention", "Warga memanggil Pak Budi ke balai desa.",
			[]string{`PERSON "Budi"@20`}},
	})
}

// TestClassAcronymAlone: a class's acronym (BPR, RSUD) opens a body's name but alone names
// no one, nor is it the short name of the body it opened.
func TestClassAcronymAlone(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"bank class after a bank's name", "PT BPR Nyi Ageng Serang menjadi bank penerima. Banyak BPR kecil lain tertinggal.",
			[]string{`ORGANIZATION "PT BPR Nyi Ageng Serang"@0`}},
		{"hospital class", "Pasien dirawat di RSUD. Ia lalu dirujuk ke RSUD Kota Bogor.",
			[]string{`ORGANIZATION "RSUD Kota Bogor"@43`}},
	})
}

// TestCompanyGivenName: a company's one-word name that is a given name too opens a
// person's name before another given name, and is that person's short name after; alone
// it is still the company. A club's name stays the club before a player's ("Chelsea").
func TestCompanyGivenName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"person, then short name", "Barang itu diterima Aldi Kurniawan di loket. Aldi lalu menjualnya.",
			[]string{`PERSON "Aldi Kurniawan"@20`, `PERSON "Aldi"@45`}},
		{"company alone", "Ia belanja di supermarket Aldi.",
			[]string{`ORGANIZATION "Aldi"@26`}},
		{"club before a player", "Bintang Chelsea Willian mencetak gol.",
			[]string{`ORGANIZATION "Chelsea"@8`, `PERSON "Willian"@16`}},
	})
}

// TestKuwu: "Kuwu", the village head of Cirebon and Indramayu, is a territorial title: its
// village, then its holder.
func TestKuwu(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"village and holder", "Kuwu Jengkok Ahmad Warsidi mengatakan warga ronda.",
			[]string{`LOCATION "Jengkok"@5`, `PERSON "Ahmad Warsidi"@13`}},
	})
}

// TestBodyNamedWithHolder: a body's name that the document spells in full elsewhere takes
// back its last word from the holder's name after it, a given name or not.
func TestBodyNamedWithHolder(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"school and its village", "Atap SD Negeri 1 Soren runtuh. Kepala SD Negeri 1 Soren Sulastri Ningsih mengatakan atap lapuk.",
			[]string{`ORGANIZATION "SD Negeri 1 Soren"@5`, `ORGANIZATION "SD Negeri 1 Soren"@38`, `PERSON "Sulastri Ningsih"@56`}},
	})
}

// TestRiverDeltas: a river's delta the gazetteer knows is one place, not the river.
func TestRiverDeltas(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"delta", "Sentra kelapa di Delta Mekong tumbuh.",
			[]string{`LOCATION "Delta Mekong"@17`}},
	})
}

// TestThingClassifier: a guessed name whose first word the document writes after "sebuah",
// the classifier of things, names no person there or alone.
func TestThingClassifier(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"car model", "Unit yang dikirim adalah Kombi Samba 21 jendela. Ia membeli sebuah Kombi pikap. Harga Kombi naik.",
			nil},
		{"person still", "Unit itu dikirim Bambang Wijanarko ke Belanda. Ia membeli sebuah mobil.",
			[]string{`PERSON "Bambang Wijanarko"@17`, `COUNTRY "Belanda"@38`}},
	})
}

// TestBasketballShortForms: Indonesian basketball clubs by the short forms the news uses
// without their cities.
func TestBasketballShortForms(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"club without its city", "Kemenangan ini membuat Kesatria Bengawan mengoleksi 14 kemenangan.",
			[]string{`ORGANIZATION "Kesatria Bengawan"@23`}},
	})
}

// TestAgedPlaceName: a place's name of one word with an age and a person's description
// after it is a person, and so are its mentions but those after a word of place.
func TestAgedPlaceName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"villager named like a regency", "Sarmi (54), warga Dusun Krajan, mengungsi. Tim SAR bergerak dari Sarmi.",
			[]string{`PERSON "Sarmi"@0`, `LOCATION "Dusun Krajan"@18`, `LOCATION "Sarmi"@65`}},
		{"description before", "Jamur dipetik seorang warga, Sarmi (54), pada Minggu pagi.",
			[]string{`PERSON "Sarmi"@29`}},
		{"counts in a list", "Kasus tersebar di Jakarta (20), Bandung (15).",
			[]string{`LOCATION "Jakarta"@18`, `LOCATION "Bandung"@32`}},
	})
}

// TestKnownPersonFamilyName: the family name of a person the gazetteer knows, said alone
// after the full name, is that person, a place of the name or not; after a word of place
// it stays the place.
func TestKnownPersonFamilyName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a city's name", "Penyanyi Whitney Houston meninggal pada 2012. Putri tunggal Houston ditemukan di Houston.",
			[]string{`PERSON "Whitney Houston"@9`, `PERSON "Houston"@60`, `LOCATION "Houston"@81`}},
		{"a country's foreign name", "Rekor Michael Jordan dilewati James. Jordan masih punya tiga rekor.",
			[]string{`PERSON "Michael Jordan"@6`, `PERSON "James"@30`, `PERSON "Jordan"@37`}},
	})
}

// TestStreetAddress: a street's short head without its full stop opens a place's name,
// and the units of a neighbourhood after it (RT, RW) are no words of the name.
func TestStreetAddress(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"short heads, units after", "Sentra kuliner di Jl Kawi RT 15 RW 05, Tebet. Warga Jln Kawi RT 13 dan Jalan Melati RT 02/RW 03 datang.",
			[]string{`LOCATION "Jl Kawi"@18`, `LOCATION "Tebet"@39`, `LOCATION "Jln Kawi"@52`, `LOCATION "Jalan Melati"@71`}},
		{"a lane", "Rumah di Gg. Mawar RT 3 terbakar.",
			[]string{`LOCATION "Gg. Mawar"@9`}},
		{"the unit alone", "Ketua RT setempat, Budi, datang.",
			[]string{`PERSON "Budi"@19`}},
	})
}

// TestLegalFormAbroad: a company's legal form abroad belongs to its name, after a known
// company or a name the context finds, without a sentence's full stop.
func TestLegalFormAbroad(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"known company", "Starbucks Corp menyatakan hal itu. Layanan itu milik Cisco Systems Inc.",
			[]string{`ORGANIZATION "Starbucks Corp"@0`, `ORGANIZATION "Cisco Systems Inc"@53`}},
		{"mid-sentence full stop", "Saham Microsoft Corp. naik dan Bouygues S.A. turun.",
			[]string{`ORGANIZATION "Microsoft Corp."@6`, `ORGANIZATION "Bouygues S.A."@31`}},
		{"unknown name", "Harga saham Zentrix Corp turun.",
			[]string{`ORGANIZATION "Zentrix Corp"@12`}},
	})
}

// TestShortenedNames: a word that shortens a word of a person's name named before it is
// that person; not before the full name, not an ordinary word opening a sentence, and not
// the head of two persons' names.
func TestShortenedNames(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"the head of a first name", "Wakil Gubernur Sandiaga Uno datang. \"Tolong disampaikan,\" tegas Sandi.",
			[]string{`LEADER "Sandiaga Uno"@15`, `LEADER "Sandi"@64`}},
		{"of a family name, after a title", "Menteri Perdagangan Enggartiasto Lukita hadir. Enggar mengatakan harga turun.",
			[]string{`LEADER "Enggartiasto Lukita"@20`, `LEADER "Enggar"@47`}},
		{"an ordinary word opening a sentence", "Wakil Bupati Katarina Siregar datang. Kata Budi, acara ramai.",
			[]string{`PERSON "Katarina Siregar"@13`, `PERSON "Budi"@43`}},
		{"two persons' heads", "Pelatih Hermawan Saputra dan Hermanto Wijaya datang. Herma tertawa.",
			[]string{`PERSON "Hermawan Saputra"@8`, `PERSON "Hermanto Wijaya"@29`}},
	})
}

// TestCityClubWords: a city with a club is the club after the words of its players, coach
// or ground, or of a transfer, in a document that names no other club; elsewhere it stays
// the city.
func TestCityClubWords(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a player's club", "Ia bergabung dengan Barcelona pada 2013. Pelatih Sevilla diusir wasit.",
			[]string{`ORGANIZATION "Barcelona"@20`, `ORGANIZATION "Sevilla"@49`}},
		{"a state's team", "Kedua pemain itu bermain untuk Selangor FA. Melarang mereka bermain untuk Selangor bakal menimbulkan masalah.",
			[]string{`ORGANIZATION "Selangor FA"@31`, `ORGANIZATION "Selangor"@74`}},
		{"the city", "Ia tinggal di Barcelona sejak 2013.",
			[]string{`LOCATION "Barcelona"@14`}},
	})
}

// TestListOfBodiesBySuffix: bodies named by their English suffix count as known names of a
// list, whose guessed persons they make bodies.
func TestListOfBodiesBySuffix(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"investors", "Investor terdahulu, yaitu Venturra Capital, Zentrix Ventures, Beenext, dan Wavemaker ikut terlibat.",
			[]string{`ORGANIZATION "Venturra Capital"@26`, `ORGANIZATION "Zentrix Ventures"@44`, `ORGANIZATION "Beenext"@62`, `ORGANIZATION "Wavemaker"@75`}},
	})
}

// TestCalendarEras: a calendar's era after a year is no name.
func TestCalendarEras(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"after a year", "Perayaan Idul Fitri 1438 Hijriah di Wajo meriah.",
			[]string{`LOCATION "Wajo"@36`}},
	})
}

// TestHospitalHeads: the short heads of hospitals' names open a body's name, and the
// referral hospitals the gazetteer knows are bodies, not places after "di".
func TestHospitalHeads(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"heads", "Ia dirawat di RSAB Bunda Kasih lalu RSJ Marzoeki Mahdi.",
			[]string{`ORGANIZATION "RSAB Bunda Kasih"@14`, `ORGANIZATION "RSJ Marzoeki Mahdi"@36`}},
		{"known", "Ia menjalani rehabilitasi di RSKO, lalu dirawat di RSCM.",
			[]string{`ORGANIZATION "RSKO"@29`, `ORGANIZATION "RSCM"@51`}},
	})
}

// TestConceptLongForms: a long form in ordinary words before an acronym names a concept, a
// program or a measure, and neither it nor its acronym is an entity; a body's head word,
// place or English body word keeps it a body.
func TestConceptLongForms(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a tax and a contest", "Perlakuan Pajak Pertambahan Nilai (PPN) berubah. Ia ikut Lomba Kompetensi Siswa (LKS).",
			nil},
		{"English words", "Fitur High Beam Assist (HBA) tersedia.",
			nil},
		{"words the corpus writes in small letters", "Harga Jual Eceran (HJE) naik.",
			nil},
		{"a body", "Lembaga Bantuan Hukum (LBH) membela. Pesawat Royal Air Force (RAF) mendarat.",
			[]string{`ORGANIZATION "Lembaga Bantuan Hukum"@0`, `ORGANIZATION "LBH"@23`, `ORGANIZATION "Royal Air Force"@45`, `ORGANIZATION "RAF"@62`}},
	})
}

// TestMinisterSetOffAfterPortfolioWords: a minister whose portfolio is one word or a few
// portfolio words, set off by commas, is the title's holder.
func TestMinisterSetOffAfterPortfolioWords(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"one word", "Hal itu dikatakan Menteri Pariwisata, Arief Yahya, di Jakarta.",
			[]string{`LEADER "Arief Yahya"@38`, `LOCATION "Jakarta"@54`}},
	})
}

// TestElectionBeforeRegion: an election of a region's head before the region is no body.
func TestElectionBeforeRegion(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"governor's election", "Hasil Pilgub Jateng diumumkan.",
			[]string{`LOCATION "Jateng"@13`}},
	})
}

// TestAmpersandAndClassInBodyName: a company's "&" between its name's words and a
// prison's class by its number belong to the body's name.
func TestAmpersandAndClassInBodyName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"ampersand", "Ia bekerja di PT Rohde & Schwarz Indonesia sejak 2010.",
			[]string{`ORGANIZATION "PT Rohde & Schwarz Indonesia"@14`}},
		{"class number", "Napi itu dipindah ke Lapas Klas 1 Tangerang.",
			[]string{`ORGANIZATION "Lapas Klas 1 Tangerang"@21`}},
	})
}

// TestVehicleModels: a car's or a motorcycle's model named alone is a product, no entity;
// its maker before it stays a body.
func TestVehicleModels(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a list of models", "Pasar MPV seperti Avanza, Xenia, Ertiga, dan Innova tumbuh.",
			nil},
		{"the maker", "Toyota meluncurkan Camry baru.",
			[]string{`ORGANIZATION "Toyota"@0`}},
	})
}

// TestAgencyCredit: a news agency credited in brackets at a paragraph's end is the
// outlet, though its name is an ordinary word too.
func TestAgencyCredit(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"square brackets", "Harga cabai naik tajam pekan ini. [Antara]",
			[]string{`ORGANIZATION "Antara"@35`}},
		{"round brackets, then a paragraph", "Harga cabai naik. (Antara)\n\nLalu harga turun.",
			[]string{`ORGANIZATION "Antara"@19`}},
		{"not inside a sentence", "Jarak (antara) kedua kota jauh.",
			nil},
	})
}

// TestAppositiveOffice: a leader's title in apposition to a person named right before it
// names the person's office, whose body the words after it are; a list of titled names
// keeps its holders.
func TestAppositiveOffice(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"apposition", "ujar Takuya Shimamura, Presiden Asahi Glass, yang memulai sebuah pabrik.",
			[]string{`PERSON "Takuya Shimamura"@5`, `ORGANIZATION "Asahi Glass"@32`}},
		{"a list of titled names", "Hadir Menteri Luar Negeri Retno Marsudi, Menteri Perhubungan Budi Karya Sumadi.",
			[]string{`LEADER "Retno Marsudi"@26`, `LEADER "Budi Karya Sumadi"@61`}},
	})
}

// TestVenueAfterPlace: a place's or a country's name and English words up to a venue's
// word make one place, the venue.
func TestVenueAfterPlace(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a city's", "Laga digelar di Tokyo Metropolitan Gymnasium, Jepang.",
			[]string{`LOCATION "Tokyo Metropolitan Gymnasium"@16`, `COUNTRY "Jepang"@46`}},
		{"a country's", "Konser di Singapore Indoor Stadium meriah.",
			[]string{`LOCATION "Singapore Indoor Stadium"@10`}},
	})
}

// TestSlashPairs: names a slash joins, as doubles pairs are written, are persons: the
// partner of a person, or both when each has two words or three; not English words.
func TestSlashPairs(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a person's partner", "Ganda China Chen Qingchen/Jia Yifan menang.",
			[]string{`COUNTRY "China"@6`, `PERSON "Chen Qingchen"@12`, `PERSON "Jia Yifan"@26`}},
		{"two names", "Pasangan itu kalah dari Takuma Obayashi / Rin Iwanaga kemarin.",
			[]string{`PERSON "Takuma Obayashi"@24`, `PERSON "Rin Iwanaga"@42`}},
		{"award categories", "Album itu menang kategori Best Dance / Electronic Album tahun ini.",
			nil},
	})
}

// TestTitleOutOfKnownName: a title that opens a known person's alias goes out of the span,
// into the role; a name whose own first word is a title's keeps it.
func TestTitleOutOfKnownName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a king", "Kunjungan Raja Salman ke Indonesia.",
			[]string{`LEADER "Salman"@15`, `COUNTRY "Indonesia"@25`}},
		{"a minister named Raja", "Menteri Raja Juli Antoni datang.",
			[]string{`LEADER "Raja Juli Antoni"@8`}},
	})
}

// TestTerritorialTitlePlace: a territorial office and one word that is no first name, then
// the clause's end, is the office's place with its holder unnamed; a call name the
// document uses after a speech cue stays the holder.
func TestTerritorialTitlePlace(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a foreign mayor", `"Ia menjalani kehidupan yang luar biasa," kata Wali Kota Verbania.`,
			[]string{`LOCATION "Verbania"@57`}},
		{"a first name", "kata Bupati Dedi.",
			[]string{`LEADER "Dedi"@12`}},
		{"a call name (the governor's throughout: see leadersThroughout)", `"Terima kasih," ujar Zulfan. Gubernur Zulfan menyerahkan piagam.`,
			[]string{`LEADER "Zulfan"@21`, `LEADER "Zulfan"@38`}},
	})
}

// TestEnglishWorkTitles: an English work's title after the noun of its kind is no body,
// though a first names' list holds its article "The".
func TestEnglishWorkTitles(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a film", "Ia menonton film The Martian kemarin.",
			nil},
	})
}

// TestRouteEnds: a hyphenated route after a route's noun is two places, one of which the
// gazetteer may lack; a pair of names with neither known stays whole.
func TestRouteEnds(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"one end unknown", "Kereta rute Purwokerto-Kroya ditunda.",
			[]string{`LOCATION "Purwokerto"@12`, `LOCATION "Kroya"@23`}},
	})
}

// TestOutletAfterSourceCue: the name after "dilansir", "melansir", "via" or "dikutip dari" is
// the outlet the report is taken from; an ordinary word or a first name is not.
func TestOutletAfterSourceCue(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"dilansir", "Dilansir Reuter, PBB melaporkan Jumat kemarin.",
			[]string{`ORGANIZATION "Reuter"@9`, `ORGANIZATION "PBB"@17`}},
		{"a source line", "Ponsel itu cepat. Sumber: PCWorld.",
			[]string{`ORGANIZATION "PCWorld"@26`}},
		{"dikutip dari", "Seperti dikutip dari Football Espana, klub itu kalah.",
			[]string{`ORGANIZATION "Football Espana"@21`}},
		{"an ordinary word", "Peta itu bisa diakses via Peta Google.",
			[]string{`ORGANIZATION "Google"@31`}},
	})
}

// TestIslamAsFamilyName: "Islam" after a first name is the person's family name; after
// ordinary words it stays the religion.
func TestIslamAsFamilyName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a family name", "kata Nurul Islam.",
			[]string{`PERSON "Nurul Islam"@5`}},
		{"the religion", "Ia memeluk agama Islam sejak kecil.",
			nil},
	})
}

// TestTechnicalTermAcronyms: an unknown acronym after the noun of a technical thing is a
// term, no body.
func TestTechnicalTermAcronyms(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a car's systems", "Kedua MPV ini sudah dibekali dengan sistem ABS.",
			nil},
		{"a format", "Foto dikirim dalam format RAW kemarin.",
			nil},
	})
}

// TestUnitFieldAfterTitle: a police unit's field after a unit head's title is part of the
// role, and the holder after the body is the speaker.
func TestUnitFieldAfterTitle(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"traffic accidents", `"Kejadiannya pukul 05.00 WIB," terang Kanit Laka Lantas Polres Mojokerto, Ipda Bachtiar.`,
			[]string{`ORGANIZATION "Polres Mojokerto"@56`, `PERSON "Bachtiar"@79`}},
	})
}

// TestNumberedPlayers: a line-up given with shirt numbers, three or more in a paragraph,
// names its players, the numbers left out; a player the gazetteer knows by his surname
// takes his first name in.
func TestNumberedPlayers(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a line-up", "Juventus: 7-Juan Cuadrado, 21-Paulo Dybala, 27-Stefano Sturaro.",
			[]string{`ORGANIZATION "Juventus"@0`, `PERSON "Juan Cuadrado"@12`, `PERSON "Paulo Dybala"@30`, `PERSON "Stefano Sturaro"@47`}},
	})
}

// TestPersonAfterPlacePreposition: a person's full name, opening with a first name, after
// "ke" or "di" is the person, not a place.
func TestPersonAfterPlacePreposition(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a pass", "Tadic memilih mengirim bola ke Charlie Austin.",
			[]string{`PERSON "Charlie Austin"@31`}},
	})
}

// TestListOfVillagesSharingAWord: the items of a list of places that open with a word of
// another place item are places, though shaped like persons' names.
func TestListOfVillagesSharingAWord(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"villages of one area", "Banjir melanda Desa Sembalun Lawang, Sembalun Bumbung, dan Sembalun Timba Gading.",
			[]string{`LOCATION "Desa Sembalun Lawang"@15`, `LOCATION "Sembalun Bumbung"@37`, `LOCATION "Sembalun Timba Gading"@59`}},
	})
}

// TestRankAfterBodyWords: a rank after a body's own words opens its holder's name, not a
// word of the body named after a titled person (as "Universitas Jenderal Soedirman" is).
func TestRankAfterBodyWords(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"an army's chief", "Kepala Staf Angkatan Darat Jenderal Mulyono hadir.",
			[]string{`ORGANIZATION "Angkatan Darat"@12`, `LEADER "Mulyono"@36`}},
	})
}

// TestInitialsWithAge: initials with an age after them stand for an unnamed person, in
// every mention, though no cue says so and the gazetteer knows the letters.
func TestInitialsWithAge(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a suspect", "Polisi menangkap RN (18), warga Bogor. Tersangka RN mengaku.",
			[]string{`LOCATION "Bogor"@32`}},
	})
}

// TestFieldAcronymAfterTitle: a field's acronym after a title's noun is no holder's name.
func TestFieldAcronymAfterTitle(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"an IT expert", "Massa mengeroyok pakar IT lulusan ITB, Hermansyah.",
			[]string{`ORGANIZATION "ITB"@34`, `PERSON "Hermansyah"@39`}},
	})
}

// TestSuspectInitials: "tersangka" and "terdakwa" before short capitals cue initials that
// stand for an unnamed person, in every mention; a name's first initial is no such.
func TestSuspectInitials(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a suspect", "KPK memeriksa tersangka MSH kemarin. MSH membantah.",
			[]string{`ORGANIZATION "KPK"@0`}},
		{"a defendant's name", "Penasihat hukum terdakwa M Gunawan hadir.",
			[]string{`PERSON "M Gunawan"@25`}},
	})
}

// TestInitialsAfterNames: two capitals right after a person's name end the name, no
// country or body.
func TestInitialsAfterNames(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a police officer", "Kombes Pol Suyudi AS mengatakan hal itu. Presiden Trump dan AS sepakat.",
			[]string{`PERSON "Suyudi"@11`, `LEADER "Trump"@50`, `COUNTRY "AS"@60`}},
	})
}

// TestCityClubsOfCityWords: a city whose club is named "<city> City" is the club after a
// club's words; after a venue and a comma it stays the venue's city.
func TestCityClubsOfCityWords(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a winger's club", "Arsenal berhenti mengejar winger Leicester, Riyad Mahrez.",
			[]string{`ORGANIZATION "Arsenal"@0`, `ORGANIZATION "Leicester"@33`, `PERSON "Riyad Mahrez"@44`}},
		{"a venue's city", "Juventus melawan Real Madrid di Stadion Millennium, Cardiff, Sabtu.",
			[]string{`ORGANIZATION "Juventus"@0`, `ORGANIZATION "Real Madrid"@17`, `LOCATION "Stadion Millennium"@32`, `LOCATION "Cardiff"@52`}},
	})
}

// TestSharedWordBeforeSecondName: a word that is one person's first name and a middle word
// of another's named later is the first person until the second is named.
func TestSharedWordBeforeSecondName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"Bambang", "Ketua DPR RI Bambang Soesatyo hadir. Menurut Bambang, kepemimpinan penting. Presiden seperti Soekarno dan Susilo Bambang Yudhoyono dikenang.",
			[]string{`ORGANIZATION "DPR RI"@6`, `LEADER "Bambang Soesatyo"@13`, `LEADER "Bambang"@45`, `LEADER "Soekarno"@93`, `LEADER "Susilo Bambang Yudhoyono"@106`}},
	})
}

// TestSyllableShortName: a name given after "atau" that runs the heads of the full name's
// words together is its short form, and its mentions are that person.
func TestSyllableShortName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"Jupe", "Penyanyi Julia Perez atau Jupe meninggal dunia. Kondisi Jupe sempat membaik.",
			[]string{`PERSON "Julia Perez"@9`, `PERSON "Jupe"@26`, `PERSON "Jupe"@56`}},
		{"a choice", "Pilih Budi Hartanto atau Andi untuk jabatan itu.",
			[]string{`PERSON "Budi Hartanto"@6`, `PERSON "Andi"@25`}},
	})
}

// TestNameSuffixLink: a later mention of the last two words or more of a fuller name named
// before it is that person.
func TestNameSuffixLink(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a regent", "Bupati Banyuwangi Abdullah Azwar Anas hadir. Menurut Azwar Anas, wisata tumbuh.",
			[]string{`LOCATION "Banyuwangi"@7`, `LEADER "Abdullah Azwar Anas"@18`, `LEADER "Azwar Anas"@53`}},
	})
}

// TestHeadInsideTitle: a body's head word that ends a title, before its holder's name, is
// the title's, no body.
func TestHeadInsideTitle(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a principal", `"Kami bangga," kata Kepala Sekolah Aveline Gregoire.`,
			[]string{`PERSON "Aveline Gregoire"@35`}},
		{"a school after the title", "Kepala Sekolah SMA Negeri 1 Bandung Budi Santoso hadir.",
			[]string{`ORGANIZATION "SMA Negeri 1 Bandung"@15`, `LEADER "Budi Santoso"@36`}},
	})
}

func TestAdjectiveHarian(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"harian after a noun opening the sentence is daily, no paper, and the name after it a person's",
			"Pengelolaan harian gudang dipegang Nurhayati Lestari (36), sarjana perikanan.",
			[]string{`PERSON "Nurhayati Lestari"@35`}},
		{"harian after a noun inside the sentence",
			"Sejak itu kegiatan harian posko diatur Nurhayati Lestari, relawan setempat.",
			[]string{`PERSON "Nurhayati Lestari"@39`}},
		{"a paper after surat kabar harian and its kind is still a paper",
			"Menurut surat kabar harian ekonomi Kelana, harga naik.",
			[]string{`ORGANIZATION "Kelana"@35`}},
	})
}

func TestListPlaceNumberWord(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a place no rule read ends a list of places with a number in words",
			"Warga mengungsi ke Sukamakmur, Jeumpa, dan Glumpang Tiga.",
			[]string{`LOCATION "Sukamakmur"@19`, `LOCATION "Jeumpa"@31`, `LOCATION "Glumpang Tiga"@43`}},
		{"after a place named with its head word",
			"Kasus ditemukan di Kecamatan Sukamakmur, Jeumpa, dan Glumpang Tiga.",
			[]string{`LOCATION "Kecamatan Sukamakmur"@19`, `LOCATION "Jeumpa"@41`, `LOCATION "Glumpang Tiga"@53`}},
	})
}

func TestListPlacesByPreposition(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a name shaped like a person's among places a preposition of place opens is a place",
			"Banjir melanda di Kecamatan Batang Kuis, Kembang Tanjong, dan Sungai Dua.",
			[]string{`LOCATION "Kecamatan Batang Kuis"@18`, `LOCATION "Kembang Tanjong"@41`, `LOCATION "Sungai Dua"@62`}},
	})
}

func TestAddressPart(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a known place and a word after it set off after a place named with its head word go on the address",
			"Nurhayati (34), warga Gampong Cot Baroh, Padang Tiji, mengaku sempat menolak.",
			[]string{`PERSON "Nurhayati"@0`, `LOCATION "Gampong Cot Baroh"@22`, `LOCATION "Padang Tiji"@41`}},
		{"the address ending its sentence",
			"Ia tinggal di Desa Sukamaju, Padang Tualang.",
			[]string{`LOCATION "Desa Sukamaju"@14`, `LOCATION "Padang Tualang"@29`}},
		{"not a title's holder set off after the office's place",
			"Kepala Desa Sukamaju, Medan Sitorus, mengatakan banjir surut.",
			[]string{`LOCATION "Sukamaju"@12`, `PERSON "Medan Sitorus"@22`}},
	})
}

func TestRegionalPlaceHeads(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a Javanese word for a hillock heads a hill's name, after dari too",
			"Ia ingin melihat matahari terbit dari Punthuk Setumbu.",
			[]string{`LOCATION "Punthuk Setumbu"@38`}},
		{"a Sundanese word for a waterfall heads its name",
			"Wisatawan memadati Curug Cilember sejak pagi.",
			[]string{`LOCATION "Curug Cilember"@19`}},
	})
}

func TestOwnerNamesCompany(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a title's holder whose name a company bears stays a person",
			"PT Haryanto Wibisono Logistik Tbk menggelar rapat. Rapat menyetujui pengunduran diri pendiri sekaligus Presiden Direktur Haryanto Wibisono dan mengangkat putrinya.",
			[]string{`ORGANIZATION "PT Haryanto Wibisono Logistik Tbk"@0`, `PERSON "Haryanto Wibisono"@121`}},
		{"a company's short name with its holder set off after it is the company",
			"PT Samudra Pelumas Nusantara meluncurkan oli baru. Direktur Pemasaran Samudra Pelumas, Aditya Nugroho, mengatakan penjualan naik.",
			[]string{`ORGANIZATION "PT Samudra Pelumas Nusantara"@0`, `ORGANIZATION "Samudra Pelumas"@70`, `PERSON "Aditya Nugroho"@87`}},
	})
}

// TestPersonNamedLikePlace covers the first word of a person named in full before that a
// place's name shares, said alone later: the person anywhere but after a preposition of
// place, a word of origin, a place and a connector, or before a comma and a place.
func TestPersonNamedLikePlace(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"the person's first word alone is the person, the place after \"di\" and before its country stays the city",
			"Yang ditahan adalah Darwin Manafe (41). Keluarga belum berkomunikasi dengan Darwin selama sepekan. Ia ditahan di Darwin, Australia, sejak Mei.",
			[]string{`PERSON "Darwin Manafe"@20`, `PERSON "Darwin"@76`, `LOCATION "Darwin"@113`, `COUNTRY "Australia"@121`}},
		{"the same after a place and a connector: a list of places",
			"Penyerang asal Brasil, Wellington Ramos, mencetak gol. Gol itu lahir ketika Wellington menyambar bola. Timnya pernah bertanding di Auckland dan Wellington.",
			[]string{`COUNTRY "Brasil"@15`, `PERSON "Wellington Ramos"@23`, `PERSON "Wellington"@76`, `LOCATION "Auckland"@131`, `LOCATION "Wellington"@144`}},
	})
}

// TestGivenWordOpensName covers a first name that is an ordinary word (given-words.txt:
// the Sasak "Lalu", "Embun") opening a name of two name words or more in mid-sentence,
// which stays the name's, known first name after it or not; opening a sentence it is the
// word ("Lalu …", then).
func TestGivenWordOpensName(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"after a body's place",
			"Kepala Dinas Kesehatan Provinsi Nusa Tenggara Barat Lalu Hamzi Fikri mengatakan kasus naik.",
			[]string{`ORGANIZATION "Dinas Kesehatan Provinsi Nusa Tenggara Barat"@7`, `PERSON "Lalu Hamzi Fikri"@52`}},
		{"after a regent's place",
			"Bupati Lombok Tengah Lalu Pathul Bahri meninjau lokasi.",
			[]string{`LOCATION "Lombok Tengah"@7`, `LEADER "Lalu Pathul Bahri"@21`}},
		{"opening a sentence it is the word",
			"Rapat selesai. Lalu Budi Santoso datang ke kantor.",
			[]string{`LEADER "Budi Santoso"@20`}},
	})
}
