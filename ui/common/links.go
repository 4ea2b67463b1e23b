package common

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// Links holds the relations between items that the dataset stores in one
// direction only (an event names its actors; an actor does not list its
// events), indexed both ways. It is built once, in one pass over the
// dataset plus a sort of the evidence spans, and is read-only after.
type Links struct {
	d *model.Dataset

	// Per actor: the events it takes part in, the figures it reported, its
	// quotes and claims, and its affiliations, as indexes.
	ActorEvents  [][]int
	ActorFigures [][]int
	ActorQuotes  [][]int
	ActorClaims  [][]int
	Affiliations [][]int
	// Members lists, per actor, the actors affiliated with it.
	Members [][]int

	EventActors     [][]int
	EventFigures    [][]int // figures whose evidence lies inside the event's
	FigureEvents    [][]int // the other way round
	FigureReporters [][]int
	FigureSeries    []int // series a figure is charted in, or -1
	SeriesFigures   [][]int
	QuoteSpeaker    []int // actor index, or -1
	ClaimActor      []int
	ClaimQuotes     [][]int
	QuoteClaims     [][]int

	// Timeline is every event index in timeline order; TimelineGroup gives
	// each position's group.
	Timeline      []int
	TimelineGroup []TimeGroup

	// Spans is every evidence span in the dataset, ordered by start, then
	// by end.
	Spans []Span
}

// TimeGroup is where an event sits on the timeline.
type TimeGroup int

// The timeline groups, in order.
const (
	// Dated events have a calendar date, possibly with inferred parts.
	Dated TimeGroup = iota
	// Relative events are dated only relative to the article ("Tuesday",
	// "recent"): they sit after the dated ones, in the article's order,
	// since the article is later than every date it states.
	Relative
	// Undated events have no date at all.
	Undated
)

// Span is one evidence span and the item that cites it; K is the item's
// KindIndex, kept so that hot loops need not compare kind names.
type Span struct {
	Start, End int
	Ref        model.Ref
	K          int8
}

// NewLinks builds the relation indexes of d.
func NewLinks(d *model.Dataset, s *model.Searcher) *Links {
	l := &Links{d: d}
	na := len(d.Actors)
	actor := func(id string) int {
		if r, ok := s.Lookup(id); ok && r.Kind == model.KindActor {
			return r.Index
		}
		return -1
	}
	l.ActorEvents = make([][]int, na)
	l.ActorFigures = make([][]int, na)
	l.ActorQuotes = make([][]int, na)
	l.ActorClaims = make([][]int, na)
	l.Affiliations = make([][]int, na)
	l.Members = make([][]int, na)
	for i := range d.Actors {
		for _, id := range d.Actors[i].Affiliations {
			if a := actor(id); a >= 0 {
				l.Affiliations[i] = append(l.Affiliations[i], a)
				l.Members[a] = append(l.Members[a], i)
			}
		}
	}
	l.EventActors = make([][]int, len(d.Events))
	for i := range d.Events {
		for _, id := range d.Events[i].Actors {
			if a := actor(id); a >= 0 {
				l.EventActors[i] = append(l.EventActors[i], a)
				l.ActorEvents[a] = append(l.ActorEvents[a], i)
			}
		}
	}
	l.FigureReporters = make([][]int, len(d.Figures))
	l.FigureSeries = make([]int, len(d.Figures))
	for i := range d.Figures {
		l.FigureSeries[i] = -1
		for _, id := range d.Figures[i].ReportedBy {
			if a := actor(id); a >= 0 {
				l.FigureReporters[i] = append(l.FigureReporters[i], a)
				l.ActorFigures[a] = append(l.ActorFigures[a], i)
			}
		}
	}
	l.SeriesFigures = make([][]int, len(d.Series))
	for i := range d.Series {
		for _, p := range d.Series[i].Points {
			if r, ok := s.Lookup(p.Figure); ok && r.Kind == model.KindFigure {
				l.SeriesFigures[i] = append(l.SeriesFigures[i], r.Index)
				if l.FigureSeries[r.Index] < 0 {
					l.FigureSeries[r.Index] = i
				}
			}
		}
	}
	l.QuoteSpeaker = make([]int, len(d.Quotes))
	l.QuoteClaims = make([][]int, len(d.Quotes))
	for i := range d.Quotes {
		l.QuoteSpeaker[i] = actor(d.Quotes[i].Speaker)
		if a := l.QuoteSpeaker[i]; a >= 0 {
			l.ActorQuotes[a] = append(l.ActorQuotes[a], i)
		}
	}
	l.ClaimActor = make([]int, len(d.Claims))
	l.ClaimQuotes = make([][]int, len(d.Claims))
	for i := range d.Claims {
		l.ClaimActor[i] = actor(d.Claims[i].Actor)
		if a := l.ClaimActor[i]; a >= 0 {
			l.ActorClaims[a] = append(l.ActorClaims[a], i)
		}
		for _, id := range d.Claims[i].Quotes {
			if r, ok := s.Lookup(id); ok && r.Kind == model.KindQuote {
				l.ClaimQuotes[i] = append(l.ClaimQuotes[i], r.Index)
				l.QuoteClaims[r.Index] = append(l.QuoteClaims[r.Index], i)
			}
		}
	}
	l.buildSpans()
	l.buildEventFigures()
	l.buildTimeline()
	return l
}

func (l *Links) buildSpans() {
	d := l.d
	add := func(k model.Kind, n int) {
		for i := range n {
			r := model.Ref{Kind: k, Index: i}
			for _, e := range d.EvidenceOf(r) {
				if s, t := e.Span(); t > s {
					l.Spans = append(l.Spans, Span{s, t, r, int8(KindIndex(k))})
				}
			}
		}
	}
	add(model.KindActor, len(d.Actors))
	add(model.KindEvent, len(d.Events))
	add(model.KindFigure, len(d.Figures))
	add(model.KindQuote, len(d.Quotes))
	add(model.KindClaim, len(d.Claims))
	slices.SortStableFunc(l.Spans, func(a, b Span) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	})
}

// buildEventFigures links each event to the figures whose evidence lies
// inside one of the event's own spans: the report of 11,600 arrests is
// linked to the figure of 11,600 arrests. Binary search over the sorted
// spans keeps this near linear.
func (l *Links) buildEventFigures() {
	l.EventFigures = make([][]int, len(l.d.Events))
	for i := range l.d.Events {
		seen := map[int]bool{}
		for _, e := range l.d.Events[i].Evidence {
			s, t := e.Span()
			j := sort.Search(len(l.Spans), func(j int) bool { return l.Spans[j].Start >= s })
			for ; j < len(l.Spans) && l.Spans[j].Start < t; j++ {
				sp := l.Spans[j]
				if sp.Ref.Kind == model.KindFigure && sp.End <= t && !seen[sp.Ref.Index] {
					seen[sp.Ref.Index] = true
					l.EventFigures[i] = append(l.EventFigures[i], sp.Ref.Index)
				}
			}
		}
		sort.Ints(l.EventFigures[i])
	}
	l.FigureEvents = make([][]int, len(l.d.Figures))
	for i, figs := range l.EventFigures {
		for _, f := range figs {
			l.FigureEvents[f] = append(l.FigureEvents[f], i)
		}
	}
}

// buildTimeline orders the events: dated ones by date (a month sorts at
// its start, before the days in it that are given), then relative ones,
// then undated ones, each of those in article order.
func (l *Links) buildTimeline() {
	n := len(l.d.Events)
	l.Timeline = make([]int, n)
	for i := range l.Timeline {
		l.Timeline[i] = i
	}
	// Each event's group, and its first span when not dated, are worked
	// out once rather than in every comparison.
	groups := make([]TimeGroup, n)
	first := make([]int, n)
	for i := range l.d.Events {
		groups[i] = GroupOf(l.d.Events[i].When)
		if groups[i] != Dated {
			first[i] = firstSpan(l.d.Events[i].Evidence)
		}
	}
	slices.SortStableFunc(l.Timeline, func(ea, eb int) int {
		ga, gb := groups[ea], groups[eb]
		if ga != gb {
			return cmp.Compare(ga, gb)
		}
		if ga == Dated {
			return strings.Compare(l.d.Events[ea].When.SortKey(), l.d.Events[eb].When.SortKey())
		}
		return cmp.Compare(first[ea], first[eb])
	})
	l.TimelineGroup = make([]TimeGroup, n)
	for p, i := range l.Timeline {
		l.TimelineGroup[p] = groups[i]
	}
}

// GroupOf says where a time belongs on the timeline.
func GroupOf(t model.TimeRef) TimeGroup {
	switch {
	case t.Date != nil:
		return Dated
	case t.Precision == model.PrecisionRelative:
		return Relative
	}
	return Undated
}

func firstSpan(ev []model.Evidence) int {
	best := -1
	for _, e := range ev {
		if s, t := e.Span(); t > s && (best < 0 || s < best) {
			best = s
		}
	}
	if best < 0 {
		return 1 << 62
	}
	return best
}

// FirstSpan returns the earliest evidence span of an item.
func (l *Links) FirstSpan(r model.Ref) (start, end int, ok bool) {
	best := -1
	for _, e := range l.d.EvidenceOf(r) {
		if s, t := e.Span(); t > s && (best < 0 || s < best) {
			best, end = s, t
		}
	}
	return best, end, best >= 0
}
