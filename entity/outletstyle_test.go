package entity

import "testing"

// TestOutletStyleRules holds the rules that articles 1116–1120 and 1131–1135, written in
// other outlets' styles (issue 14), led to: a body's origin country right before its name,
// a name with an English article named before its holder, a title held in a body named
// elsewhere, Arabic names with "bin", a ticker after "kode saham", a village's tourism
// group and youth organisation by their head words, a village designated for tourism, a
// song named after a place, outlets' sections and sites the gazetteer knows, and a body
// set off after "Agensinya,".
func TestOutletStyleRules(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a country right after a noun that introduces a body, no comma, is the body's origin",
			"Panitia mendatangkan band Jepang Kawaguchi Lanterns dan distributor China Lumora ke Malang.",
			[]string{`COUNTRY "Jepang"@26`, `ORGANIZATION "Kawaguchi Lanterns"@33`, `COUNTRY "China"@68`, `ORGANIZATION "Lumora"@74`, `LOCATION "Malang"@84`}},
		{"an English word after the country goes on the country's own name",
			"Kante meraih 92 suara dalam voting yang dilakukan majalah France Football.",
			[]string{`PERSON "Kante"@0`, `COUNTRY "France"@58`}},
		{"a name with an English article, named before, then its holder's name",
			"Band rock asal Inggris, The Hollow Tides, akan tampil. Dikutip dari NME, gitaris The Hollow Tides Callum Ashworth menyebut Jakarta.",
			[]string{`COUNTRY "Inggris"@15`, `ORGANIZATION "The Hollow Tides"@24`, `ORGANIZATION "NME"@68`, `ORGANIZATION "The Hollow Tides"@81`, `PERSON "Callum Ashworth"@98`, `LOCATION "Jakarta"@123`}},
		{"a title held in a body named from its context, its holder after a comma",
			"Band indie asal Makassar, Senandung Kota, akan tampil.\n\nVokalis Senandung Kota, Andi Muhammad Fikri, mengaku senang.",
			[]string{`LOCATION "Makassar"@16`, `ORGANIZATION "Senandung Kota"@26`, `ORGANIZATION "Senandung Kota"@64`, `PERSON "Andi Muhammad Fikri"@80`}},
		{"an Arabic name with its father's after bin is a person's",
			"Sisa saham diserap Gulf Harvest Capital yang dipimpin Khalid bin Saeed Al Mansoori.",
			[]string{`ORGANIZATION "Gulf Harvest Capital"@19`, `PERSON "Khalid bin Saeed Al Mansoori"@54`}},
		{"a ticker after kode saham is the company, and so are its later mentions",
			"Perseroan mencatatkan saham di BEI dengan kode saham SNJA, Senin (25/1/2027). Analis menilai valuasi SNJA mahal.",
			[]string{`ORGANIZATION "BEI"@31`, `ORGANIZATION "SNJA"@53`, `ORGANIZATION "SNJA"@101`}},
		{"a village's tourism group and youth organisation by their head words",
			"Warga bersama Pokdarwis Tirta Asri membuka homestay, dibantu pemuda Karang Taruna Bina Remaja.",
			[]string{`ORGANIZATION "Pokdarwis Tirta Asri"@14`, `ORGANIZATION "Karang Taruna Bina Remaja"@68`}},
		{"a place's name from its head word that is a whole quoted title is the work's title, not after di",
			"Band itu melejit lewat lagu \"Pantai Losari Jam Dua\". Mereka manggung di \"Pantai Losari\" semalam.",
			[]string{`LOCATION "Pantai Losari"@73`}},
		{"an outlet's section and a gaming site after dikutip dari",
			"Jakarta, kumparanOTO - Dikutip dari Dunia Games, Team Liquid ID menang.",
			[]string{`LOCATION "Jakarta"@0`, `ORGANIZATION "kumparanOTO"@9`, `ORGANIZATION "Dunia Games"@36`, `ORGANIZATION "Team Liquid ID"@49`}},
		{"a village designated for tourism is named by its own name after its designation",
			"Wisatawan memadati Desa Wisata Sumberwangi. Kepala Desa Sumberwangi menyebut Sumberwangi masuk 50 besar.",
			[]string{`LOCATION "Desa Wisata Sumberwangi"@19`, `LOCATION "Sumberwangi"@56`, `LOCATION "Sumberwangi"@77`}},
		{"a noun that introduces a body, with -nya and a comma, before the body's name; not after a preposition",
			"Agensinya, Blossom Actors, juga mengonfirmasi kabar itu. Di situsnya, Bulletin dideskripsikan sebagai aplikasi.",
			[]string{`ORGANIZATION "Blossom Actors"@11`}},
	})
}
