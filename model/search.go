package model

import (
	"runtime"
	"strings"
	"sync"
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
	// passing holds, per kind, the indexes of the passing items in dataset
	// order: the next keystroke looks again only at these, and reads them
	// in memory order without sorting.
	passing map[Kind][]int32
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
	// text holds every searchable field, folded and separated by NUL so no
	// match spans two fields. It starts with the item's short fields (name,
	// label, aliases, role), the first nameLen bytes: fuzzy matching looks
	// only there, since in long text it would match noise.
	text    string
	nameLen int
	// namesMask and textMask say which bytes occur in the names and in the
	// whole text (see byteBit), so that an item lacking a letter of the
	// term is passed over without reading its text.
	namesMask, textMask uint64
	topics              []string
	// topicMask has the bits (Searcher.topicBit) of the item's topics;
	// topicsOut is set when one of them has no bit, and the mask alone
	// cannot rule the item out.
	topicMask uint64
	topicsOut bool
}

// names returns the folded short fields.
func (d *doc) names() string { return d.text[:d.nameLen] }

// Searcher answers queries over one dataset. It is built once and never
// changed after, so many explorers (SSH sessions) can share it.
type Searcher struct {
	d    *Dataset
	docs map[Kind][]doc
	ids  map[string]Ref
	// topicBit gives the first 64 topics one bit each, so that a topic
	// filter tests a bit mask per item rather than looking up strings.
	topicBit map[string]uint64
}

// NewSearcher builds the search index of d: one pass over every item.
func NewSearcher(d *Dataset) *Searcher {
	kinds := append([]Kind{KindTopic}, searchKinds...)
	total := 0
	for _, k := range kinds {
		total += d.Count(k)
	}
	s := &Searcher{d: d, docs: make(map[Kind][]doc, len(searchKinds)), ids: make(map[string]Ref, total)}
	// Ids first: a quote's search text holds its speaker's name, found by
	// id. (Dataset.Lookup scans every item, which made this quadratic.)
	for _, k := range kinds {
		for i := range d.Count(k) {
			ref := Ref{k, i}
			s.ids[d.ID(ref)] = ref
		}
	}
	s.topicBit = make(map[string]uint64, min(64, len(d.Topics)))
	for _, t := range d.Topics {
		if _, dup := s.topicBit[t.ID]; !dup && len(s.topicBit) < 64 {
			s.topicBit[t.ID] = 1 << len(s.topicBit)
		}
	}
	var a arena
	var names, text []string
	for _, k := range searchKinds {
		docs := make([]doc, d.Count(k))
		for i := range docs {
			ref := Ref{k, i}
			names, text = s.searchFields(ref, names[:0], text[:0])
			docs[i].ref, docs[i].topics = ref, d.TopicsOf(ref)
			docs[i].topicMask, docs[i].topicsOut = s.topicMask(docs[i].topics)
			a.add(&docs[i], names, text)
		}
		a.flush()
		s.docs[k] = docs
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

// topicMask returns the bits of the given topics, and whether one of them
// has none.
func (s *Searcher) topicMask(ids []string) (mask uint64, out bool) {
	for _, id := range ids {
		bit, ok := s.topicBit[id]
		mask |= bit
		out = out || !ok
	}
	return mask, out
}

// actorName returns the name of the actor with the given id.
func (s *Searcher) actorName(id string) (string, bool) {
	if r, ok := s.ids[id]; ok && r.Kind == KindActor {
		return s.d.Actors[r.Index].Name, true
	}
	return "", false
}

// searchFields appends an item's short fields to names and its long ones
// to text; the caller reuses the slices from item to item.
func (s *Searcher) searchFields(r Ref, names, text []string) ([]string, []string) {
	d := s.d
	evidence := func(ev []Evidence) {
		for _, e := range ev {
			text = append(text, e.Text)
		}
	}
	switch r.Kind {
	case KindActor:
		a := &d.Actors[r.Index]
		names = append(append(names, a.Name, a.Role), a.Aliases...)
		evidence(a.Evidence)
	case KindEvent:
		e := &d.Events[r.Index]
		names = append(names, e.When.Text)
		text = append(text, e.Summary)
		evidence(e.Evidence)
	case KindFigure:
		f := &d.Figures[r.Index]
		names = append(names, f.Label, f.ValueText(), f.Unit, f.UnitLong)
		text = append(text, f.Measure, f.BareNumber())
		evidence(f.Evidence)
	case KindQuote:
		q := &d.Quotes[r.Index]
		if name, ok := s.actorName(q.Speaker); ok {
			names = append(names, name)
		}
		text = append(text, q.Text)
		evidence(q.Evidence)
	case KindClaim:
		c := &d.Claims[r.Index]
		if name, ok := s.actorName(c.Actor); ok {
			names = append(names, name)
		}
		text = append(text, c.Summary)
		evidence(c.Evidence)
	case KindSeries:
		sr := &d.Series[r.Index]
		names = append(names, sr.Title)
		for _, p := range sr.Points {
			names = append(names, p.Label)
		}
		text = append(text, sr.Caption)
	}
	return names, text
}

// arenaChunk is the size of the strings an arena packs folded text into:
// small enough that the buffer it is built in stays in the CPU cache.
const arenaChunk = 256 << 10

// arena packs the folded text of many docs into few large strings: one
// allocation per chunk instead of several per item, with the docs of a kind
// side by side in memory, in the order a search reads them.
type arena struct {
	buf     []byte
	pending []pendingDoc
}

type pendingDoc struct {
	d          *doc
	start, end int
}

// add folds an item's fields into the arena; d.text is set at the next
// flush.
func (a *arena) add(d *doc, names, text []string) {
	start := len(a.buf)
	a.buf = foldJoinInto(a.buf, names)
	nameEnd := len(a.buf)
	if len(names) > 0 && len(text) > 0 {
		a.buf = append(a.buf, 0)
	}
	a.buf = foldJoinInto(a.buf, text)
	d.nameLen = nameEnd - start
	d.namesMask = bytesMask(a.buf[start:nameEnd])
	d.textMask = d.namesMask | bytesMask(a.buf[nameEnd:])
	a.pending = append(a.pending, pendingDoc{d, start, len(a.buf)})
	if len(a.buf) >= arenaChunk {
		a.flush()
	}
}

// flush copies the buffer into one string and points the pending docs into
// it, then reuses the buffer.
func (a *arena) flush() {
	s := string(a.buf)
	for _, p := range a.pending {
		p.d.text = s[p.start:p.end]
	}
	a.buf, a.pending = a.buf[:0], a.pending[:0]
}

// foldJoinInto appends the folded fields to b, separated by NUL.
func foldJoinInto(b []byte, fields []string) []byte {
	for i, f := range fields {
		if i > 0 {
			b = append(b, 0)
		}
		b = foldInto(b, f, nil)
	}
	return b
}

// byteBit maps a byte to one of 64 bits: a letter or digit to its own, any
// byte of a non-ASCII rune to one, other bytes by remainder. When a term's
// mask has a bit the item's lacks, the term cannot occur in the item.
func byteBit(b byte) uint64 {
	switch {
	case 'a' <= b && b <= 'z':
		return 1 << (b - 'a')
	case '0' <= b && b <= '9':
		return 1 << (26 + b - '0')
	case b >= 0x80:
		return 1 << 36
	}
	return 1 << (37 + b%27)
}

func bytesMask(s []byte) uint64 {
	var m uint64
	for _, b := range s {
		m |= byteBit(b)
	}
	return m
}

func stringMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= byteBit(s[i])
	}
	return m
}

// terms splits a query's text into folded terms.
func terms(text string) []string { return strings.Fields(fold(text)) }

// Run answers a query. prev, when not nil, is the result of the query
// before this one: when the new text only extends the old (another
// character typed, or another term), only the items that passed before are
// looked at again, since adding to a query can only remove items.
func (s *Searcher) Run(q Query, prev *Result) *Result {
	res := &Result{Query: q, terms: terms(q.Text),
		hits: make(map[Kind][]Hit, len(searchKinds)), passing: make(map[Kind][]int32, len(searchKinds))}
	masks := make([]uint64, len(res.terms))
	for i, t := range res.terms {
		masks[i] = stringMask(t)
	}
	topics := topicSet(q.Topics)
	topicMask, topicsOut := s.topicMask(q.Topics)
	passesTopics := func(d *doc) bool {
		switch {
		case topics == nil || topicMask&d.topicMask != 0:
			return true
		case !topicsOut && !d.topicsOut:
			return false // every topic on both sides has a bit, and none is shared
		}
		return anyTopic(d.topics, topics)
	}
	narrowing := prev != nil && sameTopics(prev.Query.Topics, q.Topics) && extends(prev.terms, res.terms)
	// run filters one kind; kinds are independent, so a large search runs
	// them on all cores.
	type kindResult struct {
		passing []int32
		hits    []Hit
	}
	out := make([]kindResult, len(searchKinds))
	run := func(j int) {
		k := searchKinds[j]
		docs := s.docs[k]
		var passing, scores []int32
		visit := func(i int) {
			if score, ok := res.score(&docs[i], masks); ok {
				passing = append(passing, int32(i))
				scores = append(scores, int32(score))
			}
		}
		if narrowing {
			for _, i := range prev.passing[k] {
				visit(int(i))
			}
		} else {
			for i := range docs {
				if passesTopics(&docs[i]) {
					visit(i)
				}
			}
		}
		out[j] = kindResult{passing, hitsOf(k, passing, scores, len(res.terms) > 0)}
	}
	work := 0
	for _, k := range searchKinds {
		if narrowing {
			work += len(prev.passing[k])
		} else {
			work += len(s.docs[k])
		}
	}
	if work >= parallelFrom && runtime.GOMAXPROCS(0) > 1 {
		var wg sync.WaitGroup
		for j := range searchKinds {
			wg.Go(func() { run(j) })
		}
		wg.Wait()
	} else {
		for j := range searchKinds {
			run(j)
		}
	}
	for j, k := range searchKinds {
		res.passing[k], res.hits[k] = out[j].passing, out[j].hits
	}
	return res
}

// parallelFrom is the number of items to look at from which a search
// runs its kinds concurrently: below it, starting goroutines costs more
// than it saves.
const parallelFrom = 20_000

// hitsOf makes the hits of one kind from the passing items in dataset
// order, ranked best first when ranked is set. Scores are small integers,
// so a counting sort keeps this linear, and it is stable: equal scores keep
// dataset order.
func hitsOf(k Kind, passing, scores []int32, ranked bool) []Hit {
	hits := make([]Hit, len(passing))
	if !ranked || len(passing) < 2 {
		for j, i := range passing {
			hits[j] = Hit{Ref{k, int(i)}, int(scores[j])}
		}
		return hits
	}
	maxScore := int32(0)
	for _, sc := range scores {
		maxScore = max(maxScore, sc)
	}
	// at[s] is where the next hit of score s goes: higher scores first.
	at := make([]int, maxScore+1)
	for _, sc := range scores {
		at[sc]++
	}
	next := 0
	for sc := maxScore; sc >= 0; sc-- {
		n := at[sc]
		at[sc] = next
		next += n
	}
	for j, i := range passing {
		sc := scores[j]
		hits[at[sc]] = Hit{Ref{k, int(i)}, int(sc)}
		at[sc]++
	}
	return hits
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

// sameTopics reports whether two topic lists select the same topics. They
// are compared as sets: a query may name a topic twice, and [a b] against
// [a a] once passed a length-and-subset test, so the incremental path kept
// items of topic b that a fresh search drops (found by FuzzSearch).
func sameTopics(a, b []string) bool {
	sa, sb := topicSet(a), topicSet(b)
	if len(sa) != len(sb) {
		return false
	}
	for t := range sb {
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
