// Package actors is the Actors tab: the people, parties, governments,
// countries, organizations and groups of the story, grouped by kind, and
// for each what the article says of it and what it is linked to.
package actors

import (
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/browse"
	"github.com/dossier-dev/dossier/ui/components/list"
)

// Model is the Actors tab.
type Model struct {
	*browse.Model
	ctx *common.Context
	// via marks actors listed because one of their quotes or claims
	// matched the search rather than the actor itself.
	via map[int]bool
}

// New returns the Actors tab.
func New(ctx *common.Context) *Model {
	m := &Model{ctx: ctx}
	m.Model = browse.New(ctx, m)
	return m
}

// Title is the tab's name.
func (m *Model) Title() string { return "Actors" }

// kindHeadings are the group headings, in display order.
var kindHeadings = map[model.ActorKind]string{
	model.KindPerson:       "People",
	model.KindParty:        "Parties",
	model.KindGovernment:   "Governments",
	model.KindCountry:      "Countries",
	model.KindOrganization: "Organizations",
	model.KindGroup:        "Groups",
}

// ListShare implements browse.Source.
func (m *Model) ListShare() int { return 40 }

// Noun implements browse.Source.
func (m *Model) Noun() string { return "actors" }

// Rows implements browse.Source. Without a search the actors are grouped
// by kind in dataset order; with one they are a single list, best match
// first, since a grouping would bury the best match under a kind. An
// actor passes when it matches, or when one of its quotes or claims does:
// quotes and claims are read in their actor's detail.
func (m *Model) Rows() []list.Row {
	c := m.ctx
	d := c.Data
	m.via = map[int]bool{}
	if c.Searching() {
		var rows []list.Row
		seen := make(map[int]bool)
		for _, h := range c.Result.Hits(model.KindActor) {
			seen[h.Ref.Index] = true
			rows = append(rows, list.Row{Ref: h.Ref})
		}
		addVia := func(a int) {
			if a >= 0 && !seen[a] {
				seen[a] = true
				m.via[a] = true
				rows = append(rows, list.Row{Ref: model.Ref{Kind: model.KindActor, Index: a}})
			}
		}
		for _, h := range c.Result.Hits(model.KindQuote) {
			addVia(c.Links.QuoteSpeaker[h.Ref.Index])
		}
		for _, h := range c.Result.Hits(model.KindClaim) {
			addVia(c.Links.ClaimActor[h.Ref.Index])
		}
		return rows
	}
	pass := make([]bool, len(d.Actors))
	for _, h := range c.Result.Hits(model.KindActor) {
		pass[h.Ref.Index] = true
	}
	for _, h := range c.Result.Hits(model.KindQuote) {
		if a := c.Links.QuoteSpeaker[h.Ref.Index]; a >= 0 {
			pass[a] = true
		}
	}
	for _, h := range c.Result.Hits(model.KindClaim) {
		if a := c.Links.ClaimActor[h.Ref.Index]; a >= 0 {
			pass[a] = true
		}
	}
	byKind := map[model.ActorKind][]int{}
	var other []int
	for i := range d.Actors {
		if !pass[i] {
			continue
		}
		k := d.Actors[i].Kind
		if _, ok := kindHeadings[k]; ok {
			byKind[k] = append(byKind[k], i)
		} else {
			other = append(other, i)
		}
	}
	var rows []list.Row
	group := func(heading string, idx []int) {
		if len(idx) == 0 {
			return
		}
		rows = append(rows, list.Row{Heading: heading + " · " + common.FormatInt(len(idx))})
		for _, i := range idx {
			rows = append(rows, list.Row{Ref: model.Ref{Kind: model.KindActor, Index: i}})
		}
	}
	for _, k := range model.ActorKinds {
		group(kindHeadings[k], byKind[k])
	}
	group("Other", other)
	return rows
}

// Row implements browse.Source.
func (m *Model) Row(r list.Row, selected bool, width int) string {
	c := m.ctx
	if r.IsHeading() {
		return common.HeadingRow(c, r.Heading, width)
	}
	a := &c.Data.Actors[r.Ref.Index]
	name := common.Safe(a.Name)
	note := common.Safe(a.Role)
	if c.Searching() {
		note = joinNonEmpty(", ", common.Safe(string(a.Kind)), note)
		if m.via[r.Ref.Index] {
			note = joinNonEmpty(" · ", note, "matched in a quote or claim")
		}
	}
	nameW := min(max(width/2, 20), width-4)
	return common.Row(c, selected, width,
		common.Cell{Text: name, Style: c.Styles.Text, Width: nameW, Match: true},
		common.Cell{Text: note, Style: c.Styles.Muted, Match: true})
}

// PlainRow implements browse.Source.
func (m *Model) PlainRow(r list.Row) string {
	a := &m.ctx.Data.Actors[r.Ref.Index]
	return common.Safe(a.Name) + " (" + joinNonEmpty(", ", common.Safe(string(a.Kind)), common.Safe(a.Role)) + ")"
}

func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}
