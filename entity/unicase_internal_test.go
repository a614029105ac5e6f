package entity

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/internal/newscorpus"
)

// ent is an entity as the unicase table tests spell it out.
type ent struct {
	typ        Type
	text       string
	start, end int
}

func entsOf(d *Document) []ent {
	var out []ent
	for _, e := range d.Entities {
		out = append(out, ent{e.Type, e.Text, e.Start, e.End})
	}
	return out
}

func TestUnicaseTable(t *testing.T) {
	for _, tc := range []struct {
		text    string
		unicase bool
		want    []ent
	}{
		// gazetteer names caselessly, a title and a name, the ALL-CAPS mirror (where "AS"
		// between two countries is the United States)
		{"presiden jokowi bertemu presiden rusia vladimir putin di moskow.", true, []ent{
			{Leader, "jokowi", 9, 15}, {Country, "rusia", 33, 38}, {Leader, "vladimir putin", 39, 53},
			{Location, "moskow", 57, 63}}},
		{"KOREA UTARA DAN AS MENGECAM DK PBB ATAS UJI COBA RUDAL ITU.", true, []ent{
			{Country, "KOREA UTARA", 0, 11}, {Country, "AS", 16, 18}, {Organization, "DK PBB", 28, 34}}},
		// "as" is the United States only where a country's context says so
		{"presiden as tiba. kartu as hilang. as dan china bersaing.", true, []ent{
			{Country, "as", 9, 11}, {Country, "as", 35, 37}, {Country, "china", 42, 47}}},
		// single words that are ordinary words or two-letter acronyms are not names
		{"harga batu bara naik, kata bank itu. mentari pagi bersinar as roda patah.", true, nil},
		// a speech cue and an unknown name after it; a rank and a name
		{"“kami siap,” kata budi hartono. pak sutrisno wibowo datang kemarin.", true, []ent{
			{Person, "budi hartono", 22, 34}, {Person, "sutrisno wibowo", 40, 55}}},
		// an acronym of three letters that is no word, from the gazetteer
		{"penyidik kpk memeriksa saksi di jakarta kemarin pagi.", true, []ent{
			{Organization, "kpk", 9, 12}, {Location, "jakarta", 32, 39}}},
		// a dateline: the place, then the outlet
		{"muara tebing, kumpalannews – banjir merendam jalan.", true, []ent{
			{Location, "muara tebing", 0, 12}, {Organization, "kumpalannews", 14, 26}}},
		// a given name that is an ordinary word opens a name, and is the person again
		// where a speech cue puts it; not after an ordinary word it may qualify
		{"analis sekuritas, citra wulandari siahaan, menilai saham itu murah. “kami optimistis,” kata citra.", true, []ent{
			{Person, "citra wulandari siahaan", 18, 41}, {Person, "citra", 96, 101}}},
		{"warga bernama andi pratama kurang menyukai rencana itu. suara indah arina terdengar.", true, []ent{
			{Person, "andi pratama", 14, 26}}},
		// an ordinary word ends a name of two words before a verb of saying or a comma
		// that closes it, and is the person again after a cue; not a word of degree
		{"camat sukamaju, hendra putra yakin, mengatakan jalan rusak. “segera kami perbaiki,” kata yakin.", true, []ent{
			{Location, "sukamaju", 6, 14}, {Person, "hendra putra yakin", 16, 34}, {Person, "yakin", 93, 98}}},
		{"bupati sukamaju hendra wiguna harum mengatakan jalan rusak.", true, []ent{
			{Location, "sukamaju", 7, 15}, {Leader, "hendra wiguna harum", 16, 35}}},
		// a title and its role before a body's name and its holder's are capitalised as
		// cased news writes them, so that the body ends before the holder
		{"direktur konsumer bank arunika yohanes parlindungan saragih mengatakan rasio kredit naik.", true, []ent{
			{Organization, "bank arunika", 18, 30}, {Person, "yohanes parlindungan saragih", 31, 59}}},
		{"direktur bank arunika mengatakan rasio kredit naik.", true, []ent{
			{Organization, "bank arunika", 9, 21}}},
		// a lone first name of the lists is a person's name, but not before a word that may
		// be more of it, nor after a place's word
		{"pada laporan terakhir, rizal memiliki harta senilai rp114 miliar.", true, []ent{
			{Person, "rizal", 23, 28}}},
		{"tendangan itu ditepis rizal bravo dengan mudah. ia tinggal di jalan thamrin – rizal.", true, []ent{
			{Location, "jalan thamrin", 62, 75}}},
		// a cased text stays cased, and its ALL-CAPS headline is read caselessly
		{"KOREA UTARA KEMBALI MENGUJI RUDAL\n\nSeoul – Korea Utara meluncurkan rudal.", false, []ent{
			{Country, "KOREA UTARA", 0, 11}, {Location, "Seoul", 35, 40}, {Country, "Korea Utara", 45, 56}}},
	} {
		d := Default().Extract(tc.text)
		checkInvariants(t, tc.text, d)
		assert.Equal(t, tc.unicase, d.Unicase, tc.text)
		assert.Equal(t, tc.want, entsOf(d), tc.text)
	}
}

func TestWithCase(t *testing.T) {
	lower := "presiden jokowi bertemu presiden rusia vladimir putin di moskow."
	sens, err := New(WithCase(CaseSensitive))
	require.NoError(t, err)
	d := sens.Extract(lower)
	assert.False(t, d.Unicase)
	assert.Empty(t, d.Entities, "CaseSensitive reads capitals only")

	// CaseInsensitive reads cased text caselessly: "Bank" at a sentence start is no name
	cased := "Bank itu tutup. Presiden Rusia Vladimir Putin tiba di Moskow."
	ins := Default().WithCase(CaseInsensitive)
	d = ins.Extract(cased)
	assert.True(t, d.Unicase)
	assert.Equal(t, []ent{{Country, "Rusia", 25, 30}, {Leader, "Vladimir Putin", 31, 45}, {Location, "Moskow", 54, 60}},
		entsOf(d))
	assert.Equal(t, entsOf(Default().Extract(cased)), entsOf(Default().WithCase(CaseAuto).Extract(cased)))

	// the names of the modes, as the command line reads them
	for _, c := range []Case{CaseAuto, CaseSensitive, CaseInsensitive} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back Case
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	var c Case
	assert.Error(t, c.UnmarshalText([]byte("upper")))
	_, err = New(WithCase(Case(9)))
	assert.Error(t, err)
	assert.Equal(t, "Case(9)", Case(9).String())
}

// TestUnicaseWordLists checks the generated word lists: they parse, and they keep the
// issue's examples of ordinary words out of names.
func TestUnicaseWordLists(t *testing.T) {
	cw, ew := corpusWords(), englishWords()
	assert.Greater(t, cw.len(), 10000)
	assert.Greater(t, ew.len(), 10000)
	for _, w := range []string{"batu", "yang", "mengatakan", "sehari-hari"} {
		assert.True(t, cw.has(w) || loadedLexicons().common[w], w)
	}
	for _, w := range []string{"jokowi", "jakarta", "rusia", "prabowo"} {
		assert.False(t, cw.has(w) || ew.has(w), w)
	}
}

func FuzzUnicase(f *testing.F) {
	for _, s := range []string{
		"", "kata", "“ya,” katanya.", "KATANYA", "presiden rusia vladimir putin (vp) dan dk pbb (",
		"KOREA UTARA DAN AS\n\nSeoul", "pak", "kata presiden", "alias", ", jelas", "\xff\xfe kpk",
	} {
		f.Add(s)
	}
	x := Default().WithCase(CaseInsensitive)
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s, x.Extract(s))
		checkInvariants(t, s, Default().Extract(s))
	})
}

// TestIndoSumUnicase runs the extractor over every IndoSum article lowercased and
// uppercased: no panic, valid offsets, and each read as unicase.
func TestIndoSumUnicase(t *testing.T) {
	texts, err := newscorpus.IndoSum()
	if err != nil {
		t.Skip("../shared not present:", err)
	}
	if testing.Short() {
		texts = texts[:200]
	}
	x := Default()
	for _, s := range texts {
		for _, v := range []string{strings.ToLower(s), strings.ToUpper(s)} {
			d := x.Extract(v)
			checkInvariants(t, v, d)
			if !d.Unicase {
				t.Errorf("not read as unicase: %.60q", v)
			}
		}
	}
}
