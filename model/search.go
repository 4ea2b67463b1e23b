package model

import (
	"slices"
	"strings"
)

// Query is what the reader filters by: topics (an item passes when it has
// any of them; none selected means all pass) and search text, which narrows
// further. Every view applies the same query.
type Query struct {
	Topics []string
	Text   string
}

// Empty reports whether the query filters nothing.
func (q Query) Empty() bool { return len(q.Topics) == 0 && strings.TrimSpace(q.Text) == "" }

// Hit is one item that passes a query, with its rank score (higher first).
type Hit struct {
	Ref   Ref
	Score int
}

// Result holds the items that pass a query, per kind, best first when the
// query has text and in dataset order when it has none.
type Result struct {
	Query Query
	terms []string
	hits  map[Kind][]Hit
}

// Hits returns the passing items of one kind.
func (r *Result) Hits(k Kind) []Hit { return r.hits[k] }

// Count returns how many items of one kind pass.
func (r *Result) Count(k Kind) int { return len(r.hits[k]) }

// Passes reports whether the item passes. It costs a scan of the kind's
// hits; callers checking many items should build a set from Hits.
func (r *Result) Passes(ref Ref) bool {
	for _, h := range r.hits[ref.Kind] {
		if h.Ref == ref {
			return true
		}
	}
	return false
}

// searchKinds are the kinds a query filters, in the order of their tabs.
var searchKinds = []Kind{KindActor, KindEvent, KindFigure, KindQuote, KindClaim, KindSeries}

// doc is one item's search form, built once.
type doc struct {
	ref Ref
	// names holds the item's short fields (name, label, aliases, role),
	// folded and separated by NUL so no match spans two fields. Fuzzy
	// matching looks only here: in long text it would match noise.
	names string
	// text holds every searchable field, folded, NUL-separated.
	text   string
	topics []string
}

// Searcher answers queries over one dataset. It is built once and never
// changed after, so many explorers (SSH sessions) can share it.
type Searcher struct {
	d    *Dataset
	docs map[Kind][]doc
	ids  map[string]Ref
}

// NewSearcher builds the search index of d: one pass over every item.
func NewSearcher(d *Dataset) *Searcher {
	s := &Searcher{d: d, docs: map[Kind][]doc{}, ids: map[string]Ref{}}
	for _, k := range append([]Kind{KindTopic}, searchKinds...) {
		n := d.Count(k)
		if k != KindTopic {
			s.docs[k] = make([]doc, 0, n)
		}
		for i := range n {
			ref := Ref{k, i}
			s.ids[d.ID(ref)] = ref
			if k == KindTopic {
				continue
			}
			names, text := d.searchFields(ref)
			s.docs[k] = append(s.docs[k], doc{
				ref:    ref,
				names:  foldJoin(names),
				text:   foldJoin(append(names, text...)),
				topics: d.TopicsOf(ref),
			})
		}
	}
	return s
}

// Dataset returns the dataset the searcher indexes.
func (s *Searcher) Dataset() *Dataset { return s.d }

// Lookup finds an item by id in constant time.
func (s *Searcher) Lookup(id string) (Ref, bool) {
	r, ok := s.ids[id]
	return r, ok
}

func foldJoin(fields []string) string {
	var b []byte
	for i, f := range fields {
		if i > 0 {
			b = append(b, 0)
		}
		b = foldInto(b, f, nil)
	}
	return string(b)
}

// searchFields returns an item's short fields and its long ones.
func (d *Dataset) searchFields(r Ref) (names, text []string) {
	evidence := func(ev []Evidence) []string {
		out := make([]string, len(ev))
		for i, e := range ev {
			out[i] = e.Text
		}
		return out
	}
	switch r.Kind {
	case KindActor:
		a := &d.Actors[r.Index]
		return append([]string{a.Name, a.Role}, a.Aliases...), evidence(a.Evidence)
	case KindEvent:
		e := &d.Events[r.Index]
		return []string{e.When.Text}, append([]string{e.Summary}, evidence(e.Evidence)...)
	case KindFigure:
		f := &d.Figures[r.Index]
		return []string{f.Label, f.ValueText(), f.Unit, f.UnitLong},
			append([]string{f.Measure, f.BareNumber()}, evidence(f.Evidence)...)
	case KindQuote:
		q := &d.Quotes[r.Index]
		var speaker []string
		if a := d.ActorByID(q.Speaker); a != nil {
			speaker = []string{a.Name}
		}
		return speaker, append([]string{q.Text}, evidence(q.Evidence)...)
	case KindClaim:
		c := &d.Claims[r.Index]
		var actor []string
		if a := d.ActorByID(c.Actor); a != nil {
			actor = []string{a.Name}
		}
		return actor, append([]string{c.Summary}, evidence(c.Evidence)...)
	case KindSeries:
		s := &d.Series[r.Index]
		names := []string{s.Title}
		for _, p := range s.Points {
			names = append(names, p.Label)
		}
		return names, []string{s.Caption}
	}
	return nil, nil
}

// terms splits a query's text into folded terms.
func terms(text string) []string { return strings.Fields(fold(text)) }

// Run answers a query. prev, when not nil, is the result of the query
// before this one: when the new text only extends the old (another
// character typed, or another term), only the items that passed before are
// looked at again, since adding to a query can only remove items.
func (s *Searcher) Run(q Query, prev *Result) *Result {
	res := &Result{Query: q, terms: terms(q.Text), hits: map[Kind][]Hit{}}
	topics := topicSet(q.Topics)
	narrowing := prev != nil && sameTopics(prev.Query.Topics, q.Topics) && extends(prev.terms, res.terms)
	for _, k := range searchKinds {
		docs := s.docs[k]
		var hits []Hit
		if narrowing {
			for _, h := range prev.hits[k] {
				if score, ok := res.score(&docs[h.Ref.Index]); ok {
					hits = append(hits, Hit{h.Ref, score})
				}
			}
		} else {
			for i := range docs {
				d := &docs[i]
				if topics != nil && !anyTopic(d.topics, topics) {
					continue
				}
				if score, ok := res.score(d); ok {
					hits = append(hits, Hit{d.ref, score})
				}
			}
		}
		if len(res.terms) > 0 {
			rank(hits)
		} else if narrowing {
			sortByIndex(hits)
		}
		res.hits[k] = hits
	}
	return res
}

func topicSet(ids []string) map[string]bool {
	if len(ids) == 0 {
		return nil
	}
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

func anyTopic(have []string, want map[string]bool) bool {
	for _, t := range have {
		if want[t] {
			return true
		}
	}
	return false
}

func sameTopics(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	sa := topicSet(a)
	for _, t := range b {
		if !sa[t] {
			return false
		}
	}
	return true
}

// extends reports whether every item matching next also matches prev: each
// old term is a prefix of the new term in its place, and terms may be
// added. Matching is monotone in this sense for every way a term can match.
func extends(prev, next []string) bool {
	if len(next) < len(prev) {
		return false
	}
	for i, t := range prev {
		if !strings.HasPrefix(next[i], t) {
			return false
		}
	}
	return true
}

// rank orders hits best first, keeping dataset order among equals. Scores
// are small integers, so a counting sort keeps this linear.
func rank(hits []Hit) {
	if len(hits) < 2 {
		return
	}
	maxScore := 0
	for _, h := range hits {
		maxScore = max(maxScore, h.Score)
	}
	buckets := make([][]Hit, maxScore+1)
	sortByIndex(hits)
	for _, h := range hits {
		buckets[h.Score] = append(buckets[h.Score], h)
	}
	out := hits[:0:len(hits)]
	for s := maxScore; s >= 0; s-- {
		out = append(out, buckets[s]...)
	}
}

// sortByIndex restores dataset order (hits of one kind only), which a
// previous ranking may have changed.
func sortByIndex(hits []Hit) {
	if len(hits) < 2 {
		return
	}
	maxIndex := 0
	for _, h := range hits {
		maxIndex = max(maxIndex, h.Ref.Index)
	}
	if maxIndex > 4*len(hits) {
		slices.SortFunc(hits, func(a, b Hit) int { return a.Ref.Index - b.Ref.Index })
		return
	}
	slots := make([]int, maxIndex+1)
	byIndex := make([]Hit, maxIndex+1)
	for _, h := range hits {
		slots[h.Ref.Index]++
		byIndex[h.Ref.Index] = h
	}
	i := 0
	for idx, n := range slots {
		if n > 0 {
			hits[i] = byIndex[idx]
			i++
		}
	}
}
