package entity

import "testing"

// TestIndoSumPrecisionRules holds the rules that a hand-judged sample of IndoSum's
// output (issue 14) asked for: names that are no entities, or took a title's or a
// compound's words.
func TestIndoSumPrecisionRules(t *testing.T) {
	x := Default()
	cases := []ruleCase{ // TYPE "text"@start id
		{"a working body's short name after a chair's title is the role's, no holder (unitField)",
			"Ketua Pansus RUU Terorisme menolak. Wakil Ketua Pansus Masinton Pasaribu hadir.",
			[]string{`PERSON "Masinton Pasaribu"@55 doc:masinton-pasaribu`}},
		{"an ordinary word goes on with the body's name: no holder",
			"Ketua Pansus Hak Angket datang.",
			nil},
		{"a directorate general's short name, then a place",
			"Dirjen Hubla, Gunung Sahari.",
			[]string{`LOCATION "Gunung Sahari"@14 doc:gunung-sahari`}},
		{"a party's election body, then its acronym and the holder set off",
			"Ketua Bapilu PSI, Sumardi, hadir.",
			[]string{`ORGANIZATION "PSI"@13 org:psi`, `PERSON "Sumardi"@18 doc:sumardi`}},
		{"a decree's number after the office is no holder",
			"Keputusan Gubernur Jawa Barat Nomor:561/Kep.1065/2017 terbit.",
			[]string{`LOCATION "Jawa Barat"@19 loc:jawa-barat`}},
		{"a letter's number is neither a holder nor a weapon",
			"Surat Menteri Keuangan Nomor S-217/KU.02/2017 diteken.",
			nil},
		{"a visa's class is no weapon; a family member is",
			"Ia memperoleh visa R-1, lalu Rusia mengirim S-400.",
			[]string{`COUNTRY "Rusia"@29 RU`, `WEAPON "S-400"@44 wpn:s-400`}},
		{"kota in ibu kota heads no place: the country",
			"Pasukan mendekati Ibu Kota Suriah, Damaskus, kemarin.",
			[]string{`COUNTRY "Suriah"@27 SY`, `LOCATION "Damaskus"@35 loc:damaskus`}},
		{"a market before a country is its economy; a market's own name stays a place",
			"Ekspor ke Pasar Amerika Serikat naik, pedagang Pasar Senen senang.",
			[]string{`COUNTRY "Amerika Serikat"@16 US`, `LOCATION "Pasar Senen"@47 doc:pasar-senen`}},
		{"one English word is no place the typer may guess (the institution \"of\" a place is a body: TestOtherOutletNames)",
			"Ia meneliti di University of Alabama sejak 2010.",
			[]string{`ORGANIZATION "University of Alabama"@15 doc:university-of-alabama`}},
		{"nor the English word after a known place",
			"Warga mengungsi dari Rakhine State, Myanmar.",
			[]string{`LOCATION "Rakhine"@21 loc:rakhine`, `COUNTRY "Myanmar"@36 MM`}},
		{"a regency the gazetteer knows with its head keeps its English-looking short name",
			"Pabrik itu dibangun di Bone tahun lalu.",
			[]string{`LOCATION "Bone"@23 doc:bone`}},
		{"a weapon's one-word name inside another capitalised name is that name's word (weaponInName)",
			"Kata Bethany Bradley di kampus. Bradley Smith finis kedua. Mereka menang atas Patriot FC.",
			[]string{`PERSON "Bethany Bradley"@5 doc:bethany-bradley`, `PERSON "Bradley Smith"@32 doc:bradley-smith`, `ORGANIZATION "Patriot FC"@78 doc:patriot-fc`}},
		{"a weapon's name after a common noun, or opening the sentence after its cue, stays",
			"AS meluncurkan rudal Tomahawk. Rudal Tomahawk jatuh. AS mengirim tank Bradley ke Ukraina.",
			[]string{`COUNTRY "AS"@0 US`, `WEAPON "Tomahawk"@21 wpn:tomahawk`, `WEAPON "Tomahawk"@37 wpn:tomahawk`, `COUNTRY "AS"@53 US`, `WEAPON "Bradley"@70 wpn:bradley`, `COUNTRY "Ukraina"@81 UA`}},
	}
	runIDCases(t, x, cases)
}
