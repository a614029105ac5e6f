package entitasbeam

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Function2x0(shardKeys)
	register.DoFn4x1[context.Context, int, func(*bool) bool, func(*string) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, int, func(*EntityCount) bool, error](&writeEntitiesFn{})
	register.DoFn3x1[context.Context, int, func(*SpeakerCount) bool, error](&writeSpeakersFn{})
	register.DoFn3x1[context.Context, int, func(*SpeakerEntity) bool, error](&writeSpeakerEntitiesFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeLinesFn{})
	register.Emitter2[int, string]()
	register.Emitter2[int, bool]()
	register.Iter1[bool]()
	register.Iter1[string]()
	register.Iter1[EntityCount]()
	register.Iter1[SpeakerCount]()
	register.Iter1[SpeakerEntity]()
}

// ShardName is the name of shard i of n: PREFIX-0000i-of-0000n.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// WriteShards writes lines (PCollection<string>) to shards files named by ShardName, a
// line in one of them chosen by its hash. Every shard is written, empty if no line falls in
// it.
func WriteShards(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	s = s.Scope("entitas.WriteShards")
	filesystem.ValidateScheme(prefix)
	shards = max(shards, 1)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	all := beam.ParDo(s, shardKeys, beam.Create(s, shards))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.CoGroupByKey(s, all, keyed))
}

type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// shardKeys emits every shard number, so that an empty shard is written too.
func shardKeys(n int, emit func(int, bool)) {
	for i := range n {
		emit(i, true)
	}
}

type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, _ func(*bool) bool, lines func(*string) bool) error {
	return writeFile(ctx, ShardName(fn.Prefix, shard, fn.Shards), func(w *bufio.Writer) error {
		var line string
		for lines(&line) {
			w.WriteString(line)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile writes a file through Beam's file systems (local, gs://…).
func writeFile(ctx context.Context, name string, write func(*bufio.Writer) error) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := write(w); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return f.Close()
}

// WriteSummary writes the tables of sum as JSON Lines files PREFIX-entities.jsonl,
// PREFIX-speakers.jsonl and PREFIX-speaker-entities.jsonl, each sorted by its count, the
// largest first, then by key.
func WriteSummary(s beam.Scope, prefix string, sum Summary) {
	s = s.Scope("entitas.WriteSummary")
	filesystem.ValidateScheme(prefix)
	beam.ParDo0(s, &writeEntitiesFn{Name: prefix + "-entities.jsonl"}, beam.GroupByKey(s, beam.AddFixedKey(s, sum.Entities)))
	beam.ParDo0(s, &writeSpeakersFn{Name: prefix + "-speakers.jsonl"}, beam.GroupByKey(s, beam.AddFixedKey(s, sum.Speakers)))
	beam.ParDo0(s, &writeSpeakerEntitiesFn{Name: prefix + "-speaker-entities.jsonl"}, beam.GroupByKey(s, beam.AddFixedKey(s, sum.SpeakerEntities)))
}

// WriteLines writes lines (PCollection<string>) to one file, sorted; nothing is written
// when there are none.
func WriteLines(s beam.Scope, name string, lines beam.PCollection) {
	s = s.Scope("entitas.WriteLines")
	filesystem.ValidateScheme(name)
	beam.ParDo0(s, &writeLinesFn{Name: name}, beam.GroupByKey(s, beam.AddFixedKey(s, lines)))
}

// writeTable collects rows, sorts them and writes them as JSON lines.
func writeTable[T any](ctx context.Context, name string, next func(*T) bool, compare func(a, b T) int) error {
	var rows []T
	var r T
	for next(&r) {
		rows = append(rows, r)
	}
	slices.SortFunc(rows, compare)
	return writeFile(ctx, name, func(w *bufio.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	})
}

type writeEntitiesFn struct {
	Name string `json:"name"`
}

func (fn *writeEntitiesFn) ProcessElement(ctx context.Context, _ int, rows func(*EntityCount) bool) error {
	return writeTable(ctx, fn.Name, rows, func(a, b EntityCount) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Type, b.Type), cmp.Compare(a.ID, b.ID))
	})
}

type writeSpeakersFn struct {
	Name string `json:"name"`
}

func (fn *writeSpeakersFn) ProcessElement(ctx context.Context, _ int, rows func(*SpeakerCount) bool) error {
	return writeTable(ctx, fn.Name, rows, func(a, b SpeakerCount) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Name, b.Name))
	})
}

type writeSpeakerEntitiesFn struct {
	Name string `json:"name"`
}

func (fn *writeSpeakerEntitiesFn) ProcessElement(ctx context.Context, _ int, rows func(*SpeakerEntity) bool) error {
	return writeTable(ctx, fn.Name, rows, func(a, b SpeakerEntity) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(a.SpeakerID, b.SpeakerID), cmp.Compare(a.SpeakerName, b.SpeakerName),
			cmp.Compare(a.EntityType, b.EntityType), cmp.Compare(a.EntityID, b.EntityID))
	})
}

type writeLinesFn struct {
	Name string `json:"name"`
}

func (fn *writeLinesFn) ProcessElement(ctx context.Context, _ int, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	slices.Sort(all)
	return writeFile(ctx, fn.Name, func(w *bufio.Writer) error {
		for _, l := range all {
			w.WriteString(l)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}
