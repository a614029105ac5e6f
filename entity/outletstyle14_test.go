package entity

import "testing"

// TestOtherOutletNames holds the rules that idner-news-2k's train and dev errors and
// articles 1140–1144 (other outlets' styles, issue 14) led to: a paper's or a station's
// name after the word for its kind that opens with a place, a broadcaster named "Radio"
// and its country, a name with the Arabic article after a head word's, an English
// institution's name "… of" a place, a person set off before "seorang" whose first name is
// a place's, a club named by a place and words of its own before "FC" or after "PS", a
// company whose name opens with a place's head word and ends in its legal form, a building
// named by two bodies joined by a slash, a known body's name not cut by a holder's after a
// title, a company's whole name after its legal form given again without it (after a title
// too), a holder's name opened by a family name of East Asia, and "Muh" (Muhammad) as a
// first name.
func TestOtherOutletNames(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a paper's or a station's name after its kind opens with a place; a country after it is the medium's origin",
			"Kabar itu dimuat di harian Asia Raya dan disiarkan stasiun televisi Bali TV. Ia pernah bekerja untuk kantor berita Jepang Domei.",
			[]string{`ORGANIZATION "Asia Raya"@27`, `ORGANIZATION "Bali TV"@68`, `COUNTRY "Jepang"@115`, `ORGANIZATION "Domei"@122`}},
		{"a broadcaster named Radio and its country",
			"Presiden itu berbicara kepada Radio Rwanda, sementara Radio Australia menyiarkan ulang wawancaranya.",
			[]string{`ORGANIZATION "Radio Rwanda"@30`, `ORGANIZATION "Radio Australia"@54`}},
		{"a name with the Arabic article in small letters goes on a head word's name",
			"Kapal itu ditahan di Selat Shat al-Arab, sementara Brigade Syuhada al-Aqsa mengaku bertanggung jawab.",
			[]string{`LOCATION "Selat Shat al-Arab"@21`, `ORGANIZATION "Brigade Syuhada al-Aqsa"@51`}},
		{"an English institution's name of a place, with the words before it",
			"Tim dari Complutense University of Madrid bekerja sama dengan peneliti dari Bandung.",
			[]string{`ORGANIZATION "Complutense University of Madrid"@9`, `LOCATION "Bandung"@76`}},
		{"a person set off before seorang and a noun, whose first name is a place's",
			"Dokumen itu ditemukan bersama Aden Hashi Ayro, seorang milisi yang lama dicari.",
			[]string{`PERSON "Aden Hashi Ayro"@30`}},
		{"a club: a place, words of its own and FC; PS and a place",
			"TRIBUNKALTIM.CO, SAMARINDA - Borneo Samudra FC menang atas PS Tanjung Redeb.",
			[]string{`ORGANIZATION "TRIBUNKALTIM.CO"@0`, `LOCATION "SAMARINDA"@17`, `ORGANIZATION "Borneo Samudra FC"@29`, `ORGANIZATION "PS Tanjung Redeb"@59`}},
		{"a place's head word opening a company's name that its legal form closes; not a word that may end a place's",
			"Saham dilepas kepada Tanjung Harapan Agri Pte Ltd, bukan kepada petani di Kampung Ongko Asa.",
			[]string{`ORGANIZATION "Tanjung Harapan Agri Pte Ltd"@21`, `LOCATION "Kampung Ongko Asa"@74`}},
		{"a building named by two bodies joined by a slash",
			"Rapat digelar di Gedung DPR/MPR, lalu berlanjut di Gedung MPR/DPR RI, Senayan.",
			[]string{`LOCATION "Gedung DPR/MPR"@17`, `LOCATION "Gedung MPR/DPR RI"@51`, `LOCATION "Senayan"@70`}},
		{"a known body's name after a faculty's is not cut by a holder's name after a title",
			"Menurut guru besar Fakultas Kehutanan Universitas Gadjah Mada itu, hutan kian sempit.",
			[]string{`ORGANIZATION "Fakultas Kehutanan Universitas Gadjah Mada"@19`}},
		{"a company's whole name after its legal form, given again after a title, then its holder's name",
			`Promotor PT Langit Senja Kreasi menjual tiket secara daring. "Tiket kategori festival habis," kata Direktur Langit Senja Kreasi Hendra Wijaya Saputra.`,
			[]string{`ORGANIZATION "PT Langit Senja Kreasi"@9`, `ORGANIZATION "Langit Senja Kreasi"@108`, `PERSON "Hendra Wijaya Saputra"@128`}},
		{"a family name of East Asia opens the holder's name of two words after the body's",
			"Mitranya, perusahaan asal Singapura, Lumivera DC, ikut berinvestasi. Managing Director Lumivera DC Tan Hwee Ling mengatakan tahap kedua disiapkan.",
			[]string{`COUNTRY "Singapura"@26`, `ORGANIZATION "Lumivera DC"@37`, `ORGANIZATION "Lumivera DC"@87`, `PERSON "Tan Hwee Ling"@99`}},
		{"a company's name after its legal form, given again without it, is the company",
			"Perusahaan itu, PT Awan Biru Nusantara, meresmikan pusat data. CEO Awan Biru Nusantara Fikri Andalas Ramadhani mengatakan lokasi dipilih.",
			[]string{`ORGANIZATION "PT Awan Biru Nusantara"@16`, `ORGANIZATION "Awan Biru Nusantara"@67`, `PERSON "Fikri Andalas Ramadhani"@87`}},
		{"Muh, Muhammad shortened, opens a holder's name after a body's place",
			`Kepala Pelaksana BPBD Luwu Utara Muh Rizal Pallawa mengatakan jalan terputus. "Kami berjalan kaki," kata Rizal.`,
			[]string{`ORGANIZATION "BPBD Luwu Utara"@17`, `PERSON "Muh Rizal Pallawa"@33`, `PERSON "Rizal"@105`}},
	})
}
