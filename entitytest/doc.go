// Package entitytest tests an extractor against sample articles: news texts with the
// entities and quotes they should yield marked inline. It reads the markup, runs the
// extractor over the plain text and scores what came out, so that a test can fail when a
// change to the gazetteer, the rules or the options loses what an article needs:
//
//	func TestMyArticles(t *testing.T) {
//		rep, err := entitytest.Score(myExtractor, "testdata/*.marked.txt")
//		if err != nil {
//			t.Fatal(err)
//		}
//		if rep.Strict.F1() < 0.9 {
//			t.Errorf("entity F1 %.3f\n%s", rep.Strict.F1(), rep.Diff())
//		}
//	}
//
// # The markup
//
// An article in markup (by convention a file named *.marked.txt) is the article's text with
// brackets around what it should yield:
//
//	⟦TYPE|surface⟧            an entity: TYPE is COUNTRY, LOCATION, LEADER, PERSON,
//	                          ORGANIZATION or WEAPON, surface the text exactly as written
//	⟦?TYPE|surface⟧           an optional entity: a prediction overlapping it is neither
//	                          credited nor counted against the extractor
//	⟪Speaker Name|“quote”⟫    a quote, with its quotation marks, and the full name of whoever
//	                          said it; entities may stand inside it
//
// For example
//
//	⟦LOCATION|JAKARTA⟧ – ⟪Retno Marsudi|“Kami siap,”⟫ kata Menteri Luar Negeri ⟦LEADER|Retno Marsudi⟧.
//
// Removing the markup gives the plain text byte for byte, and all offsets refer to it: the
// characters ⟦ ⟧ ⟪ ⟫ (U+27E6, U+27E7, U+27EA, U+27EB) and the first "|" after an opening
// bracket belong to the markup, every other character to the text. Line ends "\r\n" and
// "\r" are read as "\n". What counts as an entity and where its span starts and ends
// (titles outside, flat outermost spans, an acronym and its long form as two entities) are
// the project's annotation conventions, which the extractor follows.
//
// # The scores
//
// Report counts as the project's scorer of marked articles (score_marked.py) counts:
//
//   - Entities of the six types are compared with the required gold entities as sets of
//     (type, start, end): strictly, or leniently with LEADER and PERSON taken as one type.
//     A prediction that is not in the gold and overlaps an optional entity is dropped.
//   - A gold quote is found by the first predicted quote, not yet used, that overlaps at
//     least half of the gold quote and half of itself.
//   - The speaker of a found quote is right when every word of the last word of the gold
//     name, split at hyphens and other characters that are not letters, digits or "_"
//     ("Soo-suk" gives soo and suk), is among the words of the predicted speaker's name and
//     text, ignoring case: "katanya" resolved to "Lim Soo-suk" is right for "Lim Soo-suk".
//     Report also counts speakers whose resolved name is the whole gold name.
//   - An offset is bad when an entity's Start and End are out of range, cut a character, or
//     do not give its Text.
//
// Summary gives the figures with the keys and the rounding (Round3) of the scorer's --json
// output.
package entitytest
