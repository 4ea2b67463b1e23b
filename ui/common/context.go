// Package common holds what the explorer's root model and its tabs share:
// the context value (dataset, search, filters, size, styles, keys), the
// messages that travel between them, and small layout helpers.
//
// It exists as its own package so that the tab packages (ui/actors,
// ui/timeline, ...) can use it without importing the root package ui, which
// imports them.
package common

import (
	"github.com/dossier-dev/dossier/model"
)

// Context is the explorer's shared state, passed by pointer to every tab
// and component. One explorer owns one Context; nothing in it is global,
// so a server can run many explorers side by side. The dataset, searcher
// and links are read-only and may be shared between explorers.
type Context struct {
	Data     *model.Dataset
	Searcher *model.Searcher
	Links    *Links

	// Width and Height are the terminal size.
	Width, Height int

	Styles *Styles
	Keys   KeyMap

	// Query is the filter every tab applies; Result is its answer.
	Query  model.Query
	Result *model.Result
	// pass says, per kind (see KindIndex) and index, whether an item
	// passes: an array, not a map, since Source asks it for every span on
	// every keystroke.
	pass [numKinds][]bool

	// Plain is set in --plain mode: tabs render without styles or box
	// drawing, and the root prints lines instead of drawing a screen.
	Plain bool
}

// Passes reports whether an item passes the current filters.
func (c *Context) Passes(r model.Ref) bool {
	k := KindIndex(r.Kind)
	if k < 0 {
		return false
	}
	p := c.pass[k]
	return r.Index >= 0 && r.Index < len(p) && p[r.Index]
}

// PassSet returns, for one kind, whether each item passes, by index.
// Callers must not change it.
func (c *Context) PassSet(k model.Kind) []bool {
	if i := KindIndex(k); i >= 0 {
		return c.pass[i]
	}
	return nil
}

const numKinds = 6

// KindIndex numbers the filtered kinds 0 to 5 (FilterKinds' order), or -1.
func KindIndex(k model.Kind) int {
	switch k {
	case model.KindActor:
		return 0
	case model.KindEvent:
		return 1
	case model.KindFigure:
		return 2
	case model.KindQuote:
		return 3
	case model.KindClaim:
		return 4
	case model.KindSeries:
		return 5
	}
	return -1
}

// Searching reports whether a search text is applied.
func (c *Context) Searching() bool { return hasText(c.Query.Text) }

// Refilter runs the query and rebuilds the pass sets. prev lets the
// searcher narrow the last result when the query only grew.
func (c *Context) Refilter(q model.Query) {
	c.Query = q
	c.Result = c.Searcher.Run(q, c.Result)
	for i, k := range FilterKinds {
		p := c.pass[i]
		n := c.Data.Count(k)
		if len(p) != n {
			p = make([]bool, n)
		} else {
			clear(p)
		}
		for _, h := range c.Result.Hits(k) {
			p[h.Ref.Index] = true
		}
		c.pass[i] = p
	}
}

// FilterKinds are the kinds the filters apply to.
var FilterKinds = []model.Kind{model.KindActor, model.KindEvent, model.KindFigure, model.KindQuote, model.KindClaim, model.KindSeries}

func hasText(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' {
			return true
		}
	}
	return false
}

// SpanPasses reports whether the item citing a span passes.
func (c *Context) SpanPasses(sp Span) bool {
	p := c.pass[sp.K]
	return sp.Ref.Index < len(p) && p[sp.Ref.Index]
}
