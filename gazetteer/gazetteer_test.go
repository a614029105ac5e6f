package gazetteer

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/tokenize"
)

// TestEmbeddedData validates every data file: headers, parsing, references, and no alias
// that two entries of the same type share.
func TestEmbeddedData(t *testing.T) {
	for _, name := range DataFiles() {
		b, err := dataFS.ReadFile("data/" + name)
		require.NoError(t, err)
		head := string(b[:min(len(b), 800)])
		assert.Contains(t, head, "# source:", "%s: header must name its source", name)
		assert.Contains(t, head, "# as-of:", "%s: header must give its as-of date", name)
		assert.True(t, strings.HasSuffix(string(b), "\n"), "%s: must end with a newline", name)
	}
	sets, err := embeddedSets()
	require.NoError(t, err)
	g, err := New(sets...)
	require.NoError(t, err)

	// the same surface form must not name two entries of one type
	type owner struct {
		id, src string
	}
	seen := map[string]owner{}
	var conflicts []string
	for _, e := range g.Entries() {
		for _, f := range e.Forms() {
			k := e.Type.String() + "\t" + keySeq(f)
			if o, ok := seen[k]; ok && o.id != e.ID {
				conflicts = append(conflicts, f+": "+o.id+" ("+o.src+") and "+e.ID+" ("+strings.Join(e.Source, ", ")+")")
			}
			seen[k] = owner{e.ID, strings.Join(e.Source, ", ")}
		}
		if e.Type == Country {
			assert.Len(t, e.ID, 2, e.Source[0])
		}
		if e.Country != "" {
			assert.NotNil(t, g.ByID(e.Country), "%s: country %s is not a known country", e.Source[0], e.Country)
		}
	}
	sort.Strings(conflicts)
	assert.Empty(t, conflicts, "conflicting aliases")
}

func keySeq(s string) string {
	var ks []string
	for _, tk := range tokenize.Tokenize(s).Tokens {
		ks = append(ks, key(tk.Text(s)))
	}
	return strings.Join(ks, " ")
}

func TestDefaultCounts(t *testing.T) {
	c := Default().Counts()
	for _, typ := range Types() {
		t.Logf("%-12s %5d", typ, c[typ])
	}
	assert.Equal(t, 250, c[Country], "every ISO 3166-1 country, and Kosovo")
	assert.GreaterOrEqual(t, c[Location], 500)
	assert.GreaterOrEqual(t, c[Organization], 400)
	assert.GreaterOrEqual(t, c[Leader]+c[Person], 250)
	assert.GreaterOrEqual(t, c[Weapon], 30)
	// the breadth of issue 14: companies, clubs, media, universities, state bodies; people
	// who fill the news; known names of no entity type
	t.Logf("%-12s %5d", Other, c[Other])
	assert.GreaterOrEqual(t, c[Organization], 5000)
	assert.GreaterOrEqual(t, c[Leader]+c[Person], 2000)
	assert.GreaterOrEqual(t, c[Other], 1000)
}

// TestOther checks the type of known names of no entity type: it is parsed and matched like
// the others and is not among the entity types; events and old month names are OTHER, and
// clubs, outlets, companies and universities are organizations.
func TestOther(t *testing.T) {
	typ, err := ParseType("OTHER")
	require.NoError(t, err)
	assert.Equal(t, Other, typ)
	assert.NotContains(t, Types(), Other)
	es, err := Parse(strings.NewReader("OTHER\toth:piala-dunia\tPiala Dunia\tWorld Cup\t\n"), "user.tsv")
	require.NoError(t, err)
	g, err := Default().With(es)
	require.NoError(t, err)
	assert.Equal(t, []hit{{"Piala Dunia", 16, "oth:piala-dunia"}}, hits(g, "Timnas lolos ke Piala Dunia."))

	d := Default()
	for _, text := range []string{"Liga Champions", "Premier League", "Piala AFF", "SEA Games", "Olimpiade", "AS Terbuka", "US$", "Pebruari", "Nopember"} {
		ms := d.Match(tokenize.Tokenize(text))
		if assert.Len(t, ms, 1, text) {
			assert.Equal(t, Other, ms[0].Entries[0].Type, text)
		}
	}
	for _, text := range []string{"Manchester City", "Man City", "Persib", "detikcom", "Kompas.com", "Reuters", "Toyota Motor Corporation", "Universitas Andalas", "BBRI"} {
		ms := d.Match(tokenize.Tokenize(text))
		if assert.Len(t, ms, 1, text) {
			assert.Equal(t, Organization, ms[0].Entries[0].Type, text)
		}
	}
}

type hit struct {
	Text  string
	Start int
	ID    string
}

func hits(g *Gazetteer, text string) []hit {
	d := tokenize.Tokenize(text)
	var out []hit
	for _, m := range g.Match(d) {
		out = append(out, hit{text[m.Start:m.End], m.Start, m.Entries[0].ID})
	}
	return out
}

func TestMatch(t *testing.T) {
	g, err := New([]Entry{
		{ID: "KR", Type: Country, Name: "Korea Selatan", Aliases: []string{"Korsel", "ROK"}},
		{ID: "US", Type: Country, Name: "Amerika Serikat", Aliases: []string{"AS"}},
		{ID: "RU", Type: Country, Name: "Rusia"},
		{ID: "TR", Type: Country, Name: "Turki", Aliases: []string{"Türkiye"}},
		{ID: "org:pbb", Type: Organization, Name: "Perserikatan Bangsa-Bangsa", Aliases: []string{"PBB"}},
		{ID: "org:dk-pbb", Type: Organization, Name: "Dewan Keamanan PBB", Aliases: []string{"DK PBB"}, Parent: "org:pbb"},
		{ID: "org:kemlu", Type: Organization, Name: "Kementerian Luar Negeri"},
		{ID: "loc:jakarta", Type: Location, Name: "Jakarta", Country: "ID"},
		{ID: "ID", Type: Country, Name: "Indonesia"},
		{ID: "org:kumparan", Type: Organization, Name: "kumparan"},
		{ID: "per:recep-tayyip-erdogan", Type: Leader, Name: "Recep Tayyip Erdoğan", Aliases: []string{"Erdoğan"}},
		{ID: "wpn:wmd", Type: Weapon, Name: "senjata pemusnah massal", Aliases: []string{"WMD"}},
	})
	require.NoError(t, err)
	tests := []struct {
		name, in string
		want     []hit
	}{
		{"longest wins", "Dewan Keamanan PBB (DK PBB) dan PBB", []hit{{"Dewan Keamanan PBB", 0, "org:dk-pbb"}, {"DK PBB", 20, "org:dk-pbb"}, {"PBB", 32, "org:pbb"}}},
		{"acronym case", "AS dan as serta As", []hit{{"AS", 0, "US"}}},
		{"dateline caps", "JAKARTA – Korea Selatan", []hit{{"JAKARTA", 0, "loc:jakarta"}, {"Korea Selatan", 12, "KR"}}},
		{"lowercase not a name", "jakarta rusia", nil},
		{"lowercase inner words", "Kementerian luar negeri Seoul", []hit{{"Kementerian luar negeri", 0, "org:kemlu"}}},
		{"clitic", "Rusianya dan Korselnya", []hit{{"Rusia", 0, "RU"}, {"Korsel", 13, "KR"}}},
		{"lowercase brand as written", "kata kumparan", []hit{{"kumparan", 5, "org:kumparan"}}},
		{"diacritics folded in keys only", "Recep Tayyip Erdogan dan Turkiye", []hit{{"Recep Tayyip Erdogan", 0, "per:recep-tayyip-erdogan"}, {"Turkiye", 25, "TR"}}},
		{"multibyte offsets", "“Erdoğan” di Türkiye", []hit{{"Erdoğan", 3, "per:recep-tayyip-erdogan"}, {"Türkiye", 18, "TR"}}},
		{"lowercase weapon class", "ancaman WMD (senjata pemusnah massal)", []hit{{"WMD", 8, "wpn:wmd"}, {"senjata pemusnah massal", 13, "wpn:wmd"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, hits(g, tt.in))
		})
	}
}

func TestMatchAmbiguous(t *testing.T) {
	g, err := New([]Entry{
		{ID: "GE", Type: Country, Name: "Georgia"},
		{ID: "loc:georgia-as", Type: Location, Name: "Georgia", Country: "US"},
	})
	require.NoError(t, err)
	ms := g.Match(tokenize.Tokenize("di Georgia"))
	require.Len(t, ms, 1)
	require.Len(t, ms[0].Entries, 2)
	assert.Equal(t, "GE", ms[0].Entries[0].ID)
	assert.Equal(t, "loc:georgia-as", ms[0].Entries[1].ID)
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
		msg      string
	}{
		{"fields", "ORGANIZATION\torg:x\tX\n", ErrSyntax, "user.tsv:1: gazetteer: syntax error: 3 tab-separated fields"},
		{"type", "# c\nTHING\tx:y\tX\t\t\n", ErrType, "user.tsv:2: gazetteer: unknown type \"THING\""},
		{"empty name", "PERSON\tper:x\t\t\t\n", ErrSyntax, "user.tsv:1: gazetteer: syntax error: empty name"},
		{"duplicate id", "PERSON\tper:x\tX\t\t\nPERSON\tper:x\tY\t\t\n", ErrDuplicate, "user.tsv:2: gazetteer: duplicate id \"per:x\" (first on line 1)"},
		{"bad attribute", "PERSON\tper:x\tX\t\tcountry=Indonesia\n", ErrSyntax, "user.tsv:1: gazetteer: syntax error: country \"Indonesia\""},
		{"unknown attribute", "PERSON\tper:x\tX\t\tcolour=red\n", ErrSyntax, "unknown attribute \"colour\""},
		{"spaces", "PERSON\tper:x\t X\t\t\n", ErrSyntax, "leading or trailing space"},
		{"bad id", "PERSON\tPer X\tX\t\t\n", ErrSyntax, "id \"Per X\""},
		{"invalid utf8", "PERSON\tper:x\tX\xff\t\t\n", ErrSyntax, "invalid UTF-8"},
		{"line too long", "# c\nPERSON\tper:x\t" + strings.Repeat("x", MaxLine) + "\t\t\n", ErrSyntax,
			"user.tsv:2: gazetteer: syntax error: line longer than 1048576 bytes"},
		{"after a long line", "PERSON\tper:x\t" + strings.Repeat("x", 3*MaxLine) + "\t\t\nPERSON\tper:y\t\t\t\n", ErrSyntax,
			"user.tsv:2: gazetteer: syntax error: empty name"},
		{"bom not at start", "PERSON\tper:x\tX\t\t\n\uFEFFPERSON\tper:y\tY\t\t\n", ErrType, "user.tsv:2: gazetteer: unknown type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := Parse(strings.NewReader(tt.in), "user.tsv")
			require.Error(t, err)
			assert.Nil(t, es, "nothing half-loaded")
			assert.ErrorIs(t, err, tt.want)
			var pe *Error
			assert.True(t, errors.As(err, &pe))
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestParseBOMAndLongLines(t *testing.T) {
	es, err := Parse(strings.NewReader("\uFEFFPERSON\tper:x\tX\t\t\r\nPERSON\tper:y\tY\t\t"), "user.tsv")
	require.NoError(t, err, "a byte order mark at the start is skipped")
	require.Len(t, es, 2)
	assert.Equal(t, "per:x", es[0].ID)
	assert.Equal(t, []string{"user.tsv:2"}, es[1].Source)

	long := "PERSON\tper:x\t" + strings.Repeat("x", 2*MaxLine) + "\t\t\n"
	_, err = Parse(strings.NewReader(long+"PERSON\tper:y\tY\t\t\n"+long+"BAD\tper:z\tZ\t\t\n"), "user.tsv")
	require.Error(t, err)
	msg := err.Error()
	assert.Contains(t, msg, "user.tsv:1: gazetteer: syntax error: line longer than")
	assert.Contains(t, msg, "user.tsv:3: gazetteer: syntax error: line longer than")
	assert.Contains(t, msg, "user.tsv:4: gazetteer: unknown type", "lines after a long one are still checked")
	assert.Less(t, len(msg), 1000, "the long line is not quoted")

	exact := "PERSON\tper:x\t" + strings.Repeat("x", MaxLine-len("PERSON\tper:x\t\t\t")) + "\t\t"
	require.Len(t, exact, MaxLine)
	es, err = Parse(strings.NewReader(exact), "user.tsv")
	require.NoError(t, err, "a line of MaxLine bytes is accepted")
	assert.Len(t, es, 1)
}

func TestWith(t *testing.T) {
	user := "# my entries\n# as-of: 2026-01-01\n" +
		"PERSON\tper:contoh-tester\tTester Contoh\tT. Contoh\tcountry=ID;role=pengamat\n" +
		"COUNTRY\tKR\t\tNegeri Ginseng\t\n"
	es, err := Parse(strings.NewReader(user), "user.tsv")
	require.NoError(t, err)
	base := Default()
	g, err := base.With(es)
	require.NoError(t, err)
	e := g.ByID("per:contoh-tester")
	require.NotNil(t, e)
	assert.Equal(t, "2026-01-01", e.AsOf)
	assert.Equal(t, "pengamat", e.Role)
	assert.Equal(t, []string{"user.tsv:3"}, e.Source)
	assert.Equal(t, "KR", g.Lookup("Negeri Ginseng")[0].ID)
	assert.Nil(t, base.ByID("per:contoh-tester"), "the default set is not changed")
	assert.Nil(t, base.Lookup("Negeri Ginseng"))

	_, err = base.With([]Entry{{ID: "KR", Type: Person, Name: "X", Source: []string{"u:1"}}})
	assert.ErrorIs(t, err, ErrDuplicate)
	_, err = base.With([]Entry{{ID: "org:x", Type: Organization, Name: "X", Parent: "org:nope", Source: []string{"u:1"}}})
	assert.ErrorIs(t, err, ErrReference)
	_, err = base.With([]Entry{{ID: "per:x", Type: Person, Source: []string{"u:1"}}})
	assert.ErrorIs(t, err, ErrReference)
}

func TestParseFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.tsv")
	require.NoError(t, os.WriteFile(p, []byte("WEAPON\twpn:x\tX-1\t\t\n"), 0o644))
	es, err := ParseFile(p)
	require.NoError(t, err)
	assert.Equal(t, []string{p + ":1"}, es[0].Source)
	_, err = ParseFile(filepath.Join(t.TempDir(), "missing.tsv"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// TestFormWords checks the tokenizer's shortcut for plain forms against the tokenizer, on
// every form of the embedded data and on forms the shortcut must leave to the tokenizer.
func TestFormWords(t *testing.T) {
	forms := []string{"Korea Selatan", "Liga 1", "U-17", "A380", "St. John's", "Kompas.com", "Erdoğan", "Manchester  City", " Spasi", "Spasi ", "Piala AFF 2024", "al-Assad", "US$", "Mañana"}
	for _, e := range Default().Entries() {
		forms = append(forms, e.Forms()...)
	}
	for _, f := range forms {
		assert.Equal(t, tokenWords(nil, f), formWords(nil, f), "%q", f)
	}
}
