package model_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/dossier-dev/dossier/internal/synth"
	"github.com/dossier-dev/dossier/model"
)

// The search benchmarks run over the synthetic datasets at 1k, 10k and 100k
// items; each cost should grow about tenfold from one size to the next.
// Queries are what a reader types: a common surname (folded: "garcia" finds
// "García"), and the same name one character short, extended by one, as
// each keystroke does.

var (
	cacheMu   sync.Mutex
	validated = map[int]*model.Searcher{}
)

// dataset returns the validated synthetic dataset of n items and its
// search index, made once per size for all the benchmarks.
func dataset(b *testing.B, n int) (*model.Dataset, *model.Searcher) {
	b.Helper()
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if s, ok := validated[n]; ok {
		return s.Dataset(), s
	}
	d, err := synth.Cached(n)
	if err != nil {
		b.Fatal(err)
	}
	if problems := model.Validate(d); len(problems) > 0 {
		b.Fatalf("synthetic dataset of %d items: %v", n, problems[0])
	}
	s := model.NewSearcher(d)
	validated[n] = s
	return d, s
}

// perSize runs f as one sub-benchmark per dataset size.
func perSize(b *testing.B, f func(b *testing.B, d *model.Dataset, s *model.Searcher)) {
	for _, n := range synth.BenchSizes {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			d, s := dataset(b, n) // here, so that selecting one size makes only that one
			b.ReportAllocs()
			f(b, d, s)
		})
	}
}

// BenchmarkValidate is validation alone, every span given by start.
func BenchmarkValidate(b *testing.B) {
	perSize(b, func(b *testing.B, d *model.Dataset, _ *model.Searcher) {
		for b.Loop() {
			model.Validate(d)
		}
	})
}

func BenchmarkNewSearcher(b *testing.B) {
	perSize(b, func(b *testing.B, d *model.Dataset, _ *model.Searcher) {
		for b.Loop() {
			model.NewSearcher(d)
		}
	})
}

// BenchmarkSearchFresh is a query run from scratch, as when the reader
// pastes text or changes topics.
func BenchmarkSearchFresh(b *testing.B) {
	for _, q := range []string{"garcia", "water plan", "tellz"} {
		b.Run("q="+q, func(b *testing.B) {
			perSize(b, func(b *testing.B, _ *model.Dataset, s *model.Searcher) {
				for b.Loop() {
					s.Run(model.Query{Text: q}, nil)
				}
			})
		})
	}
}

// BenchmarkSearchExtend is one keystroke: the query grows by a character
// and only the previous hits are looked at again.
func BenchmarkSearchExtend(b *testing.B) {
	for _, q := range []string{"garcia", "water plan"} {
		b.Run("q="+q, func(b *testing.B) {
			perSize(b, func(b *testing.B, _ *model.Dataset, s *model.Searcher) {
				prev := s.Run(model.Query{Text: q[:len(q)-1]}, nil)
				for b.Loop() {
					s.Run(model.Query{Text: q}, prev)
				}
			})
		})
	}
}

// BenchmarkSearchFirstKey is the first keystroke of a search: one letter,
// which matches most items, so ranking them all is the work.
func BenchmarkSearchFirstKey(b *testing.B) {
	perSize(b, func(b *testing.B, _ *model.Dataset, s *model.Searcher) {
		empty := s.Run(model.Query{}, nil)
		for b.Loop() {
			s.Run(model.Query{Text: "g"}, empty)
		}
	})
}

// BenchmarkTopicFilter selects one topic, with and without search text.
func BenchmarkTopicFilter(b *testing.B) {
	for _, q := range []model.Query{{Topics: []string{"water"}}, {Topics: []string{"water", "budget"}, Text: "garcia"}} {
		b.Run(fmt.Sprintf("topics=%d/text=%q", len(q.Topics), q.Text), func(b *testing.B) {
			perSize(b, func(b *testing.B, _ *model.Dataset, s *model.Searcher) {
				for b.Loop() {
					s.Run(q, nil)
				}
			})
		})
	}
}

// TestTopicFilterMatchesDefinition checks the searcher's topic bit masks
// against the plain definition (an item passes when it has any selected
// topic), with more topics than the masks have bits and with ids that name
// no topic, where the masks must fall back to comparing ids.
func TestTopicFilterMatchesDefinition(t *testing.T) {
	d := &model.Dataset{}
	for i := range 70 {
		d.Topics = append(d.Topics, model.Topic{ID: fmt.Sprintf("t%d", i), Name: "T"})
	}
	for i := range 300 {
		var topics []string
		for j := range 3 {
			topics = append(topics, fmt.Sprintf("t%d", (i*7+j*31)%75)) // t70..t74 name no topic
		}
		d.Actors = append(d.Actors, model.Actor{ID: fmt.Sprintf("a%d", i), Name: "A", Topics: topics[:i%4]})
	}
	s := model.NewSearcher(d)
	for _, sel := range [][]string{{"t0"}, {"t63"}, {"t64"}, {"t69", "t1"}, {"t72"}, {"t3", "t71"}, {"nope"}} {
		want := map[int]bool{}
		for i, a := range d.Actors {
			for _, t := range a.Topics {
				for _, s := range sel {
					if t == s {
						want[i] = true
					}
				}
			}
		}
		hits := s.Run(model.Query{Topics: sel}, nil).Hits(model.KindActor)
		got := map[int]bool{}
		for _, h := range hits {
			got[h.Ref.Index] = true
		}
		if len(hits) != len(want) || len(got) != len(want) {
			t.Errorf("topics %v: %d hits, want %d", sel, len(hits), len(want))
		}
		for i := range want {
			if !got[i] {
				t.Errorf("topics %v: actor %d missing", sel, i)
			}
		}
	}
}

// TestIncrementalEqualsFreshAtScale types queries one key at a time over a
// synthetic dataset and checks every narrowed result against a fresh run:
// the fast paths (byte masks, narrowing in dataset order) must not change
// an answer.
func TestIncrementalEqualsFreshAtScale(t *testing.T) {
	d, err := synth.Generate(3000, 5)
	if err != nil {
		t.Fatal(err)
	}
	s := model.NewSearcher(d)
	kinds := []model.Kind{model.KindActor, model.KindEvent, model.KindFigure, model.KindQuote, model.KindClaim, model.KindSeries}
	for _, topics := range [][]string{nil, {"water", "budget"}} {
		for _, typed := range []string{"garcia munoz", "tellz", "11,600 pesos", "water plan 2024", "zoë"} {
			var prev *model.Result
			for i := 1; i <= len(typed); i++ {
				q := model.Query{Topics: topics, Text: typed[:i]}
				prev = s.Run(q, prev)
				fresh := s.Run(q, nil)
				for _, k := range kinds {
					a, b := prev.Hits(k), fresh.Hits(k)
					if len(a) != len(b) {
						t.Fatalf("%q %v %s: %d hits typed, %d fresh", q.Text, topics, k, len(a), len(b))
					}
					for j := range a {
						if a[j] != b[j] {
							t.Fatalf("%q %v %s: hit %d is %v typed, %v fresh", q.Text, topics, k, j, a[j], b[j])
						}
					}
				}
			}
		}
	}
}
