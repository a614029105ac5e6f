package entity

import "testing"

func TestClubSides(t *testing.T) {
	x := Default()
	cases := []ruleCase{ // TYPE "text"@start id
		{"a city two clubs share after klub is a club of the document's own",
			"Pemain klub Madrid itu mencetak dua gol.",
			[]string{`ORGANIZATION "Madrid"@12 doc:madrid`}},
		{"klub needs no cue; tim needs one (bertanding)",
			"Klub Bandung dan tim Surabaya bertanding di Stadion Gelora Bandung Lautan Api.",
			[]string{`ORGANIZATION "Bandung"@5 doc:bandung`, `ORGANIZATION "Surabaya"@21 doc:surabaya`, `LOCATION "Stadion Gelora Bandung Lautan Api"@44 loc:stadion-gbla`}},
		{"tim in a paragraph on sport (musim)",
			"Ia resmi bergabung dengan tim Madrid pada musim ini.",
			[]string{`ORGANIZATION "Madrid"@30 doc:madrid`}},
		{"the one club named after the city that the document names",
			"Persib Bandung menang. Pelatih kesebelasan Bandung memuji pemainnya.",
			[]string{`ORGANIZATION "Persib Bandung"@0 org:persib-bandung`, `ORGANIZATION "Bandung"@43 org:persib-bandung`}},
		{"tim without a word of sport is no club",
			"Tim Surabaya bertemu pejabat tim Bandung membahas anggaran kota.",
			[]string{`LOCATION "Surabaya"@4 loc:surabaya`, `LOCATION "Bandung"@33 loc:bandung`}},
		{"melawan outside sport is no match",
			"Rakyat melawan Makassar dan Surabaya dalam perang itu.",
			[]string{`LOCATION "Makassar"@15 loc:makassar`, `LOCATION "Surabaya"@28 loc:surabaya`}},
		{"a country, and a region no club is named after, say where a club is from",
			"Ia pernah bermain di klub Thailand dan klub Jawa Timur.",
			[]string{`COUNTRY "Thailand"@26 TH`, `LOCATION "Jawa Timur"@44 loc:jawa-timur`}},
		{"a club's name after a comma: the city is where it is from",
			"Ia didatangkan dari klub Madrid, Rayo Vallecano, pada musim lalu.",
			[]string{`LOCATION "Madrid"@25 loc:madrid`, `ORGANIZATION "Rayo Vallecano"@33 org:rayo-vallecano`}},
		{"ditahan and bertandang ke markas, with a score",
			"Madura United ditahan Bali 1-1. Setelah itu mereka bertandang ke markas Madura.",
			[]string{`ORGANIZATION "Madura United"@0 org:madura-united`, `ORGANIZATION "Bali"@22 doc:bali`, `ORGANIZATION "Madura"@72 org:madura-united`}},
		{"a city after a result's word, its score and a preposition is the other side",
			"Persija takluk 0-3 dari Bandung. Harga naik 2-3 dari Jakarta.",
			[]string{`ORGANIZATION "Persija"@0 org:persija-jakarta`, `ORGANIZATION "Bandung"@24 doc:bandung`, `LOCATION "Jakarta"@53 loc:jakarta`}},
	}
	runIDCases(t, x, cases)
}
