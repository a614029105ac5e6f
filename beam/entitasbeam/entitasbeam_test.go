package entitasbeam

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/jsonlines"
	"github.com/entitas-id/entitas/internal/newscorpus"
)

var runners = flag.String("runners", "direct,prism", "the Beam runners the tests use, comma-separated")

// TestMain initialises Beam, which a portable runner's worker (prism's, in this process)
// needs.
func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// pipelineRun is what one run of the pipeline wrote, and its counters.
type pipelineRun struct {
	docs, malformed                     []string // lines, sorted
	entities, speakers, speakerEntities []string // table lines, as written
	counters                            map[string]int64
}

// runPipeline runs the entitas-beam pipeline over glob with runner and reads its output.
func runPipeline(t *testing.T, runner, glob, format string, shards int) pipelineRun {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "out")
	p, s := beam.NewPipelineWithRoot()
	var records, malformed beam.PCollection
	if format == "text" {
		records, malformed = ReadTextFiles(s, glob)
	} else {
		records, malformed = ReadJSONLines(s, glob, "text")
	}
	docs := Extract(s, records)
	WriteShards(s, prefix, shards, JSON(s, docs))
	WriteSummary(s, prefix, Summarise(s, docs))
	WriteLines(s, prefix+"-malformed.txt", malformed)
	res, err := beam.Run(context.Background(), runner, p)
	if err != nil {
		t.Fatalf("%s: %v", runner, err)
	}
	var r pipelineRun
	for i := range shards {
		lines := readLines(t, ShardName(prefix, i, shards), true)
		r.docs = append(r.docs, lines...)
	}
	slices.Sort(r.docs)
	r.malformed = readLines(t, prefix+"-malformed.txt", false)
	r.entities = readLines(t, prefix+"-entities.jsonl", true)
	r.speakers = readLines(t, prefix+"-speakers.jsonl", true)
	r.speakerEntities = readLines(t, prefix+"-speaker-entities.jsonl", true)
	r.counters = map[string]int64{}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Namespace() == "entitas" {
				r.counters[c.Name()] += c.Result()
			}
		}
	}
	return r
}

func readLines(t *testing.T, name string, mustExist bool) []string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		if mustExist || !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return nil
	}
	if len(b) == 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// expected returns the lines the entitas command line writes for the records of a JSON
// Lines file (with -input jsonl -format jsonl): the library's extraction through the
// encoder the command line uses, which its tests hold to encoding/json over IndoSum.
func expected(t *testing.T, file string) []string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		rec, err := jsonlines.Decode([]byte(line), "text")
		if err != nil {
			continue
		}
		b := jsonlines.AppendDocument(nil, file, rec.ID, entity.Default().Extract(rec.Text))
		out = append(out, string(b[:len(b)-1]))
	}
	slices.Sort(out)
	return out
}

// cliDoc is a line of the command line's -format jsonl output.
type cliDoc struct {
	Entities []struct {
		Type, Text, ID, Name string
		Start, End           int
	}
	Quotes []struct {
		Start, End int
		Speaker    *struct{ Name, ID, Type string }
	}
}

// tablesFromCLI computes the summary tables from the command line's output lines,
// independently of Summarise, and returns them as Summarise's rows.
func tablesFromCLI(t *testing.T, lines []string) (ents []EntityCount, spks []SpeakerCount, pairs []SpeakerEntity) {
	t.Helper()
	em := map[[2]string]*EntityCount{}
	sm := map[string]*SpeakerCount{}
	pm := map[string]*SpeakerEntity{}
	longer := func(a, b string) string { return betterName(a, b) }
	for _, l := range lines {
		var d cliDoc
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		seenE := map[[2]string]bool{}
		for _, e := range d.Entities {
			k := [2]string{e.Type, e.ID}
			r := em[k]
			if r == nil {
				r = &EntityCount{ID: e.ID, Type: e.Type}
				em[k] = r
			}
			r.Mentions++
			r.Name = longer(r.Name, e.Name)
			if !seenE[k] {
				seenE[k] = true
				r.Documents++
			}
		}
		seenS := map[string]bool{}
		for _, q := range d.Quotes {
			sp := q.Speaker
			if sp == nil {
				continue
			}
			sk := "name:" + sp.Name
			if sp.ID != "" {
				sk = "id:" + sp.ID
			}
			r := sm[sk]
			if r == nil {
				r = &SpeakerCount{ID: sp.ID}
				sm[sk] = r
			}
			r.Quotes++
			r.Name = longer(r.Name, sp.Name)
			if r.Type == "" || sp.Type != "" && sp.Type < r.Type {
				r.Type = sp.Type
			}
			if !seenS[sk] {
				seenS[sk] = true
				r.Documents++
			}
			inQuote := map[string]bool{}
			for _, e := range d.Entities {
				pk := sk + "|" + e.Type + "|" + e.ID
				if e.Start < q.Start || e.End > q.End || inQuote[pk] {
					continue
				}
				inQuote[pk] = true
				p := pm[pk]
				if p == nil {
					p = &SpeakerEntity{SpeakerID: sp.ID, EntityID: e.ID, EntityType: e.Type}
					pm[pk] = p
				}
				p.Quotes++
				p.SpeakerName = longer(p.SpeakerName, sp.Name)
				p.EntityName = longer(p.EntityName, e.Name)
			}
		}
	}
	for _, r := range em {
		ents = append(ents, *r)
	}
	for _, r := range sm {
		spks = append(spks, *r)
	}
	for _, r := range pm {
		pairs = append(pairs, *r)
	}
	return ents, spks, pairs
}

// sortedJSON encodes rows as the tables' lines, sorted.
func sortedJSON[T any](t *testing.T, rows []T) []string {
	var out []string
	for _, r := range rows {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.TrimSuffix(b.String(), "\n"))
	}
	slices.Sort(out)
	return out
}

func sorted(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }

// checkRun compares a pipeline run with the command line's output for the same input.
func checkRun(t *testing.T, r pipelineRun, want []string) {
	t.Helper()
	if len(r.docs) != len(want) {
		t.Fatalf("%d documents, the command line writes %d", len(r.docs), len(want))
	}
	for i := range want {
		if r.docs[i] != want[i] {
			t.Fatalf("record %d differs:\ngot  %.300s\nwant %.300s", i, r.docs[i], want[i])
		}
	}
	ents, spks, pairs := tablesFromCLI(t, want)
	for _, tc := range []struct {
		name      string
		got, want []string
	}{
		{"entities", sorted(r.entities), sortedJSON(t, ents)},
		{"speakers", sorted(r.speakers), sortedJSON(t, spks)},
		{"speaker-entities", sorted(r.speakerEntities), sortedJSON(t, pairs)},
	} {
		if !slices.Equal(tc.got, tc.want) {
			for i := range min(len(tc.got), len(tc.want)) {
				if tc.got[i] != tc.want[i] {
					t.Errorf("%s: first difference at %d:\ngot  %s\nwant %s", tc.name, i, tc.got[i], tc.want[i])
					break
				}
			}
			t.Errorf("%s table: %d rows, want %d; first rows\ngot  %v\nwant %v", tc.name, len(tc.got), len(tc.want), head(tc.got), head(tc.want))
		}
	}
	if len(ents) == 0 || len(spks) == 0 || len(pairs) == 0 {
		t.Errorf("empty tables: %d %d %d", len(ents), len(spks), len(pairs))
	}
	if n := r.counters["documents"]; n != int64(len(want)) {
		t.Errorf("documents counter %d, want %d", n, len(want))
	}
}

func head(s []string) []string { return s[:min(len(s), 3)] }

// testCorpus writes the test articles as a JSON Lines file with some lines that are not
// records, and returns its path and how many of those there are.
func testCorpus(t *testing.T) (string, int) {
	texts, err := newscorpus.Testdata()
	if err != nil {
		t.Skip(err)
	}
	var b strings.Builder
	for i, text := range texts {
		line, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("art-%d", i), "text": text})
		b.Write(line)
		b.WriteString("\n")
		if i == 2 {
			b.WriteString(`{"id": "bad", "text": ` + "\n") // malformed
			b.WriteString("\n   \n")                       // blank: skipped
			b.WriteString(`{"id": 7, "body": "x"}` + "\r\n")
			b.WriteString(`{"id": 8, "text": null}` + "\n")
			b.WriteString("{\"text\": \"\xff\"}\n")
			b.WriteString(`{"text": "Presiden Joko Widodo tiba di Surabaya."}` + "\r\n") // no id, CRLF
		}
	}
	p := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p, 4
}

func TestPipelineLikeCLI(t *testing.T) {
	corpus, bad := testCorpus(t)
	want := expected(t, corpus)
	for _, runner := range strings.Split(*runners, ",") {
		t.Run(runner, func(t *testing.T) {
			r := runPipeline(t, runner, corpus, "jsonl", 3)
			t.Logf("%s: counters %v", runner, r.counters)
			checkRun(t, r, want)
			if len(r.malformed) != bad {
				t.Fatalf("malformed lines %q, want %d", r.malformed, bad)
			}
			for i, want := range []string{":4: malformed JSON", `:7: no "text" field`, `:8: field "text" is null, not a string`, ":9: not valid UTF-8"} {
				if !strings.HasPrefix(r.malformed[i], corpus+want) {
					t.Errorf("malformed line %q, want %s%s…", r.malformed[i], corpus, want)
				}
			}
			if n := r.counters["malformed"]; n != int64(bad) {
				t.Errorf("malformed counter %d, want %d", n, bad)
			}
		})
	}
}

func TestPipelineTextFiles(t *testing.T) {
	texts, err := newscorpus.Testdata()
	if err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	var want []string
	for i, text := range texts {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		b := jsonlines.AppendDocument(nil, p, nil, entity.Default().Extract(text))
		want = append(want, string(b[:len(b)-1]))
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("Warga \xff Jakarta"), 0o644)
	slices.Sort(want)
	r := runPipeline(t, strings.Split(*runners, ",")[0], filepath.Join(dir, "*.txt"), "text", 2)
	checkRun(t, r, want)
	if len(r.malformed) != 1 || !strings.Contains(r.malformed[0], "bad.txt: not valid UTF-8") {
		t.Errorf("malformed %q", r.malformed)
	}
}

func TestPipelineIndoSum(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	corpus, ok := newscorpus.SharedPath("corpus/indosum/articles.jsonl")
	if !ok {
		t.Skip("no ../shared")
	}
	want := expected(t, corpus)
	for _, runner := range strings.Split(*runners, ",") {
		t.Run(runner, func(t *testing.T) {
			r := runPipeline(t, runner, corpus, "jsonl", 4)
			checkRun(t, r, want)
			if len(r.malformed) != 0 {
				t.Errorf("malformed: %q", head(r.malformed))
			}
		})
	}
}

func TestBetterName(t *testing.T) {
	for _, tc := range [][3]string{{"", "A", "A"}, {"Putin", "Vladimir Putin", "Vladimir Putin"}, {"Abc", "Abb", "Abb"}, {"Abb", "Abc", "Abb"}} {
		if got := betterName(tc[0], tc[1]); got != tc[2] {
			t.Errorf("betterName(%q, %q) = %q", tc[0], tc[1], got)
		}
	}
}

func TestPipelineGazetteer(t *testing.T) {
	if _, err := WithGazetteer("bad.tsv", "PERSON\tper:a\tA\n"); err == nil || !strings.Contains(err.Error(), "bad.tsv:1:") {
		t.Errorf("bad gazetteer: %v", err)
	}
	opt, err := WithGazetteer("mine.tsv", "# test\nPERSON\tper:budi-santoso-x\tBudi Santosoputra\t\trole=Kepala Desa\n")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c.jsonl")
	os.WriteFile(corpus, []byte(`{"id": "a", "text": "Kemarin Budi Santosoputra datang ke Jakarta."}`+"\n"), 0o644)
	p, s := beam.NewPipelineWithRoot()
	records, _ := ReadJSONLines(s, corpus, "text")
	WriteShards(s, filepath.Join(dir, "out"), 1, JSON(s, Extract(s, records, opt)))
	if _, err := beam.Run(context.Background(), strings.Split(*runners, ",")[0], p); err != nil {
		t.Fatal(err)
	}
	got := readLines(t, ShardName(filepath.Join(dir, "out"), 0, 1), true)
	if len(got) != 1 || !strings.Contains(got[0], `"id":"per:budi-santoso-x"`) || !strings.Contains(got[0], `"source":"gazetteer:mine.tsv:2"`) {
		t.Errorf("the user's entry is not used: %s", got)
	}
}
