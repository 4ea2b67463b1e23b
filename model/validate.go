package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Problem is one thing wrong with a dataset: where (a field path such as
// "figures[3].evidence[0].text") and what.
type Problem struct {
	Path    string
	Message string
}

func (p Problem) Error() string { return p.Path + ": " + p.Message }

// validator collects problems while walking a dataset.
type validator struct {
	d        *Dataset
	problems []Problem
	// kindOf maps every id to the kind of item that owns it, so references
	// can be checked for both existence and kind.
	kindOf map[string]string
	spans  *spanIndex
}

func (v *validator) addf(path, format string, args ...any) {
	v.problems = append(v.problems, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

// Validate checks every rule of the dataset format, resolves every evidence
// span to its byte offsets in the story text (filling Start and End), and
// returns all problems found, in file order. A dataset with problems must not
// be used.
func Validate(d *Dataset) []Problem {
	v := &validator{d: d, kindOf: map[string]string{}}
	v.schema()
	v.story()
	v.spans = newSpanIndex(d.Story.Text)
	v.ids()
	for i := range d.Topics {
		v.topic(i)
	}
	for i := range d.Actors {
		v.actor(i)
	}
	for i := range d.Events {
		v.event(i)
	}
	for i := range d.Figures {
		v.figure(i)
	}
	v.derivationCycles()
	for i := range d.Quotes {
		v.quote(i)
	}
	for i := range d.Claims {
		v.claim(i)
	}
	for i := range d.Series {
		v.series(i)
	}
	return v.problems
}

func (v *validator) schema() {
	switch v.d.SchemaVersion {
	case SchemaVersion:
	case 0:
		v.addf("schema_version", "missing; this build reads schema_version %d", SchemaVersion)
	default:
		v.addf("schema_version", "is %d; this build reads schema_version %d", v.d.SchemaVersion, SchemaVersion)
	}
}

func (v *validator) story() {
	s := &v.d.Story
	if strings.TrimSpace(s.Title) == "" {
		v.addf("story.title", "is empty")
	}
	if s.Text == "" {
		v.addf("story.text", "is empty: a dataset needs its article text (text or text_file)")
	}
	if !utf8.ValidString(s.Text) {
		v.addf("story.text", "is not valid UTF-8")
	}
	for field, val := range map[string]*string{"published": s.Source.Published, "retrieved": s.Source.Retrieved} {
		if val != nil && !validDate(*val) {
			v.addf("story.source."+field, "%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", *val)
		}
	}
}

// ids registers every id and reports malformed and duplicate ones. Ids share
// one namespace so that `dossier show ID` needs no kind. Paths for messages
// are built only when there is something to report: this runs for every
// item of a 100,000-item story.
func (v *validator) ids() {
	total := 0
	for _, k := range []Kind{KindTopic, KindActor, KindEvent, KindFigure, KindQuote, KindClaim, KindSeries} {
		total += v.d.Count(k)
	}
	type place struct {
		list  string
		index int
	}
	first := make(map[string]place, total)
	v.kindOf = make(map[string]string, total)
	register := func(kind, list string, i int, id string) {
		if !validID(id) {
			v.addf(index(list, i)+".id", "%q is not a valid id (lowercase letters, digits and '-', at most 64, starting with a letter or digit)", id)
			return
		}
		if prev, dup := first[id]; dup {
			v.addf(index(list, i)+".id", "duplicate id %q (first used at %s)", id, index(prev.list, prev.index))
			return
		}
		first[id] = place{list, i}
		v.kindOf[id] = kind
	}
	for i := range v.d.Topics {
		register("topic", "topics", i, v.d.Topics[i].ID)
	}
	for i := range v.d.Actors {
		register("actor", "actors", i, v.d.Actors[i].ID)
	}
	for i := range v.d.Events {
		register("event", "events", i, v.d.Events[i].ID)
	}
	for i := range v.d.Figures {
		register("figure", "figures", i, v.d.Figures[i].ID)
	}
	for i := range v.d.Quotes {
		register("quote", "quotes", i, v.d.Quotes[i].ID)
	}
	for i := range v.d.Claims {
		register("claim", "claims", i, v.d.Claims[i].ID)
	}
	for i := range v.d.Series {
		register("series", "series", i, v.d.Series[i].ID)
	}
}

// validID keeps ids short, lowercase and free of anything a terminal or a
// shell could misread: ^[a-z0-9][a-z0-9-]{0,63}$, checked by hand since it
// runs for every id of a large story.
func validID(id string) bool {
	if len(id) == 0 || len(id) > 64 || id[0] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func (v *validator) topic(i int) {
	t := v.d.Topics[i]
	if strings.TrimSpace(t.Name) == "" {
		v.addf(index("topics", i)+".name", "is empty")
	}
}

// refs checks that every id in list names an item of the wanted kind.
func (v *validator) refs(path string, list []string, want string) {
	for j, id := range list {
		v.ref(index(path, j), id, want)
	}
}

func (v *validator) ref(path, id, want string) {
	got, ok := v.kindOf[id]
	switch {
	case id == "":
		v.addf(path, "is empty: expected the id of a %s", want)
	case !ok:
		v.addf(path, "%q names no %s in this dataset", id, want)
	case got != want:
		v.addf(path, "%q is a %s, expected a %s", id, got, want)
	}
}

func (v *validator) required(path, value string) {
	if strings.TrimSpace(value) == "" {
		v.addf(path, "is empty")
	}
}

func (v *validator) actor(i int) {
	a := &v.d.Actors[i]
	p := index("actors", i)
	v.required(p+".name", a.Name)
	if !validActorKind(a.Kind) {
		v.addf(p+".kind", "%q is not an actor kind (one of %s)", a.Kind, joinKinds())
	}
	v.refs(p+".affiliations", a.Affiliations, "actor")
	for j, id := range a.Affiliations {
		if id == a.ID {
			v.addf(index(p+".affiliations", j), "an actor cannot be affiliated with itself")
		}
	}
	v.refs(p+".topics", a.Topics, "topic")
	v.evidence(p, a.Evidence, true)
}

func (v *validator) event(i int) {
	e := &v.d.Events[i]
	p := index("events", i)
	v.required(p+".summary", e.Summary)
	v.refs(p+".actors", e.Actors, "actor")
	v.refs(p+".topics", e.Topics, "topic")
	v.evidence(p, e.Evidence, true)
	v.timeRef(p+".when", &e.When, e.Evidence)
}

func (v *validator) figure(i int) {
	f := &v.d.Figures[i]
	p := index("figures", i)
	v.required(p+".label", f.Label)
	if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
		v.addf(p+".value", "is not a finite number")
	}
	if !validComparator(f.Comparator) {
		v.addf(p+".comparator", "%q is not a comparator (one of = > >= ~ < <=)", f.Comparator)
	}
	switch f.Direction {
	case None:
		if f.ComparedTo != nil {
			v.addf(p+".compared_to", "is set but the figure is not a change (direction is empty)")
		}
	case Increase, Decrease:
		if f.Value < 0 {
			v.addf(p+".value", "a change keeps its size positive and its sign in direction; got %v", f.Value)
		}
	default:
		v.addf(p+".direction", "%q is not a direction (increase, decrease, or empty)", f.Direction)
	}
	if f.Unit == "%" && f.Direction == None && (f.Value < 0 || f.Value > 100) {
		v.addf(p+".value", "a percentage is written as a number from 0 to 100 (46, not 0.46); got %v", f.Value)
	}
	if f.Currency != "" && !validCurrency(f.Currency) {
		v.addf(p+".currency", "%q is not an ISO 4217 currency code", f.Currency)
	}
	v.refs(p+".reported_by", f.ReportedBy, "actor")
	v.refs(p+".topics", f.Topics, "topic")
	if f.Derived != nil {
		v.required(p+".derived.formula", f.Derived.Formula)
		v.refs(p+".derived.inputs", f.Derived.Inputs, "figure")
	}
	// A stated figure must show its words; a derived one may cite the words
	// it was computed from.
	v.evidence(p, f.Evidence, f.Derived == nil)
	if f.ComparedTo != nil {
		v.timeRef(p+".compared_to", f.ComparedTo, f.Evidence)
	}
	if f.AsOf != nil {
		v.timeRef(p+".as_of", f.AsOf, f.Evidence)
	}
	if f.Period != nil {
		if f.Period.From == nil && f.Period.To == nil {
			v.addf(p+".period", "has neither from nor to")
		}
		if f.Period.From != nil {
			v.timeRef(p+".period.from", f.Period.From, f.Evidence)
		}
		if f.Period.To != nil {
			v.timeRef(p+".period.to", f.Period.To, f.Evidence)
		}
	}
}

// derivationCycles reports a derived figure that depends on itself through
// its inputs, which would make its value meaningless.
func (v *validator) derivationCycles() {
	at := map[string]int{}
	for i, f := range v.d.Figures {
		if _, dup := at[f.ID]; !dup {
			at[f.ID] = i
		}
	}
	const (
		unseen = iota
		active
		done
	)
	state := make([]int, len(v.d.Figures))
	var visit func(i int) bool
	visit = func(i int) bool {
		switch state[i] {
		case active:
			return true
		case done:
			return false
		}
		state[i] = active
		if d := v.d.Figures[i].Derived; d != nil {
			for _, in := range d.Inputs {
				if j, ok := at[in]; ok && visit(j) {
					state[i] = done
					return true
				}
			}
		}
		state[i] = done
		return false
	}
	for i := range v.d.Figures {
		if state[i] == unseen && visit(i) {
			v.addf(index("figures", i)+".derived.inputs", "derived figure %q depends on itself", v.d.Figures[i].ID)
		}
	}
}

func (v *validator) quote(i int) {
	q := &v.d.Quotes[i]
	p := index("quotes", i)
	v.required(p+".text", q.Text)
	v.ref(p+".speaker", q.Speaker, "actor")
	v.refs(p+".topics", q.Topics, "topic")
	v.evidence(p, q.Evidence, true)
	if q.Text != "" && !anySpanEquals(q.Evidence, q.Text) {
		v.addf(p+".text", "must be the exact words of one of its evidence spans")
	}
}

func (v *validator) claim(i int) {
	c := &v.d.Claims[i]
	p := index("claims", i)
	v.required(p+".summary", c.Summary)
	v.ref(p+".actor", c.Actor, "actor")
	v.refs(p+".quotes", c.Quotes, "quote")
	v.refs(p+".topics", c.Topics, "topic")
	v.evidence(p, c.Evidence, true)
}

func (v *validator) series(i int) {
	s := &v.d.Series[i]
	p := index("series", i)
	v.required(p+".title", s.Title)
	if s.Kind != SeriesSplit && s.Kind != SeriesBars {
		v.addf(p+".kind", "%q is not a series kind (split or bars)", s.Kind)
	}
	if len(s.Points) == 0 {
		v.addf(p+".points", "a series needs at least one point")
	}
	for j, pt := range s.Points {
		v.required(index(p+".points", j)+".label", pt.Label)
		v.ref(index(p+".points", j)+".figure", pt.Figure, "figure")
	}
	if s.Poll != nil {
		v.ref(p+".poll.pollster", s.Poll.Pollster, "actor")
		if s.Poll.SampleSize != nil && *s.Poll.SampleSize <= 0 {
			v.addf(p+".poll.sample_size", "must be positive when stated")
		}
	}
	v.refs(p+".topics", s.Topics, "topic")
}

// timeRef checks a date's form against its precision, and that the words it
// quotes stand inside the item's own evidence.
func (v *validator) timeRef(path string, t *TimeRef, ev []Evidence) {
	v.required(path+".text", t.Text)
	switch t.Precision {
	case PrecisionDay, PrecisionMonth, PrecisionYear:
		if t.Date == nil {
			v.addf(path+".date", "is null but precision is %q", t.Precision)
		} else if !dateMatchesPrecision(*t.Date, t.Precision) {
			v.addf(path+".date", "%q does not match precision %q (%s)", *t.Date, t.Precision, precisionForm(t.Precision))
		}
	case PrecisionRelative, PrecisionUnknown:
		if t.Date != nil {
			v.addf(path+".date", "must be null when precision is %q", t.Precision)
		}
	default:
		v.addf(path+".precision", "%q is not a precision (day, month, year, relative, unknown)", t.Precision)
	}
	if t.Inferred && strings.TrimSpace(t.InferredWhy) == "" {
		v.addf(path+".inferred_why", "an inferred date must say why it was inferred")
	}
	if !t.Inferred && t.InferredWhy != "" {
		v.addf(path+".inferred", "is false but inferred_why is given")
	}
	if t.Text != "" && !withinSpans(ev, t.Text) {
		v.addf(path+".text", "%q does not stand inside any of the item's evidence spans", clip(t.Text))
	}
}

func validActorKind(k ActorKind) bool {
	for _, known := range ActorKinds {
		if k == known {
			return true
		}
	}
	return false
}

func joinKinds() string {
	names := make([]string, len(ActorKinds))
	for i, k := range ActorKinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

func validComparator(c Comparator) bool {
	for _, known := range Comparators {
		if c == known {
			return true
		}
	}
	return false
}

// clip shortens a value quoted in a message so that one bad field cannot
// flood the terminal.
func clip(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}
