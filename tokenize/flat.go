package tokenize

// minFlatSentences is the fewest sentences a text with no line break needs before
// markQuoteParagraphs puts paragraph breaks back into it: a short text is one paragraph.
const minFlatSentences = 4

// markQuoteParagraphs puts back, into a text of sentences with no line break between them,
// the paragraph breaks that news sets around quotes: before a sentence that opens with a
// quotation mark ("… kata Budi. “Kami akan …”") and after a sentence that holds a quote's
// closing mark ("“…,” kata Budi. Sementara itu, …"), marking the first token there as after
// a line break. It reports whether it marked any.
func markQuoteParagraphs(toks []Token, sents []Sentence) bool {
	if len(sents) < minFlatSentences {
		return false
	}
	marked := false
	closed := false // the sentence before held a closing mark
	for k, sen := range sents {
		if sen.First >= sen.Last {
			continue
		}
		if k > 0 && (closed || toks[sen.First].Kind == OpenQuote) {
			toks[sen.First].lineBreak = true
			marked = true
		}
		closed = false
		for i := sen.First; i < sen.Last; i++ {
			if toks[i].Kind == CloseQuote {
				closed = true
				break
			}
		}
	}
	return marked
}
