package entity

import "testing"

// TestOtherOutletBodies holds the rules that articles 1170–1179 (other outlets' styles,
// issue 14) led to, checked against the older articles' errors: a two-word noun that
// introduces a body's name opening its sentence ("Grup musik", "Rumah produksi", "Kantor
// berita"), a body's description with its origin before the comma that sets its name off,
// and a body's short name of several words given without its closing suffix, legal form or
// club letters ("Windkraft Nord" after "Windkraft Nord GmbH", "Semeru Muda" after "Semeru
// Muda FC", also over a known place's first word), but not a person's name that a body is
// named after.
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
	})
}
