package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/entitytest"
	"github.com/entitas-id/entitas/internal/conll"
)

const evalUsage = `usage: entitas eval [-json] [-show] [-limit N] [-gazetteer FILE] GOLD...

Scores the extractor against gold files and prints precision, recall and F1. The figures
are those of the Python scorers in ../shared/tools (conll_eval.py, score_marked.py), with
the same arithmetic and rounding to three decimals.

A GOLD file is either
  CoNLL      (any name but *.marked.txt) token [POS] TAG a line, a blank line between sentences, tags B-/I-PER, ORG,
             LOC (or our types); each sentence is scored as a document of its tokens joined
             by single spaces; LEADER and PERSON count as PER, COUNTRY and LOCATION as LOC,
             ORGANIZATION as ORG; an entity counts when its tokens match exactly. Reports
             per-type P/R/F1, micro and macro F1.
  marked     an article in our inline markup (*.marked.txt, or any file holding ⟦ or ⟪):
             ⟦TYPE|surface⟧, optional ⟦?TYPE|surface⟧, quotes ⟪Speaker|“…”⟫. Reports entity
             P/R/F1 (strict) and lenient F1 (LEADER = PERSON), quote recall and precision,
             speaker accuracy, bad offsets and P/R/F1 by type (see package entitytest).
Several files of one kind are scored together.

Flags:
  -json          print one JSON object {"conll": {...}, "marked": {...}} with the scorers' keys
                 e.g. entitas eval -json ../shared/seed/seed-article.marked.txt
  -show          list each miss (MISS), false positive (FP), missed quote (QMISS) and wrong
                 speaker (QATTR) before the figures
                 e.g. entitas eval -show testdata/articles/*.marked.txt
  -limit N       score only the first N sentences of each CoNLL file (0: all)
                 e.g. entitas eval -limit 200 ../shared/eval/idner-news-2k/dev.txt
  -gazetteer FILE  add your own gazetteer entries, as for extraction (repeatable)
                 e.g. entitas eval -gazetteer my-names.tsv gold.conll

Exit status: 0 when scored, 1 when a gold file cannot be read or parsed, 2 for a usage error.
`

// runEval is the eval subcommand.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("entitas eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	show := fs.Bool("show", false, "list misses and false positives")
	limit := fs.Int("limit", 0, "score only the first N sentences of each CoNLL file")
	var gaz listFlag
	fs.Var(&gaz, "gazetteer", "a gazetteer file of your own entries (repeatable)")
	fs.Usage = func() { fmt.Fprint(stderr, evalUsage) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 || *limit < 0 {
		fmt.Fprint(stderr, evalUsage)
		return 2
	}
	x, err := newExtractor(nil, gaz)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "entitas: %s\n", line)
		}
		return 2
	}

	// Read and parse every gold file first: figures over part of the gold would mislead.
	type conllFile struct {
		path  string
		sents []conll.Sentence
	}
	var conlls []conllFile
	var articles []*entitytest.Article
	failed := false
	for _, path := range fs.Args() {
		text, err := readGold(path)
		if err != nil {
			fmt.Fprintf(stderr, "entitas: eval: %v\n", err)
			failed = true
			continue
		}
		switch goldKind(path, text) {
		case "marked":
			a, err := entitytest.Parse(text)
			if err != nil {
				fmt.Fprintf(stderr, "entitas: eval: %s: %v\n", path, err)
				failed = true
				continue
			}
			a.Name = path
			articles = append(articles, a)
		case "conll":
			conlls = append(conlls, conllFile{path, conll.Parse(text)})
		default:
			fmt.Fprintf(stderr, "entitas: eval: %s: neither CoNLL columns (TOKEN ... TAG) nor ⟦TYPE|…⟧ markup\n", path)
			failed = true
		}
	}
	if failed {
		return 1
	}

	var showW io.Writer
	if *show {
		showW = stdout
	}
	var result struct {
		CoNLL  *conll.Report       `json:"conll,omitempty"`
		Marked *entitytest.Summary `json:"marked,omitempty"`
	}
	var ce conllEval
	for _, f := range conlls {
		ce.score(f.path, f.sents, *limit, func(text string) []entity.Entity { return x.Extract(text).Entities }, showW)
	}
	var marked entitytest.Report
	for _, a := range articles {
		marked.Add(a, x.Extract(a.Text))
	}
	if showW != nil {
		fmt.Fprint(showW, marked.Diff())
	}
	if len(conlls) > 0 {
		rep := ce.tally.Report(ce.sentences)
		result.CoNLL = &rep
	}
	if len(articles) > 0 {
		sum := marked.Summary()
		result.Marked = &sum
	}
	if *asJSON {
		b, err := json.Marshal(result)
		if err != nil {
			fmt.Fprintf(stderr, "entitas: eval: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", b)
		return 0
	}
	if result.CoNLL != nil {
		printConll(stdout, result.CoNLL, ce.files)
	}
	if len(articles) > 0 {
		names := make([]string, len(articles))
		for i, a := range articles {
			names[i] = a.Name
		}
		fmt.Fprintf(stdout, "marked %s\n", fileList(names, "article", "articles"))
		for _, line := range strings.SplitAfter(strings.TrimSuffix(marked.String(), "\n"), "\n") {
			fmt.Fprintf(stdout, "  %s", line)
		}
		fmt.Fprintln(stdout)
	}
	return 0
}

// readGold reads a gold file, which must be valid UTF-8, as the Python scorers do.
func readGold(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", pathError(path, err)
	}
	if i := invalidUTF8(string(b)); i >= 0 {
		return "", fmt.Errorf("%s: not valid UTF-8 (byte %d)", path, i)
	}
	return string(b), nil
}

// goldKind tells a gold file's kind: "marked" for *.marked.txt or text holding the markup's
// brackets, "conll" when the first line that is not blank has two or more columns and ends
// in a tag (O, B-…, I-…), "" otherwise.
func goldKind(path, text string) string {
	if strings.HasSuffix(path, ".marked.txt") || strings.ContainsAny(text, "⟦⟪") {
		return "marked"
	}
	for _, line := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' }) {
		f := conll.Fields(line)
		if len(f) == 0 {
			continue
		}
		if tag := f[len(f)-1]; len(f) >= 2 && (tag == "O" || len(tag) > 2 && tag[1] == '-') {
			return "conll"
		}
		break
	}
	return ""
}

// fileList names the files scored: themselves when there are a few, else their number.
func fileList(files []string, one, many string) string {
	if len(files) <= 3 {
		return strings.Join(files, ", ")
	}
	return plural(len(files), one, many)
}
