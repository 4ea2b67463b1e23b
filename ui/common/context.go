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

	// Query is the filter every tab applies; Result is its answer and Pass
	// says, per kind and index, whether an item passes it.
	Query  model.Query
	Result *model.Result
	Pass   map[model.Kind][]bool

	// Plain is set in --plain mode: tabs render without styles or box
	// drawing, and the root prints lines instead of drawing a screen.
	Plain bool
}

// Passes reports whether an item passes the current filters.
func (c *Context) Passes(r model.Ref) bool {
	p := c.Pass[r.Kind]
	return r.Index >= 0 && r.Index < len(p) && p[r.Index]
}

// Searching reports whether a search text is applied.
func (c *Context) Searching() bool { return hasText(c.Query.Text) }

// Refilter runs the query and rebuilds the pass sets. prev lets the
// searcher narrow the last result when the query only grew.
func (c *Context) Refilter(q model.Query) {
	c.Query = q
	c.Result = c.Searcher.Run(q, c.Result)
	if c.Pass == nil {
		c.Pass = map[model.Kind][]bool{}
	}
	for _, k := range FilterKinds {
		p := c.Pass[k]
		n := c.Data.Count(k)
		if len(p) != n {
			p = make([]bool, n)
		} else {
			clear(p)
		}
		for _, h := range c.Result.Hits(k) {
			p[h.Ref.Index] = true
		}
		c.Pass[k] = p
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
