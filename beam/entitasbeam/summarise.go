package entitasbeam

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/jsonlines"
)

func init() {
	register.Function2x0(entityRows)
	register.Function2x0(speakerRows)
	register.Function2x0(speakerEntityRows)
	register.Combiner1[EntityCount](&mergeEntityCounts{})
	register.Combiner1[SpeakerCount](&mergeSpeakerCounts{})
	register.Combiner1[SpeakerEntity](&mergeSpeakerEntities{})
	register.Function2x1(dropKeyEntity)
	register.Function2x1(dropKeySpeaker)
	register.Function2x1(dropKeySpeakerEntity)
	register.Emitter2[string, EntityCount]()
	register.Emitter2[string, SpeakerCount]()
	register.Emitter2[string, SpeakerEntity]()
}

// EntityCount is a row of the entity table: how often an entity is mentioned.
type EntityCount struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Name      string `json:"name"` // the longest name seen (the first in byte order among equals)
	Mentions  int    `json:"mentions"`
	Documents int    `json:"documents"` // documents that mention it
}

// SpeakerCount is a row of the speaker table: how many quotes a speaker has.
type SpeakerCount struct {
	ID        string `json:"id"`   // the speaker's entity id, "" when the speaker is not an entity
	Type      string `json:"type"` // the speaker's entity type, "" when none (the first in byte order if several)
	Name      string `json:"name"` // the resolved name; speakers without an id are told apart by it
	Quotes    int    `json:"quotes"`
	Documents int    `json:"documents"`
}

// SpeakerEntity is a row of the who-speaks-about-whom table: how many of a speaker's
// quotes mention an entity.
type SpeakerEntity struct {
	SpeakerID   string `json:"speaker_id"`
	SpeakerName string `json:"speaker_name"`
	EntityID    string `json:"entity_id"`
	EntityType  string `json:"entity_type"`
	EntityName  string `json:"entity_name"`
	Quotes      int    `json:"quotes"`
}

// Summary holds the tables Summarise makes.
type Summary struct {
	Entities        beam.PCollection // PCollection<EntityCount>
	Speakers        beam.PCollection // PCollection<SpeakerCount>
	SpeakerEntities beam.PCollection // PCollection<SpeakerEntity>
}

// Summarise counts over documents (PCollection<Document>): the mentions of each entity
// (by type and id), the quotes of each speaker (by id, or by name when the speaker is not
// an entity), and for each speaker the entities their quotes mention. An entity is in a
// quote when its span lies inside the quote's; each counts once a quote.
func Summarise(s beam.Scope, docs beam.PCollection) Summary {
	s = s.Scope("entitas.Summarise")
	return Summary{
		Entities:        beam.ParDo(s, dropKeyEntity, beam.CombinePerKey(s, &mergeEntityCounts{}, beam.ParDo(s, entityRows, docs))),
		Speakers:        beam.ParDo(s, dropKeySpeaker, beam.CombinePerKey(s, &mergeSpeakerCounts{}, beam.ParDo(s, speakerRows, docs))),
		SpeakerEntities: beam.ParDo(s, dropKeySpeakerEntity, beam.CombinePerKey(s, &mergeSpeakerEntities{}, beam.ParDo(s, speakerEntityRows, docs))),
	}
}

func dropKeyEntity(_ string, v EntityCount) EntityCount            { return v }
func dropKeySpeaker(_ string, v SpeakerCount) SpeakerCount         { return v }
func dropKeySpeakerEntity(_ string, v SpeakerEntity) SpeakerEntity { return v }

// entityKey is an entity's key in the tables: its type and id.
func entityKey(e *entity.Entity) string { return jsonlines.TypeName(e.Type) + "\t" + e.ID }

// speakerKey is a speaker's key: its id, or its name when it has none.
func speakerKey(sp *entity.Speaker) string {
	if sp.ID != "" {
		return "id\t" + sp.ID
	}
	return "name\t" + sp.Name
}

// rowsByKey holds a document's rows of one table by key, in the order their keys came.
type rowsByKey[T any] struct {
	rows map[string]*T
	keys []string
}

// row returns the row of key k, made by fresh the first time.
func (r *rowsByKey[T]) row(k string, fresh func() T) *T {
	if r.rows == nil {
		r.rows = map[string]*T{}
	}
	row := r.rows[k]
	if row == nil {
		v := fresh()
		row = &v
		r.rows[k] = row
		r.keys = append(r.keys, k)
	}
	return row
}

// emit emits the rows in the order their keys came.
func (r *rowsByKey[T]) emit(emit func(string, T)) {
	for _, k := range r.keys {
		emit(k, *r.rows[k])
	}
}

// entityRows emits one row per entity of a document.
func entityRows(d Document, emit func(string, EntityCount)) {
	var rows rowsByKey[EntityCount]
	for i := range d.Entities {
		e := &d.Entities[i]
		r := rows.row(entityKey(e), func() EntityCount {
			return EntityCount{ID: e.ID, Type: jsonlines.TypeName(e.Type), Documents: 1}
		})
		r.Mentions++
		r.Name = betterName(r.Name, e.Name)
	}
	rows.emit(emit)
}

// speakerRows emits one row per speaker of a document.
func speakerRows(d Document, emit func(string, SpeakerCount)) {
	var rows rowsByKey[SpeakerCount]
	for _, q := range d.Quotes {
		sp := q.Speaker
		if sp == nil {
			continue
		}
		r := rows.row(speakerKey(sp), func() SpeakerCount {
			return SpeakerCount{ID: sp.ID, Type: jsonlines.TypeName(sp.Type), Documents: 1}
		})
		r.Quotes++
		r.Name = betterName(r.Name, sp.Name)
		r.Type = betterType(r.Type, jsonlines.TypeName(sp.Type))
	}
	rows.emit(emit)
}

// speakerEntityRows emits one row per speaker and entity mentioned in their quotes.
func speakerEntityRows(d Document, emit func(string, SpeakerEntity)) {
	var rows rowsByKey[SpeakerEntity]
	for _, q := range d.Quotes {
		sp := q.Speaker
		if sp == nil {
			continue
		}
		seen := map[string]bool{}
		for i := range d.Entities {
			e := &d.Entities[i]
			if e.Start < q.Start || e.End > q.End {
				continue
			}
			k := speakerKey(sp) + "\t" + entityKey(e)
			if seen[k] {
				continue
			}
			seen[k] = true
			r := rows.row(k, func() SpeakerEntity {
				return SpeakerEntity{SpeakerID: sp.ID, EntityID: e.ID, EntityType: jsonlines.TypeName(e.Type)}
			})
			r.Quotes++
			r.SpeakerName = betterName(r.SpeakerName, sp.Name)
			r.EntityName = betterName(r.EntityName, e.Name)
		}
	}
	rows.emit(emit)
}

// betterName returns the name a table keeps of two: the longer, or the first in byte
// order among names of one length, so that the result does not depend on the order the
// rows are merged in.
func betterName(a, b string) string {
	if len(a) != len(b) {
		if len(a) > len(b) {
			return a
		}
		return b
	}
	return min(a, b)
}

// betterType returns the type a speaker row keeps of two (a speaker may be a LEADER in
// one quote and a PERSON in another): one that is not empty, the first in byte order.
func betterType(a, b string) string {
	if a == "" || b != "" && b < a {
		return b
	}
	return a
}

type mergeEntityCounts struct{}

func (*mergeEntityCounts) MergeAccumulators(a, b EntityCount) EntityCount {
	a.Mentions += b.Mentions
	a.Documents += b.Documents
	a.Name = betterName(a.Name, b.Name)
	return a
}

type mergeSpeakerCounts struct{}

func (*mergeSpeakerCounts) MergeAccumulators(a, b SpeakerCount) SpeakerCount {
	a.Quotes += b.Quotes
	a.Documents += b.Documents
	a.Name = betterName(a.Name, b.Name)
	a.Type = betterType(a.Type, b.Type)
	return a
}

type mergeSpeakerEntities struct{}

func (*mergeSpeakerEntities) MergeAccumulators(a, b SpeakerEntity) SpeakerEntity {
	a.Quotes += b.Quotes
	a.SpeakerName = betterName(a.SpeakerName, b.SpeakerName)
	a.EntityName = betterName(a.EntityName, b.EntityName)
	return a
}
