package actors

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/detail"
)

// Doc implements browse.Source: an actor as the article presents it.
func (m *Model) Doc(ref model.Ref, width int) detail.Doc {
	c := m.ctx
	d := c.Data
	l := c.Links
	i := ref.Index
	a := &d.Actors[i]
	doc := detail.Doc{Title: common.Safe(a.Name), Tags: []string{common.Safe(string(a.Kind))}}
	if a.Role != "" {
		doc.Field("Role", common.Safe(a.Role), detail.Normal)
	} else {
		doc.Field("Role", "none stated in the article", detail.Muted)
	}
	if len(a.Aliases) > 0 {
		names := make([]string, len(a.Aliases))
		for j, s := range a.Aliases {
			names[j] = common.Safe(s)
		}
		doc.Field("Also called", strings.Join(names, ", "), detail.Normal)
	}
	doc.Field("Mentions", mentions(len(a.Evidence)), detail.Normal)
	doc.Field("Topics", topicNames(c, a.Topics), detail.Muted)
	if s, e, ok := l.FirstSpan(ref); ok {
		doc.Block("First mention", common.Safe(common.Sentence(d.Story.Text, s, e)), detail.Quote)
	}

	actorLink := func(j int) detail.Link {
		o := &d.Actors[j]
		return detail.Link{Ref: model.Ref{Kind: model.KindActor, Index: j}, Text: common.Safe(o.Name), Note: joinNonEmpty(", ", common.Safe(string(o.Kind)), common.Safe(o.Role))}
	}
	var links []detail.Link
	for _, j := range l.Affiliations[i] {
		links = append(links, actorLink(j))
	}
	doc.Group("Affiliation as stated ("+common.FormatInt(len(links))+")", links, 0)

	links = links[:0:0]
	for _, j := range first(l.ActorClaims[i]) {
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindClaim, Index: j}, Text: common.Safe(d.Claims[j].Summary), Note: "claim"})
	}
	group(&doc, "Claims", links, len(l.ActorClaims[i]))

	links = nil
	for _, j := range first(l.ActorQuotes[i]) {
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindQuote, Index: j}, Text: "“" + common.Safe(d.Quotes[j].Text) + "”", Note: "quote"})
	}
	group(&doc, "Quotes", links, len(l.ActorQuotes[i]))

	links = nil
	for _, j := range first(l.ActorEvents[i]) {
		e := &d.Events[j]
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindEvent, Index: j}, Text: common.Safe(e.Summary), Note: common.Gutter(e.When, true)})
	}
	group(&doc, "Events", links, len(l.ActorEvents[i]))

	links = nil
	for _, j := range first(l.ActorFigures[i]) {
		f := &d.Figures[j]
		links = append(links, detail.Link{Ref: model.Ref{Kind: model.KindFigure, Index: j}, Text: common.Safe(f.Display()), Note: derivedNote(f)})
	}
	group(&doc, "Figures reported", links, len(l.ActorFigures[i]))

	links = nil
	for _, j := range first(l.Members[i]) {
		links = append(links, actorLink(j))
	}
	group(&doc, "Affiliated with it", links, len(l.Members[i]))
	return doc
}

// group adds a group of links, of total in all (only the first
// detail.MaxLinks are built: an actor in 30,000 events costs no more to
// show than one in three).
func group(doc *detail.Doc, heading string, links []detail.Link, total int) {
	doc.Group(heading+" ("+common.FormatInt(total)+")", links, total-len(links))
}

// first returns at most detail.MaxLinks indexes.
func first(idx []int) []int { return idx[:min(len(idx), detail.MaxLinks)] }

func derivedNote(f *model.Figure) string {
	if f.Derived != nil {
		return "≈ derived"
	}
	return ""
}

func mentions(n int) string {
	switch n {
	case 0:
		return "not cited in the article text"
	case 1:
		return "once in the article"
	case 2:
		return "twice in the article"
	}
	return common.FormatInt(n) + " times in the article"
}

func topicNames(c *common.Context, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = c.TopicName(id)
	}
	return strings.Join(names, ", ")
}
