// Package timeline is the Timeline tab: the story's events in date order,
// with a date gutter that says how much of each date the article gives.
// Events dated only relative to the article ("Tuesday", "recent") and
// undated ones are grouped after the dated ones, under headings that say
// so, rather than given dates the article does not state.
package timeline

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/browse"
	"github.com/dossier-dev/dossier/ui/components/list"
)

// Model is the Timeline tab.
type Model struct {
	*browse.Model
	ctx *common.Context
	// inferred is set when a listed date has an inferred part, which
	// the short gutter marks with "*".
	inferred bool
}

// New returns the Timeline tab.
func New(ctx *common.Context) *Model {
	m := &Model{ctx: ctx}
	m.Model = browse.New(ctx, m)
	return m
}

// Title is the tab's name.
func (m *Model) Title() string { return "Timeline" }

// ListShare implements browse.Source.
func (m *Model) ListShare() int { return 55 }

// Noun implements browse.Source.
func (m *Model) Noun() string { return "events" }

// groupHeadings say what each group's dates are; the detail pane says
// more ("Placed: after the dated events...").
var groupHeadings = map[common.TimeGroup]string{
	common.Dated:    "Dated",
	common.Relative: "Relative (no date stated)",
	common.Undated:  "Undated (no time given)",
}

// Rows implements browse.Source. The timeline stays in date order while
// searching: ranking would make it something else than a timeline.
func (m *Model) Rows() []list.Row {
	c := m.ctx
	l := c.Links
	pass := c.PassSet(model.KindEvent)
	rows := make([]list.Row, 0, c.Result.Count(model.KindEvent)+3)
	counts := map[common.TimeGroup]int{}
	inferred := false
	for p, i := range l.Timeline {
		if pass[i] {
			counts[l.TimelineGroup[p]]++
			inferred = inferred || c.Data.Events[i].When.Inferred
		}
	}
	last := common.TimeGroup(-1)
	for p, i := range l.Timeline {
		if !pass[i] {
			continue
		}
		if g := l.TimelineGroup[p]; g != last {
			rows = append(rows, list.Row{Heading: groupHeadings[g] + " · " + common.FormatInt(counts[g])})
			last = g
		}
		rows = append(rows, list.Row{Ref: model.Ref{Kind: model.KindEvent, Index: i}})
	}
	m.inferred = inferred
	return rows
}

// gutterWidth is the date column's width when there is room for the
// whole honest form ("20 Jan 2025 · year inferred").
const gutterWidth = 27

// Row implements browse.Source.
func (m *Model) Row(r list.Row, selected bool, width int) string {
	c := m.ctx
	if r.IsHeading() {
		h := r.Heading
		if width < 64 && m.inferred && strings.HasPrefix(h, groupHeadings[common.Dated]) {
			h += " · * part inferred"
		}
		return common.HeadingRow(c, h, width)
	}
	e := &c.Data.Events[r.Ref.Index]
	gw := gutterWidth
	date := common.Gutter(e.When, false)
	if width < 64 {
		gw = 16
		date = common.Gutter(e.When, true)
	}
	return common.Row(c, selected, width,
		common.Cell{Text: date, Style: c.Styles.Muted, Width: gw, Match: true},
		common.Cell{Text: common.Safe(e.Summary), Style: c.Styles.Text, Match: true})
}

// PlainRow implements browse.Source.
func (m *Model) PlainRow(r list.Row) string {
	e := &m.ctx.Data.Events[r.Ref.Index]
	return common.Gutter(e.When, false) + ": " + common.Safe(e.Summary)
}
