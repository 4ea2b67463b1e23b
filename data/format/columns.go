package format

import (
	"strconv"

	"github.com/dossier-dev/dossier/model"
)

// Column is one column of a per-kind table: a stable name and how to fill
// it for item i of that kind.
type Column struct {
	Name string
	// Number marks a column dossier writes as a plain number: it can never
	// be a spreadsheet formula, so CSV leaves even a negative value as is.
	Number bool
	Value  func(n *names, i int) string
}

// Columns are the CSV columns of a kind: every field, nested lists joined
// with "; ", references as ids. Their names are stable; new ones are only
// ever added at the end.
func Columns(k model.Kind) []Column {
	switch k {
	case model.KindTopic:
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return n.d.Topics[i].ID }},
			{Name: "name", Value: func(n *names, i int) string { return n.d.Topics[i].Name }},
			{Name: "description", Value: func(n *names, i int) string { return n.d.Topics[i].Description }},
		}
	case model.KindActor:
		a := func(n *names, i int) *model.Actor { return &n.d.Actors[i] }
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return a(n, i).ID }},
			{Name: "name", Value: func(n *names, i int) string { return a(n, i).Name }},
			{Name: "kind", Value: func(n *names, i int) string { return string(a(n, i).Kind) }},
			{Name: "role", Value: func(n *names, i int) string { return a(n, i).Role }},
			{Name: "affiliations", Value: func(n *names, i int) string { return join(a(n, i).Affiliations) }},
			{Name: "aliases", Value: func(n *names, i int) string { return join(a(n, i).Aliases) }},
			{Name: "topics", Value: func(n *names, i int) string { return join(a(n, i).Topics) }},
			{Name: "evidence", Value: func(n *names, i int) string { return join(evidenceTexts(a(n, i).Evidence)) }},
		}
	case model.KindEvent:
		e := func(n *names, i int) *model.Event { return &n.d.Events[i] }
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return e(n, i).ID }},
			{Name: "summary", Value: func(n *names, i int) string { return e(n, i).Summary }},
			{Name: "actors", Value: func(n *names, i int) string { return join(e(n, i).Actors) }},
			{Name: "when_text", Value: func(n *names, i int) string { return e(n, i).When.Text }},
			{Name: "when_date", Value: func(n *names, i int) string { return deref(e(n, i).When.Date) }},
			{Name: "when_precision", Value: func(n *names, i int) string { return string(e(n, i).When.Precision) }},
			{Name: "when_inferred", Value: func(n *names, i int) string { return strconv.FormatBool(e(n, i).When.Inferred) }},
			{Name: "when_inferred_why", Value: func(n *names, i int) string { return e(n, i).When.InferredWhy }},
			{Name: "topics", Value: func(n *names, i int) string { return join(e(n, i).Topics) }},
			{Name: "evidence", Value: func(n *names, i int) string { return join(evidenceTexts(e(n, i).Evidence)) }},
		}
	case model.KindFigure:
		return figureColumns()
	case model.KindQuote:
		q := func(n *names, i int) *model.Quote { return &n.d.Quotes[i] }
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return q(n, i).ID }},
			{Name: "speaker", Value: func(n *names, i int) string { return q(n, i).Speaker }},
			{Name: "text", Value: func(n *names, i int) string { return q(n, i).Text }},
			{Name: "topics", Value: func(n *names, i int) string { return join(q(n, i).Topics) }},
			{Name: "evidence", Value: func(n *names, i int) string { return join(evidenceTexts(q(n, i).Evidence)) }},
		}
	case model.KindClaim:
		c := func(n *names, i int) *model.Claim { return &n.d.Claims[i] }
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return c(n, i).ID }},
			{Name: "actor", Value: func(n *names, i int) string { return c(n, i).Actor }},
			{Name: "summary", Value: func(n *names, i int) string { return c(n, i).Summary }},
			{Name: "quotes", Value: func(n *names, i int) string { return join(c(n, i).Quotes) }},
			{Name: "topics", Value: func(n *names, i int) string { return join(c(n, i).Topics) }},
			{Name: "evidence", Value: func(n *names, i int) string { return join(evidenceTexts(c(n, i).Evidence)) }},
		}
	case model.KindSeries:
		s := func(n *names, i int) *model.Series { return &n.d.Series[i] }
		return []Column{
			{Name: "id", Value: func(n *names, i int) string { return s(n, i).ID }},
			{Name: "title", Value: func(n *names, i int) string { return s(n, i).Title }},
			{Name: "kind", Value: func(n *names, i int) string { return string(s(n, i).Kind) }},
			{Name: "unit", Value: func(n *names, i int) string { return s(n, i).Unit }},
			{Name: "caption", Value: func(n *names, i int) string { return s(n, i).Caption }},
			{Name: "points", Value: func(n *names, i int) string { return join(pointFigures(s(n, i))) }},
			{Name: "topics", Value: func(n *names, i int) string { return join(s(n, i).Topics) }},
		}
	}
	return nil
}

func figureColumns() []Column {
	f := func(n *names, i int) *model.Figure { return &n.d.Figures[i] }
	derived := func(n *names, i int) *model.Derivation {
		if d := f(n, i).Derived; d != nil {
			return d
		}
		return &model.Derivation{}
	}
	period := func(n *names, i int) *model.Period {
		if p := f(n, i).Period; p != nil {
			return p
		}
		return &model.Period{}
	}
	return []Column{
		{Name: "id", Value: func(n *names, i int) string { return f(n, i).ID }},
		{Name: "label", Value: func(n *names, i int) string { return f(n, i).Label }},
		{Name: "value", Number: true, Value: func(n *names, i int) string { return f(n, i).BareNumber() }},
		{Name: "comparator", Value: func(n *names, i int) string { return string(f(n, i).Comparator) }},
		{Name: "unit", Value: func(n *names, i int) string { return f(n, i).Unit }},
		{Name: "unit_long", Value: func(n *names, i int) string { return f(n, i).UnitLong }},
		{Name: "currency", Value: func(n *names, i int) string { return f(n, i).Currency }},
		{Name: "measure", Value: func(n *names, i int) string { return f(n, i).Measure }},
		{Name: "direction", Value: func(n *names, i int) string { return string(f(n, i).Direction) }},
		{Name: "compared_to", Value: func(n *names, i int) string { return timeCell(f(n, i).ComparedTo) }},
		{Name: "period_from", Value: func(n *names, i int) string { return timeCell(period(n, i).From) }},
		{Name: "period_to", Value: func(n *names, i int) string { return timeCell(period(n, i).To) }},
		{Name: "as_of", Value: func(n *names, i int) string { return timeCell(f(n, i).AsOf) }},
		{Name: "reported_by", Value: func(n *names, i int) string { return join(f(n, i).ReportedBy) }},
		{Name: "derived", Value: func(n *names, i int) string { return strconv.FormatBool(f(n, i).Derived != nil) }},
		{Name: "derived_formula", Value: func(n *names, i int) string { return derived(n, i).Formula }},
		{Name: "derived_inputs", Value: func(n *names, i int) string { return join(derived(n, i).Inputs) }},
		{Name: "derived_note", Value: func(n *names, i int) string { return derived(n, i).Note }},
		{Name: "note", Value: func(n *names, i int) string { return f(n, i).Note }},
		{Name: "topics", Value: func(n *names, i int) string { return join(f(n, i).Topics) }},
		{Name: "evidence", Value: func(n *names, i int) string { return join(evidenceTexts(f(n, i).Evidence)) }},
	}
}

func pointFigures(s *model.Series) []string {
	out := make([]string, len(s.Points))
	for i, p := range s.Points {
		out[i] = p.Label + "=" + p.Figure
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
