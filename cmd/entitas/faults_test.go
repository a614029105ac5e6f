package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// These tests reproduce the command line's faults found by trying it as a hostile user
// would (issue 11): each failed before the fix.

// runWithin runs the command line and fails the test if it does not end within d.
func runWithin(t *testing.T, d time.Duration, stdout io.Writer, args ...string) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(args, strings.NewReader(""), stdout, &stderr) }()
	select {
	case code := <-done:
		return code, stderr.String()
	case <-time.After(d):
		t.Fatalf("entitas %v did not end within %v", args, d)
		return 0, ""
	}
}

func TestFolderWithNamedPipe(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Warga Jakarta menonton.", "c.jsonl": `{"text": "Warga Medan."}` + "\n"})
	mkfifo(t, filepath.Join(dir, "b.txt"))
	mkfifo(t, filepath.Join(dir, "b.jsonl"))
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args       []string
		want, pipe string
	}{
		{[]string{"-format", "jsonl"}, "a.txt", "b.txt"},
		{[]string{"-format", "jsonl", "-input", "jsonl"}, "c.jsonl", "b.jsonl"},
	} {
		var out bytes.Buffer
		code, errs := runWithin(t, 20*time.Second, &out, append(tc.args, dir)...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1", tc.args, code)
		}
		var got []string
		for _, f := range files(jsonLines(t, out.String())) {
			got = append(got, filepath.Base(f))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%v: processed %v, want %v", tc.args, got, tc.want)
		}
		if want := filepath.Join(dir, tc.pipe) + ": a named pipe, not a regular file; skipped"; !strings.Contains(errs, want) {
			t.Errorf("%v: stderr lacks %q:\n%s", tc.args, want, errs)
		}
	}
	// A file that became a pipe after the folder was listed is found out when opened.
	if _, err := readRegular(filepath.Join(dir, "b.txt")); err == nil || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("readRegular of a pipe: %v", err)
	}
	if b, err := readRegular(filepath.Join(dir, "a.txt")); err != nil || string(b) != "Warga Jakarta menonton." {
		t.Errorf("readRegular: %q %v", b, err)
	}
}

func TestJSONLTextNull(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"c.jsonl": `{"id": "a", "text": "Warga Medan."}` + "\n" + `{"id": "b", "text": null}` + "\n"})
	code, out, errs := runCmd(t, "", "-input", "jsonl", "-format", "jsonl", filepath.Join(dir, "c.jsonl"))
	if want := filepath.Join(dir, "c.jsonl") + `:2: field "text" is null, not a string`; code != 1 || !strings.Contains(errs, want) {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, errs, want)
	}
	if docs := jsonLines(t, out); len(docs) != 1 {
		t.Errorf("%d documents out, want 1", len(docs))
	}
}

// failingDisk makes createFile fail as a full disk does: the first ok files are written,
// then a write stores part of its data and fails with ENOSPC.
func failingDisk(t *testing.T, ok int) {
	t.Helper()
	n := 0
	old := createFile
	createFile = func(path string) (io.WriteCloser, error) {
		f, err := old(path)
		if err != nil {
			return nil, err
		}
		n++
		if n <= ok {
			return f, nil
		}
		return &partialWriter{WriteCloser: f, room: 10}, nil
	}
	t.Cleanup(func() { createFile = old })
}

// partialWriter writes at most room bytes in all, then fails with ENOSPC.
type partialWriter struct {
	io.WriteCloser
	room int
}

func (w *partialWriter) Write(p []byte) (int, error) {
	if len(p) <= w.room {
		w.room -= len(p)
		return w.WriteCloser.Write(p)
	}
	n, _ := w.WriteCloser.Write(p[:w.room])
	w.room = 0
	return n, syscall.ENOSPC
}

func TestOutOnFailingDisk(t *testing.T) {
	in := t.TempDir()
	for i := range 8 {
		writeFiles(t, in, map[string]string{fmt.Sprintf("%d.txt", i): "Presiden Joko Widodo tiba di Surabaya."})
	}
	for _, tc := range []struct {
		format string
		ok     int    // files written before the disk is full
		want   string // the files left in -out
	}{
		{"html", 3, "0.html 1.html 2.html"},
		{"brat", 3, "0.ann 0.txt annotation.conf"}, // 1.txt is removed with its .ann
		{"brat", 0, ""},
	} {
		t.Run(fmt.Sprintf("%s-%d", tc.format, tc.ok), func(t *testing.T) {
			failingDisk(t, tc.ok)
			out := filepath.Join(t.TempDir(), "out")
			code, _, errs := runCmd(t, "", "-format", tc.format, "-j", "2", "-out", out, in)
			lines := strings.Split(strings.TrimSpace(errs), "\n")
			if code != 1 || len(lines) != 1 || !strings.Contains(errs, "no space left on device") {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and one line", code, errs)
			}
			var left []string
			ents, _ := os.ReadDir(out)
			for _, e := range ents {
				left = append(left, e.Name())
			}
			if strings.Join(left, " ") != tc.want {
				t.Errorf("left %v, want %s", left, tc.want)
			}
		})
	}
}

// bigCorpus writes a JSON Lines file of n records whose jsonl output is several batches.
func bigCorpus(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	text := strings.Repeat("Presiden Rusia Vladimir Putin tiba di Jakarta, kata juru bicara Kremlin. ", 20)
	for i := range n {
		fmt.Fprintf(&b, `{"id": "d%d", "text": %q}`+"\n", i, text)
	}
	p := filepath.Join(t.TempDir(), "c.jsonl")
	writeFiles(t, filepath.Dir(p), map[string]string{"c.jsonl": b.String()})
	return p
}

// callRecorder keeps each Write call apart, and fails from the call numbered failAt on.
type callRecorder struct {
	calls  [][]byte
	failAt int
}

func (w *callRecorder) Write(p []byte) (int, error) {
	if w.failAt > 0 && len(w.calls)+1 >= w.failAt {
		w.calls = append(w.calls, nil)
		return 0, syscall.EPIPE
	}
	w.calls = append(w.calls, bytes.Clone(p))
	return len(p), nil
}

func TestStdoutWholeLines(t *testing.T) {
	corpus := bigCorpus(t, 300)
	w := &callRecorder{}
	if code, errs := runWithin(t, time.Minute, w, "-input", "jsonl", "-format", "jsonl", corpus); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if len(w.calls) < 3 {
		t.Fatalf("%d writes; the test wants several", len(w.calls))
	}
	for i, c := range w.calls {
		if len(c) == 0 || c[len(c)-1] != '\n' {
			t.Errorf("write %d of %d does not end a line", i+1, len(w.calls))
		}
	}
	w = &callRecorder{failAt: 2}
	code, errs := runWithin(t, time.Minute, w, "-input", "jsonl", "-format", "jsonl", corpus)
	if lines := strings.Split(strings.TrimSpace(errs), "\n"); code != 1 || len(lines) != 1 || !strings.Contains(errs, "writing output: broken pipe") {
		t.Errorf("exit %d, stderr %q; want 1 and one message", code, errs)
	}
	if len(w.calls) != 2 {
		t.Errorf("%d writes; want none after the failed one", len(w.calls))
	}
}

// fullFile is a regular file on a disk that fills up after room bytes.
type fullFile struct {
	*os.File
	room int
}

func (f *fullFile) Write(p []byte) (int, error) {
	if len(p) <= f.room {
		f.room -= len(p)
		return f.File.Write(p)
	}
	n, _ := f.File.Write(p[:f.room])
	f.room = 0
	return n, syscall.ENOSPC
}

func TestStdoutFullDisk(t *testing.T) {
	corpus := bigCorpus(t, 300)
	f, err := os.Create(filepath.Join(t.TempDir(), "out.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	code, errs := runWithin(t, time.Minute, &fullFile{File: f, room: 150_000}, "-input", "jsonl", "-format", "jsonl", corpus)
	if lines := strings.Split(strings.TrimSpace(errs), "\n"); code != 1 || len(lines) != 1 || !strings.Contains(errs, "no space left on device") {
		t.Errorf("exit %d, stderr %q; want 1 and one message", code, errs)
	}
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if len(b) == 0 || len(b) > 150_000 || b[len(b)-1] != '\n' {
		t.Fatalf("%d bytes left, want whole lines only", len(b))
	}
	for i, line := range bytes.Split(b[:len(b)-1], []byte("\n")) {
		if !json.Valid(line) {
			t.Fatalf("line %d is not whole", i+1)
		}
	}
	if pos, _ := f.Seek(0, io.SeekCurrent); pos != int64(len(b)) {
		t.Errorf("offset %d after the failure, want %d", pos, len(b))
	}

	// The real thing, where there is one.
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer full.Close()
	code, errs = runWithin(t, time.Minute, full, "-input", "jsonl", "-format", "jsonl", corpus)
	if lines := strings.Split(strings.TrimSpace(errs), "\n"); code != 1 || len(lines) != 1 || !strings.Contains(errs, "no space left on device") {
		t.Errorf("/dev/full: exit %d, stderr %q; want 1 and one message", code, errs)
	}
}
