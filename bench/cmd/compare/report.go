package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Machine describes where the numbers were measured.
type Machine struct {
	GOOS      string `json:"goos"`
	GOARCH    string `json:"goarch"`
	NumCPU    int    `json:"num_cpu"`
	CPU       string `json:"cpu"`
	GoVersion string `json:"go_version"`
}

func machineInfo() Machine {
	return Machine{
		GOOS:      runtime.GOOS,
		GOARCH:    runtime.GOARCH,
		NumCPU:    runtime.NumCPU(),
		CPU:       cpuModel(),
		GoVersion: runtime.Version(),
	}
}

// cpuModel returns the first "model name" of /proc/cpuinfo, or "unknown".
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// Row is one line of the table.
type Row struct {
	Name    string  `json:"name"`
	Entitas float64 `json:"entitas"`
	Prose   float64 `json:"prose"`
	Ratio   float64 `json:"ratio"` // entitas/prose; 0 when prose's value is 0
	digits  int
}

// Report is everything the parent prints.
type Report struct {
	Rows    []Row              `json:"rows"`
	Results map[string]*Result `json:"results"`
	Machine Machine            `json:"machine"`
	Corpus  string             `json:"corpus"`
	Eval    string             `json:"eval"`
	Seconds float64            `json:"seconds"` // wall time of the whole run
}

func newReport(res map[string]*Result, m Machine, o options, took time.Duration) *Report {
	e, p := res["entitas"], res["prose"]
	const mb = 1e6
	row := func(name string, digits int, f func(r *Result) float64) Row {
		r := Row{Name: name, Entitas: f(e), Prose: f(p), digits: digits}
		if r.Prose != 0 {
			r.Ratio = r.Entitas / r.Prose
		}
		return r
	}
	f1 := func(t string) func(r *Result) float64 {
		return func(r *Result) float64 { return r.Accuracy.PerType[t].F1 }
	}
	return &Report{
		Rows: []Row{
			row("throughput, 1 core (MB/s)", 3, func(r *Result) float64 { return r.OneCore.MBps }),
			row("documents/s, 1 core", 1, func(r *Result) float64 { return r.OneCore.DocsPS }),
			row(fmt.Sprintf("throughput, all %d cores (MB/s)", m.NumCPU), 3, func(r *Result) float64 { return r.AllCores.MBps }),
			row("peak RSS (MB)", 1, func(r *Result) float64 { return float64(r.PeakRSS) / mb }),
			row("peak live heap (MB)", 1, func(r *Result) float64 { return float64(r.PeakHeap) / mb }),
			row("micro F1", 3, func(r *Result) float64 { return r.Accuracy.MicroF1 }),
			row("PER F1", 3, f1("PER")),
			row("ORG F1", 3, f1("ORG")),
			row("LOC F1", 3, f1("LOC")),
		},
		Results: res,
		Machine: m,
		Corpus:  o.corpus,
		Eval:    o.eval,
		Seconds: took.Seconds(),
	}
}

// Markdown renders the table and the notes under it.
func (r *Report) Markdown() string {
	var b strings.Builder
	b.WriteString("| | entitas | prose | entitas/prose |\n|---|---:|---:|---:|\n")
	for _, row := range r.Rows {
		ratio := "—"
		if row.Prose != 0 {
			ratio = fmtRatio(row.Ratio)
		}
		fmt.Fprintf(&b, "| %s | %.*f | %.*f | %s |\n", row.Name, row.digits, row.Entitas, row.digits, row.Prose, ratio)
	}
	e, p := r.Results["entitas"], r.Results["prose"]
	fmt.Fprintf(&b, "\nThroughput: %s (entitas), %s (prose) of %s, models loaded first (entitas %.2fs, prose %.2fs).\n",
		docsNote(e), docsNote(p), filepath.Base(r.Corpus), e.LoadSeconds, p.LoadSeconds)
	fmt.Fprintf(&b, "Accuracy: %s, %d sentences, exact span match over PER/ORG/LOC (as ../shared/tools/conll_eval.py).\n",
		filepath.Base(filepath.Dir(r.Eval))+"/"+filepath.Base(r.Eval), e.Accuracy.Sentences)
	b.WriteString("Memory: each tool in its own process; getrusage max RSS and sampled live heap after loading its documents and model and the 1-core run. MB = 10^6 bytes.\n")
	m := r.Machine
	fmt.Fprintf(&b, "\nMachine: %s/%s, %d CPUs, %s, %s. Run took %.0fs.\n", m.GOOS, m.GOARCH, m.NumCPU, m.CPU, m.GoVersion, r.Seconds)
	return b.String()
}

func docsNote(r *Result) string {
	return fmt.Sprintf("%d docs (%.2f MB) × %d pass(es)", r.Docs, float64(r.Bytes)/1e6, r.OneCore.Passes)
}

// fmtRatio prints a ratio with about three significant digits.
func fmtRatio(x float64) string {
	switch a := math.Abs(x); {
	case a >= 100:
		return fmt.Sprintf("%.0f×", x)
	case a >= 10:
		return fmt.Sprintf("%.1f×", x)
	default:
		return fmt.Sprintf("%.2f×", x)
	}
}
