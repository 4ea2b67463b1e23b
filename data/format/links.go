package format

import "github.com/dossier-dev/dossier/model"

// linkedFrom finds every item that refers to id, in dataset order, naming
// the referring field: the quotes an actor spoke, the items filed under a
// topic, the series that chart a figure. One pass over the dataset.
func linkedFrom(n *names, id string) []Link {
	d := n.d
	out := []Link{}
	add := func(r model.Ref, field string, refs ...string) {
		for _, x := range refs {
			if x == id {
				out = append(out, Link{Field: field, ID: d.ID(r), Kind: r.Kind, Name: d.Title(r)})
				return
			}
		}
	}
	for i, a := range d.Actors {
		r := model.Ref{Kind: model.KindActor, Index: i}
		add(r, "affiliations", a.Affiliations...)
		add(r, "topics", a.Topics...)
	}
	for i, e := range d.Events {
		r := model.Ref{Kind: model.KindEvent, Index: i}
		add(r, "actors", e.Actors...)
		add(r, "topics", e.Topics...)
	}
	for i, f := range d.Figures {
		r := model.Ref{Kind: model.KindFigure, Index: i}
		add(r, "reported_by", f.ReportedBy...)
		if f.Derived != nil {
			add(r, "derived.inputs", f.Derived.Inputs...)
		}
		add(r, "topics", f.Topics...)
	}
	for i, q := range d.Quotes {
		r := model.Ref{Kind: model.KindQuote, Index: i}
		add(r, "speaker", q.Speaker)
		add(r, "topics", q.Topics...)
	}
	for i, c := range d.Claims {
		r := model.Ref{Kind: model.KindClaim, Index: i}
		add(r, "actor", c.Actor)
		add(r, "quotes", c.Quotes...)
		add(r, "topics", c.Topics...)
	}
	for i, s := range d.Series {
		r := model.Ref{Kind: model.KindSeries, Index: i}
		if s.Poll != nil {
			add(r, "poll.pollster", s.Poll.Pollster)
		}
		for _, p := range s.Points {
			add(r, "points", p.Figure)
		}
		add(r, "topics", s.Topics...)
	}
	return out
}
