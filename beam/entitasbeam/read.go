package entitasbeam

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local files; beamx adds gs://
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/entitas-id/entitas/internal/jsonlines"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Line), error](&readLinesFn{})
	register.DoFn4x0[context.Context, Line, func(Record), func(string)](&decodeFn{})
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Record), func(string), error](&readTextFn{})
	register.Emitter1[Line]()
	register.Emitter1[Record]()
	register.Emitter1[string]()
}

var (
	malformedCount = beam.NewCounter("entitas", "malformed")
)

// Record is one input document.
type Record struct {
	File string // the input file, as the glob matched it
	Line int    // 1-based line of a JSON Lines record; 0 for a whole file
	ID   string // the record's "id" as written (JSON), "" when absent or null
	Text string
}

// Line is one line of a JSON Lines file, not yet decoded.
type Line struct {
	File string
	Line int // 1-based
	Raw  string
}

// ReadJSONLines reads the JSON Lines files matching glob: each line that is not blank is
// a JSON object holding a document's text in field, and perhaps an "id". It returns the
// records (PCollection<Record>) and the lines that are not records (PCollection<string>,
// "FILE:LINE: why", with the messages of the entitas command line). The lines are
// reshuffled before they are decoded, so that even one file is spread over all workers.
func ReadJSONLines(s beam.Scope, glob, field string) (records, malformed beam.PCollection) {
	s = s.Scope("entitas.ReadJSONLines")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob))
	lines := beam.ParDo(s, &readLinesFn{}, files)
	lines = beam.Reshuffle(s, lines)
	return beam.ParDo2(s, &decodeFn{Field: field}, lines)
}

// ReadTextFiles reads the files matching glob, each one document (Line 0). A file that is
// not valid UTF-8 is reported in malformed (PCollection<string>) instead.
func ReadTextFiles(s beam.Scope, glob string) (records, malformed beam.PCollection) {
	s = s.Scope("entitas.ReadTextFiles")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob))
	files = beam.Reshuffle(s, files)
	return beam.ParDo2(s, &readTextFn{}, files)
}

// readLinesFn emits the lines of a file that are not blank, without their line ends.
type readLinesFn struct{}

func (fn *readLinesFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Line)) error {
	r, err := file.Open(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	br := bufio.NewReaderSize(r, 256<<10)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			line = bytes.TrimRight(line, "\r\n")
			if len(bytes.TrimSpace(line)) > 0 {
				emit(Line{File: file.Metadata.Path, Line: n, Raw: string(line)})
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", file.Metadata.Path, n, err)
		}
	}
}

// decodeFn decodes JSON Lines records.
type decodeFn struct {
	Field string `json:"field"`
}

func (fn *decodeFn) ProcessElement(ctx context.Context, l Line, emit func(Record), bad func(string)) {
	rec, err := jsonlines.Decode([]byte(l.Raw), fn.Field)
	if err != nil {
		malformedCount.Inc(ctx, 1)
		bad(fmt.Sprintf("%s:%d: %s", l.File, l.Line, recordError(err, fn.Field)))
		return
	}
	emit(Record{File: l.File, Line: l.Line, ID: string(jsonlines.AppendCompact(nil, rec.ID)), Text: rec.Text})
}

// recordError words a Decode error as the entitas command line does.
func recordError(err error, field string) string {
	switch {
	case errors.Is(err, jsonlines.ErrUTF8):
		return err.Error() + "; skipped"
	case errors.Is(err, jsonlines.ErrNoField):
		return fmt.Sprintf("no %q field", field)
	case errors.Is(err, jsonlines.ErrNull):
		return fmt.Sprintf("field %q is null, not a string", field)
	case errors.Is(err, jsonlines.ErrNotString):
		return fmt.Sprintf("field %q is not a string", field)
	}
	return err.Error()
}

// readTextFn reads a whole file as one document.
type readTextFn struct{}

func (fn *readTextFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Record), bad func(string)) error {
	b, err := file.Read(ctx)
	if err != nil {
		return err
	}
	if !utf8.Valid(b) {
		malformedCount.Inc(ctx, 1)
		bad(fmt.Sprintf("%s: not valid UTF-8; skipped", file.Metadata.Path))
		return nil
	}
	emit(Record{File: file.Metadata.Path, Text: string(b)})
	return nil
}
