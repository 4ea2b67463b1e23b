package model

import (
	"reflect"
	"testing"
)

// searchFixture is a small dataset with accents, numbers and names spread
// over several kinds.
func searchFixture() *Dataset {
	return &Dataset{
		Topics: []Topic{{ID: "crime", Name: "Crime"}, {ID: "polls", Name: "Polls"}},
		Actors: []Actor{
			{ID: "tellez", Name: "Lily Téllez", Role: "Senator", Aliases: []string{"Téllez"}, Topics: []string{"polls"}},
			{ID: "harfuch", Name: "Omar García Harfuch", Role: "Security Minister", Topics: []string{"crime"}},
			{ID: "morena", Name: "Morena", Topics: []string{"polls"}},
		},
		Figures: []Figure{
			{ID: "arrests", Label: "Arrests for high-impact crimes", Value: 11600, Comparator: Exact, Unit: "arrests", Topics: []string{"crime"},
				Evidence: []Evidence{{Text: "11,600 arrests for high-impact crimes"}}},
			{ID: "guns", Label: "Firearms seized", Value: 5000, Comparator: MoreThan, Unit: "firearms", Topics: []string{"crime"},
				Evidence: []Evidence{{Text: "more than 5,000 firearms"}}},
			{ID: "support", Label: "Support for collaboration", Value: 46, Unit: "%", UnitLong: "percent", Comparator: Exact, Topics: []string{"polls"}},
		},
		Quotes: []Quote{{ID: "q1", Speaker: "tellez", Text: "This is nothing new", Topics: []string{"polls"}}},
	}
}

func ids(d *Dataset, hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, d.ID(h.Ref))
	}
	return out
}

func TestSearchFolding(t *testing.T) {
	d := searchFixture()
	s := NewSearcher(d)
	cases := []struct {
		query string
		kind  Kind
		want  []string
	}{
		{"tellez", KindActor, []string{"tellez"}},
		{"TÉLLEZ", KindActor, []string{"tellez"}},
		{"garcia harfuch", KindActor, []string{"harfuch"}},
		{"harfuch garcia", KindActor, []string{"harfuch"}}, // terms in any order
		{"11600", KindFigure, []string{"arrests"}},
		{"11,600", KindFigure, []string{"arrests"}},
		{"5000", KindFigure, []string{"guns"}},
		{"tellez", KindQuote, []string{"q1"}}, // a quote is found by its speaker
		{"zzz", KindActor, nil},
	}
	for _, c := range cases {
		got := ids(d, s.Run(Query{Text: c.query}, nil).Hits(c.kind))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q in %ss = %v, want %v", c.query, c.kind, got, c.want)
		}
	}
}

func TestSearchRanksNameWordsFirst(t *testing.T) {
	d := &Dataset{Actors: []Actor{
		{ID: "a", Name: "Armored vehicles", Evidence: []Evidence{{Text: "the morena-backed plan"}}}, // text, inside a word
		{ID: "b", Name: "Morenaville"},  // name prefix
		{ID: "c", Name: "Party Morena"}, // name, whole word
		{ID: "d", Name: "Moreana"},      // fuzzy only
		{ID: "e", Name: "Mxoxrxexnxa"},  // letters too far apart
	}}
	got := ids(d, NewSearcher(d).Run(Query{Text: "morena"}, nil).Hits(KindActor))
	want := []string{"c", "b", "a", "d"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ranking = %v, want %v", got, want)
	}
}

func TestFuzzyStaysInNames(t *testing.T) {
	d := &Dataset{Quotes: []Quote{{ID: "q", Text: "the long quote holds t, e, l, l, e and z in order"}}}
	if n := NewSearcher(d).Run(Query{Text: "tellez"}, nil).Count(KindQuote); n != 0 {
		t.Errorf("fuzzy matched inside a long quote: %d hits", n)
	}
}

func TestTopicsAnyAndSearchNarrows(t *testing.T) {
	d := searchFixture()
	s := NewSearcher(d)
	r := s.Run(Query{Topics: []string{"crime", "polls"}}, nil)
	if got := r.Count(KindFigure); got != 3 {
		t.Errorf("any of two topics: %d figures, want 3", got)
	}
	r = s.Run(Query{Topics: []string{"crime"}}, nil)
	if got := ids(d, r.Hits(KindFigure)); !reflect.DeepEqual(got, []string{"arrests", "guns"}) {
		t.Errorf("crime figures = %v", got)
	}
	r = s.Run(Query{Topics: []string{"crime"}, Text: "fire"}, nil)
	if got := ids(d, r.Hits(KindFigure)); !reflect.DeepEqual(got, []string{"guns"}) {
		t.Errorf("crime + fire = %v", got)
	}
}

func TestIncrementalEqualsFresh(t *testing.T) {
	d := searchFixture()
	s := NewSearcher(d)
	var prev *Result
	for _, q := range []string{"", "m", "mo", "mor", "mor a", "mor ar"} {
		inc := s.Run(Query{Text: q}, prev)
		fresh := s.Run(Query{Text: q}, nil)
		for _, k := range searchKinds {
			if !reflect.DeepEqual(inc.Hits(k), fresh.Hits(k)) {
				t.Errorf("%q %s: incremental %v != fresh %v", q, k, inc.Hits(k), fresh.Hits(k))
			}
		}
		prev = inc
	}
}

func TestHighlightLandsOnOriginalRunes(t *testing.T) {
	cases := []struct {
		query, text string
		want        []int
	}{
		{"tellez", "Lily Téllez", []int{5, 6, 7, 8, 9, 10}},
		{"11600", "11,600 arrests", []int{0, 1, 2, 3, 4, 5}},
		{"garcia", "Omar García", []int{5, 6, 7, 8, 9, 10}},
		{"", "anything", nil},
	}
	for _, c := range cases {
		if got := Highlight(c.query, c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Highlight(%q, %q) = %v, want %v", c.query, c.text, got, c.want)
		}
	}
}
