// Package numbers is the Numbers tab: the story's figures with their
// qualifiers ("more than 5,000"), units, periods and sources, derived
// figures marked as such, and the charts the dataset defines.
package numbers

import (
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/browse"
	"github.com/dossier-dev/dossier/ui/components/list"
)

// Model is the Numbers tab.
type Model struct {
	*browse.Model
	ctx *common.Context
}

// New returns the Numbers tab.
func New(ctx *common.Context) *Model {
	m := &Model{ctx: ctx}
	m.Model = browse.New(ctx, m)
	return m
}

// Title is the tab's name.
func (m *Model) Title() string { return "Numbers" }

// ListShare implements browse.Source.
func (m *Model) ListShare() int { return 48 }

// Noun implements browse.Source.
func (m *Model) Noun() string { return "figures or charts" }

// Rows implements browse.Source: the charts, then the figures, each in
// rank order when searching and in dataset order otherwise.
func (m *Model) Rows() []list.Row {
	c := m.ctx
	rows := make([]list.Row, 0, c.Result.Count(model.KindSeries)+c.Result.Count(model.KindFigure)+2)
	add := func(heading string, k model.Kind) {
		hits := c.Result.Hits(k)
		if len(hits) == 0 {
			return
		}
		rows = append(rows, list.Row{Heading: heading + " · " + common.FormatInt(len(hits))})
		for _, h := range hits {
			rows = append(rows, list.Row{Ref: h.Ref})
		}
	}
	add("Charts", model.KindSeries)
	add("Figures", model.KindFigure)
	return rows
}

// valueWidth is the value column's width: room for "more than 5,000".
const valueWidth = 16

// Row implements browse.Source.
func (m *Model) Row(r list.Row, selected bool, width int) string {
	c := m.ctx
	st := c.Styles
	if r.IsHeading() {
		return common.HeadingRow(c, r.Heading, width)
	}
	vw := valueWidth
	if width < 50 {
		vw = 12
	}
	if r.Ref.Kind == model.KindSeries {
		s := &c.Data.Series[r.Ref.Index]
		return common.Row(c, selected, width,
			common.Cell{Text: chartKind(s.Kind), Style: st.Muted, Width: vw},
			common.Cell{Text: common.Safe(s.Title), Style: st.Text, Match: true})
	}
	f := &c.Data.Figures[r.Ref.Index]
	cells := []common.Cell{
		{Text: common.Safe(f.ValueText()), Style: st.Bold, Width: vw, Match: true},
		{Text: common.Safe(f.Label), Style: st.Text, Match: true},
	}
	if f.Derived != nil {
		// The label is cut before the marker is: the marker must show.
		label := cells[1]
		label.Width = max(width-2-vw-2-2-len("≈ derived"), 4)
		if w := common.Width(label.Text); w < label.Width {
			label.Width = w
		}
		cells = []common.Cell{cells[0], label, {Text: "≈ derived", Style: st.Derived}}
	}
	return common.Row(c, selected, width, cells...)
}

func chartKind(k model.SeriesKind) string {
	if k == model.SeriesSplit {
		return "chart: split"
	}
	return "chart: bars"
}

// PlainRow implements browse.Source.
func (m *Model) PlainRow(r list.Row) string {
	c := m.ctx
	if r.Ref.Kind == model.KindSeries {
		return chartKind(c.Data.Series[r.Ref.Index].Kind) + ": " + common.Safe(c.Data.Series[r.Ref.Index].Title)
	}
	f := &c.Data.Figures[r.Ref.Index]
	s := common.Safe(f.ValueText()) + ": " + common.Safe(f.Label)
	if f.Derived != nil {
		s += " (derived)"
	}
	return s
}
