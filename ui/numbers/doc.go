package numbers

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/detail"
)

// Doc implements browse.Source.
func (m *Model) Doc(ref model.Ref, width int) detail.Doc {
	if ref.Kind == model.KindSeries {
		return m.seriesDoc(ref.Index, width)
	}
	return m.figureDoc(ref.Index, width)
}

func (m *Model) figureDoc(i, width int) detail.Doc {
	c := m.ctx
	d := c.Data
	f := &d.Figures[i]
	doc := detail.Doc{Title: common.Safe(f.Label), Tags: []string{"figure"}}
	if f.Derived != nil {
		doc.Tags = append(doc.Tags, "≈ derived: computed for the dataset, not stated in the article")
	}
	doc.Field("Value", common.Safe(f.ValueText()), detail.Normal)
	doc.Field("Reads", common.Safe(f.Display()), detail.Normal)
	unit := common.Safe(f.UnitLong)
	if f.Unit != "" && f.Unit != f.UnitLong {
		unit += " (" + common.Safe(f.Unit) + ")"
	}
	if f.Currency != "" {
		unit += " · currency " + common.Safe(f.Currency)
	}
	doc.Field("Unit", unit, detail.Normal)
	if w := f.When(); w != "" {
		doc.Field("When", common.Safe(w), detail.Normal)
	} else {
		doc.Field("When", "no period stated", detail.Muted)
	}
	if len(c.Links.FigureReporters[i]) == 0 {
		doc.Field("Reported by", "not attributed in the article", detail.Muted)
	} else {
		var names []string
		for _, a := range c.Links.FigureReporters[i] {
			names = append(names, common.Safe(d.Actors[a].Name))
		}
		doc.Field("Reported by", strings.Join(names, ", "), detail.Normal)
	}
	if f.Derived != nil {
		doc.Field("Derived", "≈ "+common.Safe(f.Derived.Formula), detail.Derived)
		doc.Block("How it was derived", common.Safe(f.Derived.Note), detail.Derived)
	}
	if f.Note != "" {
		doc.Block("Editor's note", common.Safe(f.Note), detail.Muted)
	}
	if s := c.Links.FigureSeries[i]; s >= 0 {
		lines, plain := Chart(c, s, width)
		doc.Custom(lines, nil)
		doc.Block("", strings.Join(plain, " "), detail.Muted)
	}
	doc.InArticle(d.Story.Text, f.Evidence)

	var links []detail.Link
	for _, a := range c.Links.FigureReporters[i] {
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindActor, Index: a}, Text: common.Safe(d.Actors[a].Name), Note: common.Safe(d.Actors[a].Role)})
	}
	doc.Group("Reported by ("+common.FormatInt(len(links))+")", links, 0)
	if f.Derived != nil {
		links = nil
		for _, id := range f.Derived.Inputs {
			if r, ok := c.Searcher.Lookup(id); ok && r.Kind == model.KindFigure {
				g := &d.Figures[r.Index]
				links = append(links, detail.Link{Ref: r, Text: common.Safe(g.Display()), Note: derivedNote(g)})
			}
		}
		doc.Group("Derived from ("+common.FormatInt(len(links))+")", links, 0)
	}
	links = nil
	if s := c.Links.FigureSeries[i]; s >= 0 {
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindSeries, Index: s}, Text: common.Safe(d.Series[s].Title), Note: "chart"})
	}
	doc.Group("Chart", links, 0)
	links = nil
	for _, e := range c.Links.FigureEvents[i] {
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindEvent, Index: e}, Text: common.Safe(d.Events[e].Summary), Note: common.Gutter(d.Events[e].When, true)})
	}
	doc.Group("Events ("+common.FormatInt(len(links))+")", links, 0)
	return doc
}

func (m *Model) seriesDoc(i, width int) detail.Doc {
	c := m.ctx
	d := c.Data
	s := &d.Series[i]
	doc := detail.Doc{Title: common.Safe(s.Title), Tags: []string{chartKind(s.Kind)}}
	if p := s.Poll; p != nil {
		pollster := common.Safe(p.Pollster)
		if r, ok := c.Searcher.Lookup(p.Pollster); ok && r.Kind == model.KindActor {
			pollster = common.Safe(d.Actors[r.Index].Name)
		}
		doc.Field("Pollster", pollster, detail.Normal)
		doc.Field("Sample size", notStated(p.SampleSize == nil, func() string { return common.FormatInt(*p.SampleSize) }), detail.Normal)
		doc.Field("Margin", notStated(p.MarginOfError == nil, func() string { return "±" + model.FormatNumber(*p.MarginOfError) + " points" }), detail.Normal)
		doc.Field("Fieldwork", notStated(p.Fieldwork == nil, func() string { return common.Safe(p.Fieldwork.Display()) }), detail.Normal)
	}
	lines, plain := Chart(c, i, width)
	lines = lines[1:] // the title is the document's
	doc.Custom(lines, nil)
	doc.Block("", strings.Join(plain, " "), detail.Muted)
	doc.Block("Caption", common.Safe(s.Caption), detail.Muted)
	var links []detail.Link
	for _, fi := range c.Links.SeriesFigures[i] {
		f := &d.Figures[fi]
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindFigure, Index: fi}, Text: common.Safe(f.Display()), Note: derivedNote(f)})
	}
	doc.Group("Figures ("+common.FormatInt(len(links))+")", links, 0)
	return doc
}

func notStated(missing bool, v func() string) string {
	if missing {
		return "not stated in the article"
	}
	return v()
}

func derivedNote(f *model.Figure) string {
	if f.Derived != nil {
		return "≈ derived"
	}
	return ""
}
