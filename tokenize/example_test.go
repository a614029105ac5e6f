package tokenize_test

import (
	"fmt"

	"github.com/entitas-id/entitas/tokenize"
)

// Tokenize a short news text: numbers with Indonesian separators, an abbreviation that
// keeps its period, a hyphenated name, a dateline as its own sentence, quotation marks told apart by position, and the
// candidate clitic on "katanya".
func ExampleTokenize() {
	text := "JAKARTA – Dr. Lim Soo-suk menyebut biaya Rp1.000.000. “Itu mahal,” katanya."
	d := tokenize.Tokenize(text)
	for _, s := range d.Sentences {
		fmt.Printf("sentence [%d:%d]\n", s.Start, s.End)
		for _, t := range d.SentenceTokens(s) {
			fmt.Printf("  %-11s %-13q [%d:%d]", t.Kind, t.Text(d.Text), t.Start, t.End)
			if t.Suffix > 0 {
				fmt.Printf(" stem %q", t.Stem(d.Text))
			}
			fmt.Println()
		}
	}
	// Output:
	// sentence [0:11]
	//   word        "JAKARTA"     [0:7]
	//   punct       "–"           [8:11]
	// sentence [12:55]
	//   word        "Dr."         [12:15]
	//   word        "Lim"         [16:19]
	//   word        "Soo-suk"     [20:27]
	//   word        "menyebut"    [28:36]
	//   word        "biaya"       [37:42]
	//   number      "Rp1.000.000" [43:54]
	//   punct       "."           [54:55]
	// sentence [56:81]
	//   open_quote  "“"           [56:59]
	//   word        "Itu"         [59:62]
	//   word        "mahal"       [63:68]
	//   punct       ","           [68:69]
	//   close_quote "”"           [69:72]
	//   word        "katanya"     [73:80] stem "kata"
	//   punct       "."           [80:81]
}
