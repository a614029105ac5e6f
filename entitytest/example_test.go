package entitytest_test

import (
	"fmt"
	"log"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/entitytest"
)

// A test of your own against your own article: testdata/banjir.marked.txt is a short
// news text with what it should yield marked inline. In a test, fail when a figure drops
// below the floor you hold it to, and print the Diff.
func Example() {
	rep, err := entitytest.Score(entity.Default(), "testdata/*.marked.txt")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(rep)
	if f1 := rep.Strict.F1(); f1 < 0.9 { // in a test: t.Errorf
		fmt.Printf("entity F1 %.3f is below 0.9; what went wrong:\n%s", f1, rep.Diff())
	}
	// Output:
	// entities  P 0.800  R 0.800  F1 0.800  (strict: exact type and span)
	// lenient   F1 1.000  (LEADER and PERSON as one type)
	// quotes    2/2 found: recall 1.000  precision 1.000
	// speakers  2/2 right: 1.000  (2 by whole name)
	// bad offsets 0
	//   LEADER       found   0/0    spurious   2  P 0.000  R 0.000  F1 0.000
	//   LOCATION     found   4/4    spurious   0  P 1.000  R 1.000  F1 1.000
	//   ORGANIZATION found   4/4    spurious   0  P 1.000  R 1.000  F1 1.000
	//   PERSON       found   0/2    spurious   0  P 0.000  R 0.000  F1 0.000
	// entity F1 0.800 is below 0.9; what went wrong:
	//   MISS banjir.marked.txt PERSON "Budi Santoso"
	//   MISS banjir.marked.txt PERSON "Budi"
	//   FP   banjir.marked.txt LEADER "Budi Santoso"
	//   FP   banjir.marked.txt LEADER "Budi"
}

// Parse reads markup from a string, so that a test can hold its article inline.
func ExampleParse() {
	a, err := entitytest.Parse("⟦LOCATION|JAKARTA⟧ – ⟪Retno Marsudi|“Kami siap,”⟫ kata Menteri Luar Negeri ⟦LEADER|Retno Marsudi⟧.")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Text)
	for _, e := range a.Entities {
		fmt.Printf("%s %q [%d:%d]\n", e.Type, e.Text, e.Start, e.End)
	}
	for _, q := range a.Quotes {
		fmt.Printf("quote [%d:%d] by %s\n", q.Start, q.End, q.Speaker)
	}
	var rep entitytest.Report
	rep.Add(a, entity.Default().Extract(a.Text))
	fmt.Printf("F1 %.3f, speakers %d/%d\n", rep.Strict.F1(), rep.SpeakersRight, rep.QuotesGold)
	// Output:
	// JAKARTA – “Kami siap,” kata Menteri Luar Negeri Retno Marsudi.
	// LOCATION "JAKARTA" [0:7]
	// LEADER "Retno Marsudi" [54:67]
	// quote [12:28] by Retno Marsudi
	// F1 1.000, speakers 1/1
}
