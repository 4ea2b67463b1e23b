package format

import (
	"strconv"
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// Detail is everything about one item, as `dossier show` prints it. Its
// JSON form is {"kind", "id", "item", "links", "linked_from", "evidence"}:
// item is the item as the dataset holds it (the model's field names).
type Detail struct {
	Kind model.Kind `json:"kind"`
	ID   string     `json:"id"`
	Item any        `json:"item"`
	// Links are the items this one refers to, by field.
	Links []Link `json:"links"`
	// LinkedFrom are the items that refer to this one.
	LinkedFrom []Link `json:"linked_from"`
	// Evidence is the item's spans, each with the sentence around it.
	Evidence []Excerpt `json:"evidence"`

	// Title is the item's one-line name; Fields its fields as a reader
	// reads them, references by name. Text renderers use these.
	Title  string  `json:"-"`
	Fields []Field `json:"-"`
}

// Link is a reference between two items.
type Link struct {
	// Field is the referring item's field ("reported_by", "speaker").
	Field string     `json:"field"`
	ID    string     `json:"id"`
	Kind  model.Kind `json:"kind"`
	Name  string     `json:"name"`
}

// Excerpt is one evidence span with the sentence it stands in.
type Excerpt struct {
	Text          string `json:"text"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
	Sentence      string `json:"sentence"`
	SentenceStart int    `json:"sentence_start"`
	SentenceEnd   int    `json:"sentence_end"`
}

// Field is one labelled value of a Detail.
type Field struct {
	Name  string
	Value string
}

// Describe gathers everything about the item r points at.
func Describe(d *model.Dataset, r model.Ref) Detail {
	n := newNames(d)
	det := Detail{
		Kind:  r.Kind,
		ID:    d.ID(r),
		Item:  itemAt(d, r),
		Title: d.Title(r),
	}
	b := &detailBuilder{n: n, det: &det}
	b.fields(r)
	det.LinkedFrom = linkedFrom(n, det.ID)
	for _, e := range d.EvidenceOf(r) {
		start, end := e.Span()
		ss, se := Sentence(d.Story.Text, start, end)
		det.Evidence = append(det.Evidence, Excerpt{
			Text: e.Text, Start: start, End: end,
			Sentence: d.Story.Text[ss:se], SentenceStart: ss, SentenceEnd: se,
		})
	}
	if det.Links == nil {
		det.Links = []Link{}
	}
	if det.Evidence == nil {
		det.Evidence = []Excerpt{}
	}
	return det
}

type detailBuilder struct {
	n   *names
	det *Detail
}

// field adds a labelled value, skipping empty ones: a reader needs no line
// saying "currency:" with nothing after it.
func (b *detailBuilder) field(name, value string) {
	if strings.TrimSpace(value) != "" {
		b.det.Fields = append(b.det.Fields, Field{name, value})
	}
}

// refs records links from field to ids and adds the field, by name.
func (b *detailBuilder) refs(label, field string, ids ...string) {
	var names []string
	for _, id := range ids {
		if id == "" {
			continue
		}
		l := Link{Field: field, ID: id, Name: b.n.of(id)}
		if r, ok := b.n.lookup(id); ok {
			l.Kind = r.Kind
		}
		b.det.Links = append(b.det.Links, l)
		names = append(names, l.Name)
	}
	b.field(label, join(names))
}

func (b *detailBuilder) fields(r model.Ref) {
	d := b.n.d
	switch r.Kind {
	case model.KindTopic:
		t := &d.Topics[r.Index]
		b.field("name", t.Name)
		b.field("description", t.Description)
	case model.KindActor:
		a := &d.Actors[r.Index]
		b.field("name", a.Name)
		b.field("kind", string(a.Kind))
		b.field("role", a.Role)
		b.field("aliases", join(a.Aliases))
		b.refs("affiliations", "affiliations", a.Affiliations...)
		b.refs("topics", "topics", a.Topics...)
	case model.KindEvent:
		e := &d.Events[r.Index]
		b.field("summary", e.Summary)
		b.field("when", e.When.Display())
		b.field("as written", e.When.Text)
		b.field("inferred", e.When.InferredWhy)
		b.refs("actors", "actors", e.Actors...)
		b.refs("topics", "topics", e.Topics...)
	case model.KindFigure:
		b.figure(&d.Figures[r.Index])
	case model.KindQuote:
		q := &d.Quotes[r.Index]
		b.refs("speaker", "speaker", q.Speaker)
		b.field("text", q.Text)
		b.refs("topics", "topics", q.Topics...)
	case model.KindClaim:
		c := &d.Claims[r.Index]
		b.refs("actor", "actor", c.Actor)
		b.field("summary", c.Summary)
		b.refs("quotes", "quotes", c.Quotes...)
		b.refs("topics", "topics", c.Topics...)
	case model.KindSeries:
		b.series(&d.Series[r.Index])
	}
}

func (b *detailBuilder) figure(f *model.Figure) {
	b.field("label", f.Label)
	b.field("value", f.Display())
	b.field("number", f.BareNumber())
	b.field("comparator", string(f.Comparator))
	unit := f.Unit
	if f.UnitLong != "" && f.UnitLong != f.Unit {
		unit += " (" + f.UnitLong + ")"
	}
	b.field("unit", unit)
	b.field("currency", f.Currency)
	b.field("measure", f.Measure)
	b.field("direction", string(f.Direction))
	b.field("when", f.When())
	b.refs("reported by", "reported_by", f.ReportedBy...)
	b.field("note", f.Note)
	if f.Derived != nil {
		b.det.Fields = append(b.det.Fields, Field{"derived", "yes: computed by the dataset, not stated in the article"})
		b.field("formula", f.Derived.Formula)
		b.refs("inputs", "derived.inputs", f.Derived.Inputs...)
		b.field("derivation note", f.Derived.Note)
	}
	b.refs("topics", "topics", f.Topics...)
}

func (b *detailBuilder) series(s *model.Series) {
	b.field("title", s.Title)
	b.field("kind", string(s.Kind))
	b.field("unit", s.Unit)
	b.field("caption", s.Caption)
	if p := s.Poll; p != nil {
		b.refs("pollster", "poll.pollster", p.Pollster)
		b.field("sample size", stated(p.SampleSize != nil, func() string { return strconv.Itoa(*p.SampleSize) }))
		b.field("margin of error", stated(p.MarginOfError != nil, func() string { return model.FormatNumber(*p.MarginOfError) }))
		b.field("fieldwork", stated(p.Fieldwork != nil, func() string { return p.Fieldwork.Display() }))
	}
	for _, pt := range s.Points {
		value := pt.Figure
		if r, ok := b.n.lookup(pt.Figure); ok && r.Kind == model.KindFigure {
			value = figureValue(&b.n.d.Figures[r.Index])
		}
		b.det.Links = append(b.det.Links, Link{Field: "points", ID: pt.Figure, Kind: model.KindFigure, Name: b.n.of(pt.Figure)})
		b.field("point", pt.Label+": "+value)
	}
	b.refs("topics", "topics", s.Topics...)
}

// stated writes an optional poll detail, saying plainly when the article
// does not give it.
func stated(ok bool, value func() string) string {
	if !ok {
		return "not stated"
	}
	return value()
}
