// Command gen trains the entity package's name typer and writes its weights as Go source.
//
// It reads CoNLL files (one token a line, the token first and its BIO tag last: B-PER,
// I-ORG, B-LOC, O; a blank line between sentences), makes each sentence a document of its
// tokens joined by single spaces, runs the default extractor over it with a typer.Tracer
// that records every candidate name the extractor would give the typer, and labels each
// candidate with the gold span over the same bytes (NONE when there is none; a gold span
// that only adds lowercase words to the candidate, "kawasan Senayan" for "Senayan", gives
// its type, since leaving those words out is our convention). Gold spans the extractor
// neither proposed nor found otherwise are added as candidates of their own ("missed").
// Then it trains averaged perceptrons (typer.Train) and writes the table.
//
// Usage, from entity/internal/typer (as go generate runs it; paths are relative to it):
//
//	go run ./gen [-train FILE]... [-source TEXT] [-out weights.go] [-epochs N] [-mincount N] [-seed N]
//	go run ./gen [-train FILE]... -eval FILE...   (report accuracy on FILE's candidates, write nothing)
//
// A file whose name ends in .marked.txt is read as the project's gold markup instead
// (../shared/ANNOTATION.md: ⟦TYPE|surface⟧ inline), one document a line; a folder is read as
// articles in that markup, each *.marked.txt file in it one document with its paragraphs
// (as testdata/articles holds them), so a newsroom can train on its own annotated articles.
//
// A -train FILE@N counts each of FILE's candidates N times (a whole number ≥ 1), to weigh a
// small source against a large one.
//
// Without -train it reads idner-news-2k train (../../../../shared/eval/idner-news-2k/train.txt),
// never its dev or test split, and gen/names.marked.txt, sentences written for the project
// so that cue words rare in idner-news-2k (klub, maskapai, "dikutip dari", City, Airlines)
// get weights.
package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/entitytest"
	"github.com/entitas-id/entitas/internal/conll"
	"github.com/entitas-id/entitas/tokenize"
)

// defaultTrain is idner-news-2k's training split, seen from entity/internal/typer.
const defaultTrain = "../../../../shared/eval/idner-news-2k/train.txt"

// ownTrain is the project's own training sentences, seen from entity/internal/typer.
const ownTrain = "gen/names.marked.txt"

// ownArticles is the project's gold articles, seen from entity/internal/typer (never
// testdata/heldout, which only measures). go generate does not train on them yet. With
// them (-train FILE@N weighing the other two N to 1 against their 9,100 candidates),
// idner-news-2k dev falls from 0.790 to 0.781, 0.784, 0.784, 0.783, 0.783 and 0.785 at N =
// 1, 2, 3, 6, 10 and 30 (the typer's own errors there are few: 4 of the entities it keeps
// are wrong); trained on half the articles, it types the other half better, F1 0.959 →
// 0.963 and 0.960 → 0.962 (N = 1; 0.962, 0.961 at N = 3), some 65 and 35 entities; and some
// 25 of the entity package's rule tests fail, their sentences typed otherwise: "dari
// Siregar ke Medan" a place, "Acanthostega" a place, "aplikasi Allo" a person, "Kinetiq
// Creators Asia" no longer one body (December 2026). Adopting them means going through
// those. Try it with
//
//	go run ./gen -train ../../../../shared/eval/idner-news-2k/train.txt@3 -train gen/names.marked.txt@3 -train ../../../testdata/articles -eval ../../../../shared/eval/idner-news-2k/dev.txt
const ownArticles = "../../../testdata/articles"

// defaultFiles are the sources go generate trains on.
var defaultFiles = []string{defaultTrain, ownTrain}

// defaultSource describes defaultFiles in the generated file's header.
const defaultSource = "idner-news-2k train split (train.txt, 1,464 sentences of Indonesian online news),\n" +
	"// MIT licence, Khairunnisa et al. 2020, github.com/khairunnisaor/idner-news-2k;\n" +
	"// and gen/names.marked.txt, sentences written for entitas (the project's own data)"

type files []string

// show is -show.
var show *bool

func (f *files) String() string     { return strings.Join(*f, ",") }
func (f *files) Set(s string) error { *f = append(*f, s); return nil }

func main() {
	var train files
	flag.Var(&train, "train", "a CoNLL `FILE` to train on (repeatable; default idner-news-2k train)")
	source := flag.String("source", "", "the training data's name and licence for the header (default: idner-news-2k's, or the file names)")
	out := flag.String("out", "weights.go", "the Go `FILE` to write")
	cfg := typer.DefaultTrainConfig
	flag.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "passes over the training candidates")
	flag.IntVar(&cfg.MinCount, "mincount", cfg.MinCount, "drop features seen in fewer candidates than this")
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed for the order of candidates in each pass")
	flag.IntVar(&cfg.Runs, "runs", cfg.Runs, "perceptrons to train, each on its own order of candidates, and average")
	var eval files
	show = flag.Bool("show", false, "with -eval, list the candidates the trained typer gets wrong")
	flag.Var(&eval, "eval", "a CoNLL `FILE` to report the trained typer's accuracy on, over the candidates the extractor proposes in it (repeatable)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "gen: unexpected arguments:", flag.Args())
		os.Exit(2)
	}
	if len(train) == 0 {
		train = defaultFiles
		if *source == "" {
			*source = defaultSource
		}
	}
	if *source == "" {
		var names []string
		for _, f := range train {
			names = append(names, filepath.Base(f))
		}
		*source = strings.Join(names, ", ") + " (licence not stated)"
	}
	table, st, err := TrainFiles(train, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if len(eval) > 0 {
		if err := report(table, eval); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	cmd := "go run ./gen"
	if len(os.Args) > 1 {
		cmd += " " + strings.Join(os.Args[1:], " ")
	}
	src, err := render(table, *source, cmd, time.Now().UTC().Format("2006-01-02"), st)
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gen: %s: %d sentences, %d candidates (%d missed gold spans added), %d features, sha256 %x\n",
		*out, st.Sentences, st.Examples, st.Missed, strings.Count(table, "\n"), sha256.Sum256([]byte(table)))
}

// report prints how the model in table types the candidates of the CoNLL files: a
// confusion table of gold label against prediction, with accuracy at several margins.
func report(table string, paths []string) error {
	m, err := typer.Parse(table)
	if err != nil {
		return err
	}
	var sents []sentence
	for _, p := range paths {
		s, err := readFile(p)
		if err != nil {
			return err
		}
		sents = append(sents, s...)
	}
	tr := &tracer{predict: m}
	collectWith(tr, sents)
	var conf [4][4]int
	rules := 0
	for _, r := range tr.results {
		conf[r.gold][r.pred.Class]++
		if r.guess == r.gold {
			rules++
		}
	}
	if *show {
		for _, r := range tr.results {
			if r.pred.Class != r.gold {
				fmt.Printf("%s→%s margin %d rule %s|%s: %s\n", r.gold, r.pred.Class, r.pred.Margin, r.rule, r.guess, strings.ReplaceAll(r.text, "\n", " "))
			}
		}
	}
	fmt.Printf("the rules' own guesses: accuracy %.3f\n", float64(rules)/float64(max(len(tr.results), 1)))
	fmt.Printf("%d candidates (gold spans the extractor missed are not counted)\ngold\\pred    NONE  PERSON     ORG     LOC\n", len(tr.results))
	for g := range conf {
		fmt.Printf("%-12s %5d %7d %7d %7d\n", typer.Class(g), conf[g][0], conf[g][1], conf[g][2], conf[g][3])
	}
	for _, t := range []int32{0, 100, 200, 400, 800} {
		right, kept := 0, 0
		for _, r := range tr.results {
			if r.pred.Margin >= t {
				kept++
				if r.pred.Class == r.gold {
					right++
				}
			}
		}
		fmt.Printf("margin >= %3d: %d kept, accuracy %.3f\n", t, kept, float64(right)/float64(max(kept, 1)))
	}
	return nil
}

// Stats counts what training saw.
type Stats struct {
	Sentences, Examples, Missed int
	ByLabel                     [4]int
}

// TrainFiles reads the CoNLL files, collects the labelled candidates and trains.
func TrainFiles(paths []string, cfg typer.TrainConfig) (string, Stats, error) {
	var sents []sentence
	for _, p := range paths {
		p, weight, err := splitWeight(p)
		if err != nil {
			return "", Stats{}, err
		}
		s, err := readFile(p)
		if err != nil {
			return "", Stats{}, err
		}
		for i := range s {
			s[i].weight = weight
		}
		sents = append(sents, s...)
	}
	if len(sents) == 0 {
		return "", Stats{}, errors.New("no sentences to train on")
	}
	ex, st := collect(sents)
	return typer.Train(ex, cfg), st, nil
}

// sentence is one CoNLL sentence as a document: its text and gold spans in bytes, and
// how many times each of its candidates counts in training (its file's @N).
type sentence struct {
	text   string
	gold   []goldSpan
	weight int
}

// splitWeight parses a -train argument, a path that may end in @N, a whole number ≥ 1 by
// which each of its candidates counts ("train.txt@4"): a small source weighed against a
// large one.
func splitWeight(arg string) (string, int, error) {
	i := strings.LastIndexByte(arg, '@')
	if i < 0 {
		return arg, 1, nil
	}
	n, err := strconv.Atoi(arg[i+1:])
	if err != nil || n < 1 {
		return "", 0, fmt.Errorf("%s: the weight after @ must be a whole number of 1 or more", arg)
	}
	return arg[:i], n, nil
}

type goldSpan struct {
	start, end int
	class      typer.Class
}

// readFile reads a CoNLL file (internal/conll, as the scorer reads it), or a .marked.txt
// file of gold markup (internal/marked), one document a line.
func readFile(path string) ([]sentence, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return readArticles(path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var sents []sentence
	if !strings.HasSuffix(path, ".marked.txt") {
		for _, cs := range conll.Parse(string(b)) {
			s := sentence{text: cs.Text()}
			offs := cs.Offsets()
			for _, sp := range conll.Sorted(conll.Spans(cs.Tags)) {
				if c, ok := typer.ParseClass(sp.Type); ok && c != typer.None {
					s.gold = append(s.gold, goldSpan{offs[sp.Start][0], offs[sp.End-1][1], c})
				}
			}
			sents = append(sents, s)
		}
		return sents, nil
	}
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		d, err := entitytest.Parse(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n+1, err)
		}
		sents = append(sents, markedSentence(d))
	}
	return sents, nil
}

// readArticles reads every *.marked.txt file in folder dir as one document of gold markup,
// its paragraphs kept (testdata/articles/README.md).
func readArticles(dir string) ([]sentence, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.marked.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no *.marked.txt files", dir)
	}
	var sents []sentence
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := entitytest.Parse(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		sents = append(sents, markedSentence(d))
	}
	return sents, nil
}

// markedSentence returns the document of gold markup d with its gold spans of the
// typer's classes (markedTypes), optional ones left out.
func markedSentence(d *entitytest.Article) sentence {
	s := sentence{text: d.Text}
	for _, e := range d.Entities {
		if c, ok := markedTypes[e.Type]; ok && !e.Optional {
			s.gold = append(s.gold, goldSpan{e.Start, e.End, c})
		}
	}
	return s
}

// markedTypes gives the class of each entity type of the gold markup; others (WEAPON) are
// no class of the typer's.
var markedTypes = map[string]typer.Class{"PERSON": typer.Person, "LEADER": typer.Person,
	"ORGANIZATION": typer.Organization, "LOCATION": typer.Location, "COUNTRY": typer.Location}

// collect runs the extractor over every sentence and labels the candidates it proposes.
func collect(sents []sentence) ([]typer.Example, Stats) {
	tr := &tracer{}
	st := collectWith(tr, sents)
	return tr.ex, st
}

func collectWith(tr *tracer, sents []sentence) Stats {
	typer.Trace = tr
	defer func() { typer.Trace = nil }()
	x := entity.Default()
	st := Stats{Sentences: len(sents)}
	for _, s := range sents {
		tr.start(s)
		d := x.Extract(s.text)
		tr.ex = append(tr.ex, tr.cands...)
		for _, m := range tr.missed {
			if !found(d, m.span) {
				tr.ex = append(tr.ex, m.ex)
				st.Missed++
			}
		}
	}
	for _, e := range tr.ex {
		st.ByLabel[e.Label]++
	}
	st.Examples = len(tr.ex)
	return st
}

// found reports whether the extractor's output holds the gold span g with its type.
func found(d *entity.Document, g goldSpan) bool {
	for _, e := range d.Entities {
		if e.Start == g.start && e.End == g.end {
			switch e.Type {
			case entity.Person, entity.Leader:
				return g.class == typer.Person
			case entity.Organization:
				return g.class == typer.Organization
			case entity.Location, entity.Country:
				return g.class == typer.Location
			}
		}
	}
	return false
}

// tracer records the candidates of one sentence at a time.
type tracer struct {
	s      sentence
	toks   []tokenize.Token // the extractor's tokens, for byte offsets
	used   []bool           // gold spans some candidate matched
	cands  []typer.Example
	missed []missedSpan
	ex     []typer.Example
	// predict, when set, is asked about each candidate, and results gets its answers
	predict *typer.Model
	results []result
}

type result struct {
	gold, guess typer.Class
	pred        typer.Prediction
	rule, text  string // the proposing rule, and the span with two words each side
}

type missedSpan struct {
	span goldSpan
	ex   typer.Example
}

func (tr *tracer) start(s sentence) {
	tr.s, tr.toks = s, tokenize.Tokenize(s.text).Tokens
	tr.used = make([]bool, len(s.gold))
	tr.cands, tr.missed = tr.cands[:0], tr.missed[:0]
}

// Candidate labels c by the gold span over the same bytes. A gold span that only adds
// lowercase words to it ("prefektur Aksu", "kawasan Senayan") gives its type too: leaving
// such words out of a span is our convention (ANNOTATION.md), not a mistake of typing.
func (tr *tracer) Candidate(t typer.Tokens, c typer.Candidate) {
	if c.First < 0 || c.Last > len(tr.toks) || c.First >= c.Last {
		return
	}
	start, end := int(tr.toks[c.First].Start), int(tr.toks[c.Last-1].End)
	label := typer.None
	for k, g := range tr.s.gold {
		if g.start == start && g.end == end {
			label = g.class
			tr.used[k] = true
			break
		}
		if g.start <= start && end <= g.end && onlyLowercase(tr.s.text[g.start:start]) &&
			onlyLowercase(tr.s.text[end:g.end]) {
			label = g.class
			tr.used[k] = true
		}
	}
	tr.cands = append(tr.cands, typer.Example{Features: typer.FeatureNames(t, c), Label: label, Weight: tr.s.weight})
	if tr.predict != nil {
		lo, hi := max(c.First-2, 0), min(c.Last+2, len(tr.toks))
		text := tr.s.text[tr.toks[lo].Start:start] + "[" + tr.s.text[start:end] + "]" + tr.s.text[end:tr.toks[hi-1].End]
		tr.results = append(tr.results, result{label, c.Guess, tr.predict.Predict(t, c), c.Rule, text})
	}
}

// Done makes candidates of the gold spans no candidate matched, when they fall on token
// boundaries; collect keeps those the extractor did not find by other means.
func (tr *tracer) Done(t typer.Tokens) {
	for k, g := range tr.s.gold {
		if tr.used[k] {
			continue
		}
		first, last := -1, -1
		for i, tok := range tr.toks {
			if int(tok.Start) == g.start {
				first = i
			}
			if int(tok.End) == g.end {
				last = i + 1
			}
		}
		if first < 0 || last <= first {
			continue
		}
		c := typer.Candidate{First: first, Last: last, Rule: "missed", Guess: typer.None}
		tr.missed = append(tr.missed, missedSpan{g, typer.Example{Features: typer.FeatureNames(t, c), Label: g.class, Weight: tr.s.weight}})
	}
}

// onlyLowercase reports whether s holds only spaces and words without capitals.
func onlyLowercase(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r == '(' || r == ')' {
			return false
		}
	}
	return true
}

// render writes the Go source of the weights file.
func render(table, source, cmd, date string, st Stats) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by %q; DO NOT EDIT.\n\n", cmd)
	fmt.Fprintf(&b, "// The name typer's weights (see doc.go), trained on\n// %s.\n", source)
	fmt.Fprintf(&b, "//\n// Command: go generate ./entity/internal/typer, which runs %s in entity/internal/typer.\n", cmd)
	fmt.Fprintf(&b, "// Date: %s. %d sentences, %d candidates (NONE %d, PERSON %d, ORGANIZATION %d, LOCATION %d;\n",
		date, st.Sentences, st.Examples, st.ByLabel[0], st.ByLabel[1], st.ByLabel[2], st.ByLabel[3])
	fmt.Fprintf(&b, "// %d of them gold spans the extractor missed), %d features.\n\n", st.Missed, strings.Count(table, "\n"))
	b.WriteString("package typer\n\n")
	b.WriteString("// weightsTable holds one feature a line: its name, a tab, and its weights for NONE,\n")
	b.WriteString("// PERSON, ORGANIZATION and LOCATION.\n")
	b.WriteString("const weightsTable = `" + table + "`\n")
	return format.Source(b.Bytes())
}
