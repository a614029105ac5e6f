package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

func ExampleGazetteer_Match() {
	text := "Presiden Rusia Vladimir Putin menerima Menlu Korut di Moskow, kata DK PBB."
	d := tokenize.Tokenize(text)
	for _, m := range gazetteer.Default().Match(d) {
		e := m.Entries[0]
		fmt.Printf("%d-%d %s %s %s\n", m.Start, m.End, text[m.Start:m.End], e.Type, e.ID)
	}
	// Output:
	// 9-14 Rusia COUNTRY RU
	// 15-29 Vladimir Putin LEADER per:vladimir-putin
	// 45-50 Korut COUNTRY KP
	// 54-60 Moskow LOCATION loc:moskow
	// 67-73 DK PBB ORGANIZATION org:dk-pbb
}

func ExampleGazetteer_With() {
	user := `# my additions
# source: our newsroom's style book
# as-of: 2026-11-01
PERSON	per:siti-rahma	Siti Rahma	Rahma	country=ID;role=pengamat
COUNTRY	KR		Negeri Ginseng	
`
	entries, err := gazetteer.Parse(strings.NewReader(user), "my.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	g, err := gazetteer.Default().With(entries)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Lookup("Negeri Ginseng")[0].Name)
	fmt.Println(g.ByID("per:siti-rahma").Role)
	// Output:
	// Korea Selatan
	// pengamat
}

func ExampleParse() {
	_, err := gazetteer.Parse(strings.NewReader("PERSON\tper:x\tX\n"), "bad.tsv")
	fmt.Println(err)
	// Output:
	// bad.tsv:1: gazetteer: syntax error: 3 tab-separated fields, want 5 (TYPE ID NAME ALIASES ATTRIBUTES)
}
