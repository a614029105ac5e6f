package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/entitas-id/entitas/entity/internal/typer"
)

// TestNameTyper checks the names the typer decides, with their byte offsets. None of these
// names is in the typer's training data or the gazetteer; their words and context decide.
func TestNameTyper(t *testing.T) {
	runCases(t, Default(), []ruleCase{
		{"a company after perusahaan", "Saham perusahaan Disney turun 3 persen.",
			[]string{`ORGANIZATION "Disney"@17`}},
		{"a place and City are one club", "Pemain Manchester City itu cedera.",
			[]string{`ORGANIZATION "Manchester City"@7`}},
		{"a club after klub", "Klub Leicester City menang.", []string{`ORGANIZATION "Leicester City"@5`}},
		{"a place and a name a club's letters end are one club, whatever the typer weighs", "Pemain Liverpool Athletic FC dan Lampang FC cedera.",
			[]string{`ORGANIZATION "Liverpool Athletic FC"@7`, `ORGANIZATION "Lampang FC"@33`}},
		{"a studio by its last word", "Film itu dibuat oleh Pixar Animation Studio.",
			[]string{`ORGANIZATION "Pixar Animation Studio"@21`}},
		{"a person stays a person", "Kata Rizky Pratama, harga naik.", []string{`PERSON "Rizky Pratama"@5`}},
		{"a place before a person is not a club", "Pemain asal Bandung Rizky Ridho dipanggil ke timnas.",
			[]string{`LOCATION "Bandung"@12`, `PERSON "Rizky Ridho"@20`}},
		{"a person without a cue", "Rumah Yohanes Sitorus terbakar pada Minggu.", []string{`PERSON "Yohanes Sitorus"@6`}},
		{"multibyte text before", "“Kami siap,” ujar Dimas Saputra.", []string{`PERSON "Dimas Saputra"@22`}},
		{"a title in English words is no person's", "Album itu memuat lagu Swish Swish dan Too Good. Harga Crude Palm Oil naik.",
			nil},
		{"one English word with no cue is no person's, a Balinese birth-order name is",
			"Ponsel ini menjalankan sistem operasi Android 7.1 Nougat dan menampilkan layar lebar. Ia bertemu Made di Denpasar.",
			[]string{`PERSON "Made"@97`, `LOCATION "Denpasar"@105`}},
		{"a name whose words are ordinary ones after a noun for a person's trade, and its later mention",
			"Acara itu menghadirkan penyanyi dangdut koplo Mentari Kasih. Mentari, yang tertahan di ruang tunggu, menyebut suasana kacau.",
			[]string{`PERSON "Mentari Kasih"@46`, `PERSON "Mentari"@61`}},
		{"after a preposition of place, such a name is no person's (a café's: a business, see businessNames)", "Kamu bisa berkunjung ke Mood Coffee yang terletak di Jalan Bulungan.",
			[]string{`ORGANIZATION "Mood Coffee"@24`, `LOCATION "Jalan Bulungan"@53`}},
		{"nor one in words news writes in small letters", "Layanan berlangganan Fresh Pass tetap berjalan. Bank menaikkan Lending Facility.",
			nil},
		{"but a person after a noun for a trade, or with a surname that is no English word, or a first name that is an ordinary word, is",
			"Aktris Ruby Rose hadir. Kamar Novel Baswedan digeledah. Mantan istri Lucky Hakim hadir.",
			[]string{`PERSON "Ruby Rose"@7`, `PERSON "Novel Baswedan"@30`, `PERSON "Lucky Hakim"@69`}},
	})
}

// TestNameTyperSource checks that a typed name says the typer and the proposing rule made
// it, and that a name the rules decide without the typer says only the rule.
func TestNameTyperSource(t *testing.T) {
	d := Default().Extract("Rumah Yohanes Sitorus terbakar pada Minggu.")
	if assert.Len(t, d.Entities, 1) {
		assert.Equal(t, "model:name-typer+rule:context-name", d.Entities[0].Source)
	}
	d = Default().Extract("Pemain tim Harbury Rovers FC cedera. Pemain tim Liverpool Athletic FC itu cedera.") // made-up clubs (after "tim": "klub" decides by rule)
	if assert.Len(t, d.Entities, 2) {
		assert.Equal(t, "rule:context-org", d.Entities[0].Source) // (a club by its "FC": no typer needed)
		// a place and a name that a club's letters end: one club, the place's country its own
		assert.Equal(t, "Liverpool Athletic FC", d.Entities[1].Text)
		assert.Equal(t, "rule:place-name", d.Entities[1].Source)
		assert.Equal(t, "GB", d.Entities[1].Country)
	}
}

// TestTyperTables checks that every rule classify gives has a name among the typer's
// features, and that a kept name renders as the typer's decision over a rule.
func TestTyperTables(t *testing.T) {
	for _, r := range []rule{ruleContextPlace, ruleContextSpeech, ruleContextAcronym, ruleContextName, ruleDropLoneWord, ruleDropNotName} {
		assert.NotEqual(t, "other", typerRuleName(r), r.String())
	}
	s := &state{}
	for _, r := range []rule{ruleContextPlace, ruleContextName, rulePlaceName} {
		assert.Equal(t, "model:name-typer+"+r.String(), s.render(&span{source: source{rule: r, model: true}}))
	}
	for c := typer.Person; c <= typer.Location; c++ {
		assert.Equal(t, c, classOf(typeOf[c]))
	}
}

func TestReduplicated(t *testing.T) {
	for w, want := range map[string]bool{"Cucu-cucu": true, "TPS-TPS": true, "Anak-anak": true, "Song-Song": true,
		"Jokowi-JK": false, "Kim Jong-un": false, "Hwasong-19": false, "Lim-": false, "-": false, "Soo-suk": false} {
		if got := reduplicated(w); got != want {
			t.Errorf("reduplicated(%q) = %v, want %v", w, got, want)
		}
	}
}
