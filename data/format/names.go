package format

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// names resolves ids to the names readers see. It indexes the dataset once,
// so that a listing of many rows costs one map lookup per reference rather
// than a scan of the dataset (model.Dataset.Lookup is linear).
type names struct {
	d   *model.Dataset
	ids map[string]model.Ref
}

func newNames(d *model.Dataset) *names {
	n := &names{d: d, ids: map[string]model.Ref{}}
	for _, k := range []model.Kind{model.KindTopic, model.KindActor, model.KindEvent, model.KindFigure, model.KindQuote, model.KindClaim, model.KindSeries} {
		for i := range d.Count(k) {
			r := model.Ref{Kind: k, Index: i}
			n.ids[d.ID(r)] = r
		}
	}
	return n
}

func (n *names) lookup(id string) (model.Ref, bool) {
	r, ok := n.ids[id]
	return r, ok
}

// of returns the name of the item id names, or the id itself when it names
// nothing (a validated dataset has no such ids).
func (n *names) of(id string) string {
	if r, ok := n.ids[id]; ok {
		return n.d.Title(r)
	}
	return id
}

// list names every id, joined as a nested list cell.
func (n *names) list(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = n.of(id)
	}
	return join(out)
}

// join writes a nested list in one cell or line.
func join(items []string) string { return strings.Join(items, "; ") }

// evidenceTexts lists the words an item cites.
func evidenceTexts(ev []model.Evidence) []string {
	out := make([]string, len(ev))
	for i, e := range ev {
		out[i] = e.Text
	}
	return out
}

// timeCell is a time as one cell: its normalized date when known, else the
// article's words.
func timeCell(t *model.TimeRef) string {
	switch {
	case t == nil:
		return ""
	case t.Date != nil:
		return *t.Date
	}
	return t.Text
}
