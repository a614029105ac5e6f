package entitasbeam

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/internal/jsonlines"
	"github.com/entitas-id/entitas/tokenize"
)

func init() {
	register.DoFn3x1[context.Context, Record, func(Document), error](&extractFn{})
	register.Function1x1(documentJSON)
	register.Emitter1[Document]()
}

var (
	documentCount = beam.NewCounter("entitas", "documents")
	byteCount     = beam.NewCounter("entitas", "bytes")
	entityCount   = beam.NewCounter("entitas", "entities")
	quoteCount    = beam.NewCounter("entitas", "quotes")
)

// Document is a Record after extraction, without its text.
type Document struct {
	File     string
	Line     int
	ID       string // the record's "id" as written (JSON), "" when none
	Bytes    int    // the length of the text
	Entities []entity.Entity
	Quotes   []entity.Quote
	// how the text was read: entity.Document.Unicase, tokenize.Document.Wrapped and Flat,
	// which the command line's JSON reports too
	Unicase, Wrapped, Flat bool
}

// JSON returns the document as the entitas command line writes it with -format jsonl,
// without the final newline.
func (d Document) JSON() string {
	b := jsonlines.AppendDocument(nil, d.File, []byte(d.ID), &entity.Document{Entities: d.Entities, Quotes: d.Quotes,
		Unicase: d.Unicase, Tokens: &tokenize.Document{Wrapped: d.Wrapped, Flat: d.Flat}})
	return string(b[:len(b)-1])
}

func documentJSON(d Document) string { return d.JSON() }

// JSON turns documents (PCollection<Document>) into their JSON lines
// (PCollection<string>), as the entitas command line writes them with -format jsonl.
func JSON(s beam.Scope, docs beam.PCollection) beam.PCollection {
	return beam.ParDo(s.Scope("entitas.JSON"), documentJSON, docs)
}

// An Option configures Extract.
type Option func(*extractFn)

// WithGazetteer adds the entries of a gazetteer file in the format of gazetteer.Parse to
// the default ones. The contents travel with the job, so the workers need no copy of the
// file; name is used in errors and in each entry's Source. The entries are checked when the
// pipeline is built, not on the workers.
func WithGazetteer(name, contents string) (Option, error) {
	entries, err := gazetteer.Parse(strings.NewReader(contents), name)
	if err != nil {
		return nil, err
	}
	if _, err := entity.New(entity.WithEntries(entries)); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return func(fn *extractFn) { fn.GazetteerName, fn.Gazetteer = name, contents }, nil
}

// Extract extracts the entities and quotes of records (PCollection<Record>) and returns
// them as PCollection<Document>.
func Extract(s beam.Scope, records beam.PCollection, opts ...Option) beam.PCollection {
	fn := &extractFn{}
	for _, o := range opts {
		o(fn)
	}
	return beam.ParDo(s.Scope("entitas.Extract"), fn, records)
}

// extractFn extracts from one record. Its exported fields are the job's configuration.
type extractFn struct {
	GazetteerName string `json:"gazetteerName"`
	Gazetteer     string `json:"gazetteer"` // the user gazetteer's contents, "" for none
	x             *entity.Extractor
}

// Setup builds the extractor, or takes the one this worker process built already.
func (fn *extractFn) Setup() error {
	x, err := extractor(fn.GazetteerName, fn.Gazetteer)
	fn.x = x
	return err
}

func (fn *extractFn) ProcessElement(ctx context.Context, r Record, emit func(Document)) error {
	d := fn.x.Extract(r.Text)
	documentCount.Inc(ctx, 1)
	byteCount.Inc(ctx, int64(len(r.Text)))
	entityCount.Inc(ctx, int64(len(d.Entities)))
	quoteCount.Inc(ctx, int64(len(d.Quotes)))
	emit(Document{File: r.File, Line: r.Line, ID: r.ID, Bytes: len(r.Text), Entities: d.Entities, Quotes: d.Quotes,
		Unicase: d.Unicase, Wrapped: d.Tokens.Wrapped, Flat: d.Tokens.Flat})
	return nil
}

// extractors holds the extractors this process built, by gazetteer contents, so that all
// the DoFn instances of a worker share one.
var extractors struct {
	sync.Mutex
	m map[string]*entity.Extractor
}

func extractor(name, contents string) (*entity.Extractor, error) {
	if contents == "" {
		return entity.Default(), nil
	}
	extractors.Lock()
	defer extractors.Unlock()
	if x := extractors.m[contents]; x != nil {
		return x, nil
	}
	entries, err := gazetteer.Parse(strings.NewReader(contents), name)
	if err != nil {
		return nil, err
	}
	x, err := entity.New(entity.WithEntries(entries))
	if err != nil {
		return nil, err
	}
	if extractors.m == nil {
		extractors.m = map[string]*entity.Extractor{}
	}
	extractors.m[contents] = x
	return x, nil
}
