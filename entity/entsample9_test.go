package entity

import "testing"

// TestOfferedNames checks offeredAs: a name the document writes right after a noun for a
// thing offered to the public (an app, a product, a service, a game, a device) is that
// thing's or its maker's, no person's, wherever else the typer reads it as a person's (the
// commonest error of the typer in IndoSum's technology news; see docs/entity-samples).
func TestOfferedNames(t *testing.T) {
	x := Default()
	cases := []ruleCase{ // TYPE "text"@start id
		{"a game's name, after game and alone later",
			"Mereka merilis game Bentala di Bandung. Jadi, klik tautan Bentala dan mulai bermain. Ya, Bentala adalah permainan kecil.",
			[]string{`LOCATION "Bandung"@31 loc:bandung`}},
		{"a service's name of two words, after layanan and as the subject later",
			"Mereka meluncurkan layanan Kawalin Guard pekan lalu. Saat ini Kawalin Guard sudah diunduh 100 orang, dan sebagai langkah awal, Kawalin Guard menggandeng jasa keamanan.",
			nil},
		{"a brand named for its founder: the founder's first name alone stays hers",
			"Pendiri jenama itu, Sekar Ayu Larasati, meluncurkan produk Sekar Lawu di Solo. \"Kami bangga,\" kata Sekar.",
			[]string{`PERSON "Sekar Ayu Larasati"@20 doc:sekar-ayu-larasati`, `ORGANIZATION "Sekar Lawu"@59 doc:sekar-lawu`, `LOCATION "Solo"@73 loc:solo`, `PERSON "Sekar"@99 doc:sekar-ayu-larasati`}},
		{"a person the document names after no such noun stays the typer's",
			"Aplikasi itu dibuat Yohana Sitepu. Kini ia menyiapkan fitur baru. Saat ini Yohana Sitepu mengklaim 500 pengguna.",
			[]string{`PERSON "Yohana Sitepu"@20 doc:yohana-sitepu`, `PERSON "Yohana Sitepu"@75 doc:yohana-sitepu`}},
	}
	runIDCases(t, x, cases)
}
