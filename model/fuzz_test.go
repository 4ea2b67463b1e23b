package model

// Fuzz targets for evidence resolution and search. Seeds are in
// testdata/fuzz/<FuzzName>/; scripts/fuzz.sh fuzzes them for time.

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzResolveEvidence checks one span against one text. A span Validate
// accepts stands in the text at the offsets it filled; a span that is in
// the text (at the start given, or once, or at the occurrence named) is
// accepted at exactly that place; and validating again changes nothing.
func FuzzResolveEvidence(f *testing.F) {
	f.Add("Ana Ruiz said yes.", "Ruiz", 0, false, 0)
	f.Add("Ruiz and Ruiz", "Ruiz", 9, true, 0)
	f.Add("Ruiz and Ruiz", "Ruiz", 0, false, 2)
	f.Add("aaaa", "aa", 1, true, 0)
	f.Add("aaaa", "aa", 0, false, 3)
	f.Add("Téllez", "é", 1, true, 0)
	f.Add("Téllez", "é", 2, true, 0)
	f.Add("x", "x", math.MaxInt, true, 0)
	f.Add("x", "x", -1, true, -1)
	f.Add("\x1b]52;c;AAAA\x07", "\x1b]52", 0, false, 0)
	f.Fuzz(func(t *testing.T, text, span string, start int, hasStart bool, occurrence int) {
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
			return // the story rules refuse these before evidence matters
		}
		ev := Evidence{Text: span, Occurrence: occurrence}
		if hasStart {
			ev.Start = &start
		}
		d := &Dataset{
			SchemaVersion: SchemaVersion,
			Story:         Story{Title: "T", Text: text},
			Actors:        []Actor{{ID: "a", Name: "A", Kind: KindPerson, Evidence: []Evidence{ev}}},
		}
		ok := len(Validate(d)) == 0
		got := d.Actors[0].Evidence[0]
		if ok {
			s, e := got.Span()
			if got.Start == nil || got.End == nil || got.Occurrence != 0 || s < 0 || s > e || e > len(text) || text[s:e] != span {
				t.Fatalf("accepted span %q resolved to %+v in %q", span, got, text)
			}
			again := Validate(d)
			if s2, e2 := d.Actors[0].Evidence[0].Span(); len(again) != 0 || s2 != s || e2 != e {
				t.Fatalf("validating again: %v, span [%d:%d] became [%d:%d]", again, s, e, s2, e2)
			}
		}
		want, in := expectedStart(text, span, start, hasStart, occurrence)
		if in != ok {
			t.Fatalf("span %q (start %d/%v, occurrence %d) in %q: accepted %v, want %v", span, start, hasStart, occurrence, text, ok, in)
		}
		if ok {
			if s, _ := got.Span(); s != want {
				t.Fatalf("span %q resolved at %d, want %d", span, s, want)
			}
		}
	})
}

// expectedStart is the rule, written plainly: where the span must resolve,
// and whether it is acceptable at all.
func expectedStart(text, span string, start int, hasStart bool, occurrence int) (int, bool) {
	if span == "" {
		return 0, false
	}
	if hasStart {
		fits := occurrence == 0 && start >= 0 && start <= len(text)-len(span) && text[start:start+len(span)] == span
		return start, fits
	}
	var offs []int
	for i := 0; i+len(span) <= len(text); {
		if text[i:i+len(span)] == span {
			offs = append(offs, i)
			i += len(span)
		} else {
			i++
		}
	}
	switch {
	case occurrence == 0 && len(offs) == 1:
		return offs[0], true
	case occurrence >= 1 && occurrence <= len(offs):
		return offs[occurrence-1], true
	}
	return 0, false
}

// FuzzSearch builds a small dataset from fuzzed text and checks the
// searcher: it never panics; a result computed from the previous one (the
// incremental path, taken as the reader types) equals one computed afresh;
// and Highlight marks only characters that exist, each once, in order.
func FuzzSearch(f *testing.F) {
	f.Add("Lily Téllez", "Senator said 11,600 arrests", "tell", "ez", 4500000.0, uint8(0b0110))
	f.Add("Omar García Harfuch", "more than 5,000 firearms", "garcia", " harf", 5000.0, uint8(0b1001))
	f.Add("東京 👩‍💻", "e\u0301\u0301 1,2,3", "1,", "2", 0.5, uint8(0xff))
	f.Add("a", "b", "", "a", -1.0, uint8(0b0011))
	f.Add("\x1b[31mred", "\u202eevil", "\x1b", "[", 1e21, uint8(0b1100))
	f.Fuzz(func(t *testing.T, name, text, query, more string, value float64, bits uint8) {
		if math.IsNaN(value) || math.IsInf(value, 0) {
			return // Validate refuses these; the searcher is built on valid data
		}
		d := searchDataset(name, text, value, bits)
		s := NewSearcher(d)
		first := Query{Topics: topicsFrom(bits), Text: query}
		next := Query{Topics: topicsFrom(bits >> 4), Text: query + more}
		prev := s.Run(first, nil)
		inc, fresh := s.Run(next, prev), s.Run(next, nil)
		for _, k := range searchKinds {
			if !reflect.DeepEqual(inc.Hits(k), fresh.Hits(k)) {
				t.Fatalf("%ss for %+v after %+v: incremental %v, fresh %v", k, next, first, inc.Hits(k), fresh.Hits(k))
			}
			if inc.Count(k) != len(inc.Hits(k)) {
				t.Fatalf("Count(%s) = %d, %d hits", k, inc.Count(k), len(inc.Hits(k)))
			}
		}
		for _, q := range []string{query, query + more} {
			for _, field := range []string{name, text, d.Figures[0].ValueText()} {
				checkHighlight(t, q, field)
			}
		}
	})
}

func checkHighlight(t *testing.T, query, text string) {
	idx := Highlight(query, text)
	n := len([]rune(text))
	for i, r := range idx {
		if r < 0 || r >= n || i > 0 && idx[i-1] >= r {
			t.Fatalf("Highlight(%q, %q) = %v: index %d not in 0..%d, ascending", query, text, idx, r, n-1)
		}
	}
}

// topicsFrom picks topics by bit, and repeats the first one picked: a query
// may name a topic twice, and that must not fool the incremental path.
func topicsFrom(bits uint8) []string {
	var ts []string
	for i, id := range []string{"t0", "t1", "t2"} {
		if bits&(1<<i) != 0 {
			ts = append(ts, id)
		}
	}
	if bits&8 != 0 && len(ts) > 0 {
		ts = append(ts, ts[0])
	}
	return ts
}

// searchDataset spreads the fuzzed text over every kind the searcher reads,
// filing items under topics by bit so that topic filters have work to do.
func searchDataset(name, text string, value float64, bits uint8) *Dataset {
	tp := func(shift uint) []string { return topicsFrom(bits >> shift & 7) }
	ev := []Evidence{{Text: text}}
	return &Dataset{
		Topics: []Topic{{ID: "t0", Name: name}, {ID: "t1", Name: "One"}, {ID: "t2", Name: "Two"}},
		Actors: []Actor{
			{ID: "a0", Name: name, Role: text, Aliases: []string{text + name}, Topics: tp(0), Evidence: ev},
			{ID: "a1", Name: text, Topics: tp(1), Evidence: ev},
			{ID: "a2", Name: name + " " + text, Topics: tp(2)},
		},
		Events: []Event{{ID: "e0", Summary: text, When: TimeRef{Text: name}, Topics: tp(3), Evidence: ev}},
		Figures: []Figure{
			{ID: "f0", Label: name, Value: value, Unit: "%", Measure: text, Topics: tp(4), Evidence: ev},
			{ID: "f1", Label: text, Value: -value, Comparator: About, Unit: name, Topics: tp(5)},
		},
		Quotes: []Quote{{ID: "q0", Speaker: "a0", Text: text, Topics: tp(1), Evidence: ev}},
		Claims: []Claim{{ID: "c0", Actor: "a1", Summary: name, Topics: tp(2), Evidence: ev}},
		Series: []Series{{ID: "s0", Title: name, Caption: text, Points: []Point{{Label: text, Figure: "f0"}}, Topics: tp(6)}},
	}
}
