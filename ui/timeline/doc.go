package timeline

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/detail"
)

// Doc implements browse.Source: an event, its date as given and as read,
// the words it comes from, and who and what it involves.
func (m *Model) Doc(ref model.Ref, width int) detail.Doc {
	c := m.ctx
	d := c.Data
	e := &d.Events[ref.Index]
	doc := detail.Doc{Title: common.Safe(e.Summary), Tags: []string{"event"}}
	doc.Field("When", common.Safe(e.When.Display()), detail.Normal)
	if e.When.Text != "" {
		doc.Field("As written", "“"+common.Safe(e.When.Text)+"”", detail.Muted)
	}
	switch common.GroupOf(e.When) {
	case common.Relative:
		doc.Field("Placed", "after the dated events: the article gives no calendar date", detail.Muted)
	case common.Undated:
		doc.Field("Placed", "with the undated events: the article gives no time", detail.Muted)
	}
	var topics []string
	for _, id := range e.Topics {
		topics = append(topics, c.TopicName(id))
	}
	doc.Field("Topics", strings.Join(topics, ", "), detail.Muted)
	if e.When.Inferred && e.When.InferredWhy != "" {
		doc.Block("Why inferred", common.Safe(e.When.InferredWhy), detail.Muted)
	}
	doc.InArticle(d.Story.Text, e.Evidence)

	var links []detail.Link
	for _, j := range c.Links.EventActors[ref.Index] {
		a := &d.Actors[j]
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindActor, Index: j}, Text: common.Safe(a.Name), Note: common.Safe(a.Role)})
	}
	doc.Group("Actors ("+common.FormatInt(len(links))+")", links, 0)
	links = nil
	for _, j := range c.Links.EventFigures[ref.Index] {
		f := &d.Figures[j]
		note := ""
		if f.Derived != nil {
			note = "≈ derived"
		}
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindFigure, Index: j}, Text: common.Safe(f.Display()), Note: note})
	}
	doc.Group("Figures ("+common.FormatInt(len(links))+")", links, 0)
	return doc
}
