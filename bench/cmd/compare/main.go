// Command compare measures entitas against github.com/jdkato/prose/v3 on the
// same machine in one run: throughput on the IndoSum corpus (one core and all
// cores), peak memory, and accuracy on idner-news-2k test, printed as one
// markdown table with the ratio entitas/prose.
//
// Each tool runs in its own child process (this program re-executed with
// -only), so that one tool's peak memory does not count against the other's.
//
// Usage, from the bench module:
//
//	go run ./cmd/compare [-limit 300] [-json]
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/entitas-id/entitas/internal/conll"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	corpus, eval string
	limit        int // prose documents
	entitasLimit int // entitas documents, 0 for all
	minTime      time.Duration
	json         bool
	only         string
}

// order is the order tools run and print in.
var order = []string{"entitas", "prose"}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.corpus, "corpus", "", "IndoSum JSONL corpus (default ../shared/corpus/indosum/articles.jsonl from the repository root)")
	fs.StringVar(&o.eval, "eval", "", "CoNLL NER file to score (default ../shared/eval/idner-news-2k/test.txt from the repository root)")
	fs.IntVar(&o.limit, "limit", 300, "documents for prose, spread evenly over the corpus (0 for all); prose is slow")
	fs.IntVar(&o.entitasLimit, "entitas-limit", 0, "documents for entitas (0 for all)")
	fs.DurationVar(&o.minTime, "mintime", 2*time.Second, "repeat whole passes over the documents until this much time has passed")
	fs.BoolVar(&o.json, "json", false, "print the numbers as JSON instead of a table")
	fs.StringVar(&o.only, "only", "", "run one tool (entitas or prose) in this process and print its numbers as JSON; used for the child processes")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: compare [flags]\n\nCompares entitas with prose v3: throughput, peak memory, accuracy.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "compare: unexpected arguments %q\n", fs.Args())
		return 2
	}
	if err := o.resolvePaths(); err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	if o.only != "" {
		t, ok := tools[o.only]
		if !ok {
			fmt.Fprintf(stderr, "compare: -only %q: want entitas or prose\n", o.only)
			return 2
		}
		res, err := measureTool(t, o, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "compare: %s: %v\n", t.name, err)
			return 1
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "compare: %v\n", err)
			return 1
		}
		return 0
	}

	start := time.Now()
	results := map[string]*Result{}
	for _, name := range order {
		res, err := runChild(name, o, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "compare: %s: %v\n", name, err)
			return 1
		}
		results[name] = res
	}
	rep := newReport(results, machineInfo(), o, time.Since(start))
	var err error
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		_, err = io.WriteString(stdout, rep.Markdown())
	}
	if err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	return 0
}

// resolvePaths fills in the default data paths, relative to the repository
// root, and makes every path absolute so that children see the same files.
func (o *options) resolvePaths() error {
	if o.corpus == "" || o.eval == "" {
		root, err := repoRoot()
		if err != nil {
			return err
		}
		if o.corpus == "" {
			o.corpus = filepath.Join(root, "..", "shared", "corpus", "indosum", "articles.jsonl")
		}
		if o.eval == "" {
			o.eval = filepath.Join(root, "..", "shared", "eval", "idner-news-2k", "test.txt")
		}
	}
	for _, p := range []*string{&o.corpus, &o.eval} {
		abs, err := filepath.Abs(*p)
		if err != nil {
			return err
		}
		if _, err := os.Stat(abs); err != nil {
			return fmt.Errorf("%w (the data lives in ../shared beside the repository; see -help)", err)
		}
		*p = abs
	}
	return nil
}

// runChild re-executes this program with -only name and decodes its result.
func runChild(name string, o options, stderr io.Writer) (*Result, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self,
		"-only", name,
		"-corpus", o.corpus,
		"-eval", o.eval,
		"-limit", strconv.Itoa(o.limit),
		"-entitas-limit", strconv.Itoa(o.entitasLimit),
		"-mintime", o.minTime.String(),
	)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("child process: %w", err)
	}
	var res Result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("child process output: %w", err)
	}
	return &res, nil
}

// Result is what one child process measures for one tool.
type Result struct {
	Tool        string  `json:"tool"`
	Docs        int     `json:"docs"`  // corpus documents used for throughput
	Bytes       int64   `json:"bytes"` // their total size
	LoadSeconds float64 `json:"load_seconds"`
	OneCore     Rate    `json:"one_core"`
	AllCores    Rate    `json:"all_cores"`
	// Memory after loading the corpus and the model and the one-core run.
	PeakRSS  uint64 `json:"peak_rss_bytes"`  // getrusage maxrss
	VmHWM    uint64 `json:"vm_hwm_bytes"`    // /proc/self/status VmHWM (Linux)
	PeakHeap uint64 `json:"peak_heap_bytes"` // sampled peak of live heap (HeapAlloc)
	Sys      uint64 `json:"sys_bytes"`       // runtime.MemStats.Sys
	// PeakRSSEnd is getrusage maxrss at the end of the child, after the
	// all-cores run and the accuracy run too.
	PeakRSSEnd uint64   `json:"peak_rss_end_bytes"`
	Accuracy   Accuracy `json:"accuracy"`
	Seconds    float64  `json:"seconds"` // the child's own wall time
}

// measureTool runs every measurement for one tool in this process.
func measureTool(t tool, o options, log io.Writer) (*Result, error) {
	start := time.Now()
	limit := o.entitasLimit
	if t.name == "prose" {
		limit = o.limit
	}
	docs, err := loadCorpus(o.corpus, limit)
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents", o.corpus)
	}
	res := &Result{Tool: t.name, Docs: len(docs)}
	for _, d := range docs {
		res.Bytes += int64(len(d))
	}
	fmt.Fprintf(log, "%s: %d documents, %.2f MB\n", t.name, res.Docs, float64(res.Bytes)/1e6)

	heap := startHeapSampler(2 * time.Millisecond)
	defer heap.Stop()
	t0 := time.Now()
	if err := t.load(); err != nil {
		return nil, fmt.Errorf("loading: %w", err)
	}
	res.LoadSeconds = time.Since(t0).Seconds()
	fmt.Fprintf(log, "%s: loaded in %.2fs\n", t.name, res.LoadSeconds)

	res.OneCore = throughput(docs, 1, o.minTime, t.run)
	res.PeakHeap = heap.Peak()
	res.Sys = heapSys()
	res.PeakRSS = maxRSS()
	res.VmHWM = vmHWM()
	fmt.Fprintf(log, "%s: 1 core: %.3f MB/s, %.1f docs/s (%d pass(es), %.1fs); peak RSS %.1f MB\n",
		t.name, res.OneCore.MBps, res.OneCore.DocsPS, res.OneCore.Passes, res.OneCore.Seconds, float64(res.PeakRSS)/1e6)

	n := runtime.NumCPU()
	res.AllCores = throughput(docs, n, o.minTime, t.run)
	fmt.Fprintf(log, "%s: %d cores: %.3f MB/s, %.1f docs/s (%d pass(es), %.1fs)\n",
		t.name, n, res.AllCores.MBps, res.AllCores.DocsPS, res.AllCores.Passes, res.AllCores.Seconds)

	sents, err := readEval(o.eval)
	if err != nil {
		return nil, err
	}
	preds := make([][]conll.Mention, len(sents))
	for i, s := range sents {
		preds[i] = t.mentions(s.Text())
	}
	res.Accuracy = score(sents, preds)
	fmt.Fprintf(log, "%s: %s: %d sentences, micro F1 %.3f\n", t.name, filepath.Base(o.eval), len(sents), res.Accuracy.MicroF1)

	res.PeakRSSEnd = maxRSS()
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}
