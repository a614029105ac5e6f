package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/gazetteer"
)

// options are the command line's settings after parsing.
type options struct {
	format    string
	input     string // "text" or "jsonl"
	textField string
	jobs      int
	outDir    string
	types     []entity.Type
	gazFiles  []string
	caseMode  entity.Case // -case
}

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// newFlagSet defines the command line's flags into o, types (-types) and gaz (-gazetteer).
func newFlagSet(o *options, types *string, gaz *listFlag, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("entitas", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "format", "text", "output format: "+strings.Join(formatNames(), ", "))
	fs.StringVar(&o.input, "input", "text", "input kind: text (a file is a document) or jsonl (a line is a document)")
	fs.StringVar(&o.textField, "text-field", "text", "with -input jsonl, the field holding the text")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "number of documents processed at once")
	fs.StringVar(types, "types", "", "comma-separated entity types to keep (default all)")
	fs.Var(gaz, "gazetteer", "a gazetteer file of your own entries (repeatable)")
	fs.StringVar(&o.outDir, "out", "", "folder for -format brat and html files")
	fs.TextVar(&o.caseMode, "case", entity.CaseAuto, "how to read capitals: auto, sensitive or insensitive")
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	return fs
}

// run is the whole command: it parses args, processes the documents and returns the exit
// status (0 success, 1 some document failed, 2 usage error).
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "serve" {
		return runServe(args[1:], stdout, stderr)
	}
	var o options
	var types string
	var gaz listFlag
	fs := newFlagSet(&o, &types, &gaz, stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	o.gazFiles = gaz
	usageErr := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "entitas: "+format+"\n", args...)
		fmt.Fprintln(stderr, `run "entitas -h" for help`)
		return 2
	}
	f := lookupFormat(o.format)
	if f == nil {
		return usageErr("unknown -format %q; want one of %s", o.format, strings.Join(formatNames(), ", "))
	}
	if o.input != "text" && o.input != "jsonl" {
		return usageErr("unknown -input %q; want text or jsonl", o.input)
	}
	if o.jobs < 1 {
		return usageErr("-j %d: want at least 1", o.jobs)
	}
	if o.textField == "" {
		return usageErr("-text-field is empty")
	}
	var err error
	if o.types, err = parseTypes(types); err != nil {
		return usageErr("-types: %v", err)
	}
	if o.outDir != "" && !f.usesOut {
		return usageErr("-out is for -format brat and html, not %s", o.format)
	}
	x, err := newExtractor(o.types, o.gazFiles)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "entitas: %s\n", line)
		}
		return 2
	}
	x = x.WithCase(o.caseMode)

	jsonl := o.input == "jsonl"
	items := expand(fs.Args(), jsonl)
	if f.name == "html" && o.outDir == "" && !jsonl && len(items) > 1 {
		return usageErr("-format html with %d documents needs -out DIR (an index and a page each)", len(items))
	}
	if f.name == "brat" && o.outDir == "" && jsonl {
		return usageErr("-format brat with -input jsonl needs -out DIR")
	}
	out := newBatchWriter(stdout)
	w, err := f.new(&outputConfig{stdout: out, outDir: o.outDir, jsonlInput: jsonl})
	if err != nil {
		fmt.Fprintf(stderr, "entitas: %v\n", err)
		return 1
	}
	prog := newProgress(stderr, items, jsonl)
	status := 0
	report := func(err error) {
		fmt.Fprintf(stderr, "entitas: %v\n", err)
		status = 1
	}
	src := &producer{items: items, stdin: stdin, jsonl: jsonl, textField: o.textField}
	work := func(d *document) {
		defer func() { // a bug must not take the other documents down with it
			if r := recover(); r != nil {
				d.err = fmt.Errorf("%s: internal error: %v", d.where(), r)
			}
		}()
		d.process(x, f.tokensOnly)
		if d.err == nil {
			var err error
			if d.out, err = w.render(d); err != nil {
				d.err = fmt.Errorf("%s: %w", d.where(), err)
			}
		}
	}
	emit := func(d *document) error {
		prog.add(d.size)
		if d.err != nil {
			report(d.err)
			return nil
		}
		if err := w.write(d); err != nil {
			var fatal *fatalError
			if errors.As(err, &fatal) {
				return err
			}
			report(err)
		}
		return out.endDocument()
	}
	err = pipeline(o.jobs, 4*o.jobs, src.run, work, emit)
	if err == nil {
		err = w.close()
	}
	if err == nil {
		err = out.flush()
	}
	prog.finish()
	if err != nil {
		report(err)
	}
	return status
}

// newExtractor returns the extractor for the given types and user gazetteer files: the
// shared default when there are none.
func newExtractor(types []entity.Type, gazFiles []string) (*entity.Extractor, error) {
	if len(types) == 0 && len(gazFiles) == 0 {
		return entity.Default(), nil
	}
	var opts []entity.Option
	if len(types) > 0 {
		opts = append(opts, entity.WithTypes(types...))
	}
	var errs []error
	for _, name := range gazFiles {
		entries, err := gazetteer.ParseFile(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		opts = append(opts, entity.WithEntries(entries))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("bad -gazetteer file:\n%w", errors.Join(errs...))
	}
	x, err := entity.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("-gazetteer: %w", err)
	}
	return x, nil
}

// parseTypes reads a comma-separated list of entity types ("LEADER,person").
func parseTypes(s string) ([]entity.Type, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var types []entity.Type
	for _, f := range strings.Split(s, ",") {
		t, err := gazetteer.ParseType(strings.TrimSpace(f))
		if err != nil {
			var names []string
			for _, t := range gazetteer.Types() {
				names = append(names, t.String())
			}
			return nil, fmt.Errorf("unknown type %q; want some of %s", strings.TrimSpace(f), strings.Join(names, ","))
		}
		types = append(types, t)
	}
	return types, nil
}

// batchWriter collects the output of whole documents and writes it to standard output in
// batches of at least batchSize bytes, each in one call, so that a failed write never
// leaves a document cut off in the middle — where the OS allows: when standard output is a
// regular file, the part of a batch written before a failure is truncated away. After the
// first failed write every write fails, so that a closed standard output (entitas … | head)
// or a full disk stops the run with one message instead of going on for nothing.
type batchWriter struct {
	w   io.Writer
	buf []byte
	err error
}

// batchSize is how much output is collected before it is written.
const batchSize = 64 << 10

func newBatchWriter(w io.Writer) *batchWriter {
	return &batchWriter{w: w, buf: make([]byte, 0, 2*batchSize)}
}

// Write adds p to the current batch; it writes nothing yet.
func (b *batchWriter) Write(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// endDocument marks the end of a document's output, and writes the batch if it is full.
func (b *batchWriter) endDocument() error {
	if b.err == nil && len(b.buf) >= batchSize {
		return b.flush()
	}
	return b.err
}

// flush writes the batch in one call.
func (b *batchWriter) flush() error {
	if b.err != nil || len(b.buf) == 0 {
		return b.err
	}
	f, _ := b.w.(outputFile)
	var pos int64 = -1
	if f != nil {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			if pos, err = f.Seek(0, io.SeekCurrent); err != nil {
				pos = -1
			}
		}
	}
	n, err := b.w.Write(b.buf)
	if err == nil && n < len(b.buf) {
		err = io.ErrShortWrite
	}
	if err != nil {
		if pos >= 0 && n > 0 { // take back the part written, not to leave a cut line
			if f.Truncate(pos) == nil {
				f.Seek(pos, io.SeekStart)
			}
		}
		b.err = &fatalError{fmt.Errorf("writing output: %w", err)}
	}
	b.buf = b.buf[:0]
	if cap(b.buf) > 4*batchSize { // one huge document: do not keep its buffer
		b.buf = make([]byte, 0, 2*batchSize)
	}
	return b.err
}

// outputFile is what batchWriter needs of standard output to take back a partial write:
// an *os.File.
type outputFile interface {
	io.Writer
	Stat() (fs.FileInfo, error)
	Seek(offset int64, whence int) (int64, error)
	Truncate(size int64) error
}

// fatalError is an error that stops the run, as opposed to one that concerns a single
// document.
type fatalError struct{ err error }

func (e *fatalError) Error() string { return e.err.Error() }
func (e *fatalError) Unwrap() error { return e.err }

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
