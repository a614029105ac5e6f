package entity

import "testing"

// TestOtherOutletBodies holds the rules that articles 1170–1179 (other outlets' styles,
// issue 14) led to, checked against the older articles' errors: a two-word noun that
// introduces a body's name opening its sentence ("Grup musik", "Rumah produksi", "Kantor
// berita"), a body's description with its origin before the comma that sets its name off,
// and a body's short name of several words given without its closing suffix, legal form or
// club letters ("Windkraft Nord" after "Windkraft Nord GmbH", "Semeru Muda" after "Semeru
// Muda FC", also over a known place's first word), but not a person's name that a body is
// named after; and a body's name with a country right after it, its arm or a group named
// for the country ("promotor iMe Indonesia", "Fanbase Verdie Indonesia", "Kawasaki Sports
// Indonesia"), as articles 119, 358, 632, 756, 1124 and 1171 have it; and an ordinary
// noun that opens a body's name an English suffix ends, left in a title's role before it,
// when the document names the body whole ("Produser Rumah Sinema Pictures …", 1119 and
// 1176).
func TestOtherOutletBodies(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a two-word introducer opening its sentence, before an origin and a comma",
			"Grup musik asal Bandung, Lentera Senja, merilis album kedua. Vokalis Lentera Senja, Ayu Kinanti, menulis semua lagunya.",
			[]string{`LOCATION "Bandung"@16`, `ORGANIZATION "Lentera Senja"@25`, `ORGANIZATION "Lentera Senja"@69`, `PERSON "Ayu Kinanti"@84`}},
		{"a long description of a body with its origin before the comma",
			"Perusahaan rintisan perangkat lunak logistik asal Surabaya, Kelola Gudang, meraih pendanaan Seri A. CEO Kelola Gudang, Stefanus Adi, mengumumkannya.",
			[]string{`LOCATION "Surabaya"@50`, `ORGANIZATION "Kelola Gudang"@60`, `ORGANIZATION "Kelola Gudang"@104`, `PERSON "Stefanus Adi"@119`}},
		{"a company's name of two words without its legal form abroad",
			"Nota itu diteken bersama Windkraft Nord GmbH asal Jerman. Menurut Windkraft Nord, proyek dimulai 2028.",
			[]string{`ORGANIZATION "Windkraft Nord GmbH"@25`, `COUNTRY "Jerman"@50`, `ORGANIZATION "Windkraft Nord"@66`}},
		{"a club's name without its letters, over a known place's name",
			"Semeru Muda FC menang 2-1 di Kendal. Dengan hasil ini, Semeru Muda naik ke peringkat kedua.",
			[]string{`ORGANIZATION "Semeru Muda FC"@0`, `LOCATION "Kendal"@29`, `ORGANIZATION "Semeru Muda"@55`}},
		{"the person a company is named after stays a person",
			"Film itu diproduksi Wulan Kencana Pictures. Produsernya adalah pendiri rumah produksi itu, Wulan Kencana, yang hadir di Jakarta.",
			[]string{`ORGANIZATION "Wulan Kencana Pictures"@20`, `PERSON "Wulan Kencana"@91`, `LOCATION "Jakarta"@120`}},
		{"a body's name and a country right after it, after a noun for a body or a title",
			"Konser ini diselenggarakan promotor iMe Indonesia. Direktur iMe Indonesia Bening Wulandari mengatakan tiket habis.",
			[]string{`ORGANIZATION "iMe Indonesia"@36`, `ORGANIZATION "iMe Indonesia"@60`, `PERSON "Bening Wulandari"@74`}},
		{"a fan club's name with its country; a body a rule found, with its country",
			"Fanbase Verdie Indonesia mencatat rombongan dari Bandung. Turnamen itu disponsori produsen raket Kawasaki Sports Indonesia.",
			[]string{`ORGANIZATION "Verdie Indonesia"@8`, `LOCATION "Bandung"@49`, `ORGANIZATION "Kawasaki Sports Indonesia"@97`}},
		{"no body before the country: a common noun, a title's portfolio",
			"Pemerintah Indonesia menolak, kata Menteri Keuangan II Malaysia Amir Hamzah, sementara penggemar Indonesia bersorak.",
			[]string{`COUNTRY "Indonesia"@11`, `COUNTRY "Malaysia"@55`, `LEADER "Amir Hamzah"@64`, `COUNTRY "Indonesia"@97`}},
		{"an ordinary noun opening a suffixed body's name after a title, when the document names the body whole; not a title's word",
			"Album itu dirilis label Rumah Bunyi Records. Direktur Rumah Bunyi Records Yudhistira Pramana mengatakan itu. Direktur Eksekutif Skyline Music Angga Kusuma hadir.",
			[]string{`ORGANIZATION "Rumah Bunyi Records"@24`, `ORGANIZATION "Rumah Bunyi Records"@54`, `PERSON "Yudhistira Pramana"@74`, `ORGANIZATION "Skyline Music"@128`, `PERSON "Angga Kusuma"@142`}},
		{"PS, a place and a word of the club's own make the club's name; not before a name",
			"PS Kendal Raya kalah dari PS Mojokerto Putra. Pelatih PS Kendal Putra Wijaya kecewa.",
			[]string{`ORGANIZATION "PS Kendal Raya"@0`, `ORGANIZATION "PS Mojokerto Putra"@26`, `ORGANIZATION "PS Kendal"@54`, `PERSON "Putra Wijaya"@64`}},
		{"a Japanese company's legal form written with full stops, K.K., closes its name",
			"Modal datang dari investor asal Jepang, Kirin Capital K.K. Managing Director Kirin Capital Takeshi Morimoto hadir.",
			[]string{`COUNTRY "Jepang"@32`, `ORGANIZATION "Kirin Capital K.K."@40`, `ORGANIZATION "Kirin Capital"@77`, `PERSON "Takeshi Morimoto"@91`}},
		{"a researcher's unit, a two-word head word, and its body are one body; a head's unit stays in the title",
			"Peneliti Pusat Riset Antariksa BRIN Yudhistira Kurniawan menjelaskan. Kepala Pusat Riset Antariksa BRIN Robertus Heru hadir.",
			[]string{`ORGANIZATION "Pusat Riset Antariksa BRIN"@9`, `PERSON "Yudhistira Kurniawan"@36`, `ORGANIZATION "BRIN"@99`, `PERSON "Robertus Heru"@104`}},
	})
}
