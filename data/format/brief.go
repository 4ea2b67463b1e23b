package format

import (
	"strconv"

	"github.com/dossier-dev/dossier/model"
)

// BriefColumns are the columns a listing shows for a kind in a table or in
// Markdown: what a reader needs to pick an item, with references by name.
// `dossier show ID` has the rest.
func BriefColumns(k model.Kind) []Column {
	switch k {
	case model.KindTopic:
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return n.d.Topics[i].ID }},
			{Name: "name", Value: func(n *names, i int) string { return n.d.Topics[i].Name }},
			{Name: "description", Value: func(n *names, i int) string { return n.d.Topics[i].Description }},
		}
	case model.KindActor:
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return n.d.Actors[i].ID }},
			{Name: "name", Value: func(n *names, i int) string { return n.d.Actors[i].Name }},
			{Name: "kind", Value: func(n *names, i int) string { return string(n.d.Actors[i].Kind) }},
			{Name: "role", Value: func(n *names, i int) string { return n.d.Actors[i].Role }},
		}
	case model.KindEvent:
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return n.d.Events[i].ID }},
			{Name: "when", Value: func(n *names, i int) string { return n.d.Events[i].When.Display() }},
			{Name: "summary", Value: func(n *names, i int) string { return n.d.Events[i].Summary }},
		}
	case model.KindFigure:
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return n.d.Figures[i].ID }},
			{Name: "label", Value: func(n *names, i int) string { return n.d.Figures[i].Label }},
			{Name: "value", Value: func(n *names, i int) string { return figureValue(&n.d.Figures[i]) }},
			{Name: "when", Value: func(n *names, i int) string { return n.d.Figures[i].When() }},
		}
	case model.KindQuote:
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return n.d.Quotes[i].ID }},
			{Name: "speaker", Value: func(n *names, i int) string { return n.of(n.d.Quotes[i].Speaker) }},
			{Name: "text", Value: func(n *names, i int) string { return n.d.Quotes[i].Text }},
		}
	case model.KindClaim:
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return n.d.Claims[i].ID }},
			{Name: "actor", Value: func(n *names, i int) string { return n.of(n.d.Claims[i].Actor) }},
			{Name: "summary", Value: func(n *names, i int) string { return n.d.Claims[i].Summary }},
		}
	case model.KindSeries:
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return n.d.Series[i].ID }},
			{Name: "title", Value: func(n *names, i int) string { return n.d.Series[i].Title }},
			{Name: "kind", Value: func(n *names, i int) string { return string(n.d.Series[i].Kind) }},
			{Name: "points", Value: func(n *names, i int) string { return strconv.Itoa(len(n.d.Series[i].Points)) }},
		}
	}
	return nil
}

// figureValue is a figure's value as a reader takes it, with its counted
// unit ("11,600 arrests", "more than 5,000 firearms"); a derived one says
// so, since the article does not state it.
func figureValue(f *model.Figure) string {
	v := f.ValueText()
	if !f.UnitIsSymbol() && f.Unit != "" && f.Currency == "" && f.Direction == model.None {
		v += " " + f.Unit
	}
	if f.Derived != nil {
		v += " (derived)"
	}
	return v
}

// Grid is a per-kind table of strings: a header of column names and a row
// per item. Renderers (CSV, Markdown, the terminal table) take it.
type Grid struct {
	Kind   model.Kind
	Header []string
	// Number marks the columns that hold numbers dossier wrote.
	Number []bool
	Rows   [][]string
}

// Grids fills a table per section with the given columns (Columns or
// BriefColumns).
func Grids(d *model.Dataset, sections []Section, columns func(model.Kind) []Column) []Grid {
	n := newNames(d)
	out := make([]Grid, 0, len(sections))
	for _, s := range sections {
		cols := columns(s.Kind)
		g := Grid{Kind: s.Kind, Header: make([]string, len(cols)), Number: make([]bool, len(cols)), Rows: make([][]string, len(s.Refs))}
		for j, c := range cols {
			g.Header[j], g.Number[j] = c.Name, c.Number
		}
		for r, ref := range s.Refs {
			row := make([]string, len(cols))
			for j, c := range cols {
				row[j] = c.Value(n, ref.Index)
			}
			g.Rows[r] = row
		}
		out = append(out, g)
	}
	return out
}
