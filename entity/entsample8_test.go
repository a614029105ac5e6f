package entity

import "testing"

// TestEntitySampleRules holds the rules that the hand-judged entity sample of IndoSum's
// output (docs/entity-samples, seed 1) asked for: the tail of an English name cut at its
// "of" or "for", a ship's name after "kapal", titles quoted one after another, and a
// disease's English name before its acronym are no entities.
func TestEntitySampleRules(t *testing.T) {
	x := Default()
	cases := []ruleCase{ // TYPE "text"@start id
		{"a work's title cut at its for: the tail is nobody",
			"Lagu Songs for Rainy Mornings dirilis ulang.",
			nil},
		{"a work's title cut at its of",
			"Film The Strange Story of Margaret Holt tayang pekan ini.",
			nil},
		{"an office's of names its body: the title's holder stays",
			"Kata Vice President of Marketing Sentosa Digital Rudi Hartanto.",
			[]string{`ORGANIZATION "Marketing Sentosa Digital"@23 doc:marketing-sentosa-digital`, `PERSON "Rudi Hartanto"@49 doc:rudi-hartanto`}},
		{"a ship's name after kapal and its kind",
			"Jet tempur mendarat di kapal induk George Washington di Laut Jepang.",
			[]string{`LOCATION "Laut Jepang"@56 loc:laut-jepang`}},
		{"a ship's name right after kapal; a flag's country after kapal stays",
			"Petugas menahan kapal Sinar Bahari Jaya dan dua kapal Vietnam.",
			[]string{`COUNTRY "Vietnam"@54 VN`}},
		{"titles quoted one after another name works",
			"Acara lain adalah ' Malam Minggu Ceria ', ' Dunia Dalam Berita ', dan ' Kabar Petang Sore '.",
			nil},
		{"a disease's English name before its acronym is no body, nor its acronym",
			"Dokter menyebut Chronic Fatigue Syndrome (CFS) sering luput. CFS sulit didiagnosis.",
			nil},
	}
	runIDCases(t, x, cases)
}

// TestEnglishBodyNames checks englishBodyNames: a body's English name that "of" or "for"
// cut in two is one body, with the place after "of"; a person's name or a known body after
// it stays its own (a person's name the typer read together with the field is left as it
// was: a known defect, rare in IndoSum).
func TestEnglishBodyNames(t *testing.T) {
	x := Default()
	cases := []ruleCase{ // TYPE "text"@start id
		{"a centre for its field",
			"Ia meneliti di Leiden Centre for Maritime Affairs, Belanda.",
			[]string{`ORGANIZATION "Leiden Centre for Maritime Affairs"@15 doc:leiden-centre-for-maritime-affairs`, `COUNTRY "Belanda"@51 NL`}},
		{"a journal of its field, its words joined by and",
			"Studi itu terbit di Asian Journal of Tropical Medicine and Hygiene bulan lalu.",
			[]string{`ORGANIZATION "Asian Journal of Tropical Medicine and Hygiene"@20 doc:asian-journal-of-tropical-medicine-and-hygiene`}},
		{"an observatory of a country takes the country",
			"Data dari National Seismic Observatory of Chile menunjukkan hal itu.",
			[]string{`ORGANIZATION "National Seismic Observatory of Chile"@10 doc:national-seismic-observatory-of-chile`}},
		{"a person's name after the field, set off by a comma, stays the person's",
			"Kata peneliti Pacific Institute for Ocean Studies, Maria Gonzales.",
			[]string{`ORGANIZATION "Pacific Institute for Ocean Studies"@14 doc:pacific-institute-for-ocean-studies`, `PERSON "Maria Gonzales"@51 doc:maria-gonzales`}},
		{"a person's name the typer read with the field, no comma between, is left as it was",
			"Kata peneliti Pacific Institute for Ocean Studies Maria Gonzales.",
			[]string{`ORGANIZATION "Pacific Institute"@14 doc:pacific-institute`, `PERSON "Ocean Studies Maria Gonzales"@36 doc:ocean-studies-maria-gonzales`}},
	}
	runIDCases(t, x, cases)
}
