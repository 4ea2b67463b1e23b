// Package synth generates synthetic story datasets of any size, for the
// benchmarks and for `go run ./cmd/synthstory`. A dataset is a pure
// function of its size and seed, is valid, and places every evidence span
// by byte offset (start), so that loading it costs time linear in its size.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/dossier-dev/dossier/model"
)

// MinItems is the smallest dataset Generate makes: enough for every kind,
// the poll series and one derived figure.
const MinItems = 20

// Counts is how many items of each kind a dataset of n items holds. Topics
// are not counted as items: there is a fixed set of them.
type Counts struct{ Actors, Events, Figures, Quotes, Claims, Series int }

// Split spreads n items over the kinds, in roughly the proportions of a
// hand-made dataset: many figures and quotes, fewer actors.
func Split(n int) Counts {
	c := Counts{Series: 2}
	rest := n - c.Series
	c.Actors = rest * 15 / 100
	c.Events = rest * 20 / 100
	c.Figures = rest * 25 / 100
	c.Quotes = rest * 20 / 100
	c.Claims = rest - c.Actors - c.Events - c.Figures - c.Quotes
	return c
}

// gen holds the state of one generation.
type gen struct {
	r      *rand.Rand
	text   article
	d      *model.Dataset
	byKind map[model.ActorKind][]int
	// actorOf maps ids to actors: model's lookup by id scans every item,
	// which would make generation quadratic.
	actorOf map[string]*model.Actor
	// bars collects count figures, in text order, for the bars series.
	bars []int
}

// Generate returns a valid dataset of n items (at least MinItems) that
// depends only on n and seed.
func Generate(n int, seed uint64) (*model.Dataset, error) {
	if n < MinItems {
		return nil, fmt.Errorf("synth: %d items is too few; the smallest dataset has %d", n, MinItems)
	}
	c := Split(n)
	g := &gen{
		r:       rand.New(rand.NewPCG(seed, 0x5eed)),
		byKind:  map[model.ActorKind][]int{},
		actorOf: map[string]*model.Actor{},
		d: &model.Dataset{
			SchemaVersion: model.SchemaVersion,
			Actors:        make([]model.Actor, c.Actors),
			Events:        make([]model.Event, c.Events),
			Figures:       make([]model.Figure, c.Figures),
			Quotes:        make([]model.Quote, c.Quotes),
			Claims:        make([]model.Claim, c.Claims),
		},
	}
	g.story(n)
	for _, t := range topicNames {
		g.d.Topics = append(g.d.Topics, model.Topic{ID: t.id, Name: t.name, Description: t.description})
	}
	g.nameActors()
	g.assignSpeakers()
	g.writeArticle()
	g.derive()
	g.series()
	g.d.Story.Text = g.text.String()
	return g.d, nil
}

func (g *gen) story(n int) {
	str := func(s string) *string { return &s }
	g.d.Story = model.Story{
		Title:          "Synthetic story: " + model.FormatNumber(float64(n)) + " sourced facts from " + cities[0],
		TitleEditorial: true,
		Source: model.Source{
			Publisher: str("The Synthetic Gazette"),
			Published: str("2024-06-01"),
			Language:  str("en"),
		},
	}
}

// pick returns a random element of list.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// topics files an item under one or two topics.
func (g *gen) topics() []string {
	a := g.r.IntN(len(topicNames))
	if g.r.IntN(3) > 0 {
		return []string{topicNames[a].id}
	}
	b := (a + 1 + g.r.IntN(len(topicNames)-1)) % len(topicNames)
	return []string{topicNames[a].id, topicNames[b].id}
}

// actorKindCycle sets the mix of actors: half people, and every other kind
// among the first six so that small datasets have them all.
var actorKindCycle = []model.ActorKind{
	model.KindPerson, model.KindParty, model.KindOrganization, model.KindGovernment,
	model.KindCountry, model.KindGroup, model.KindPerson, model.KindPerson,
	model.KindOrganization, model.KindPerson,
}

// nameActors gives every actor its id, name and kind; their evidence is
// written with the article.
func (g *gen) nameActors() {
	for i := range g.d.Actors {
		a := &g.d.Actors[i]
		a.Kind = actorKindCycle[i%len(actorKindCycle)]
		g.byKind[a.Kind] = append(g.byKind[a.Kind], i)
		switch a.Kind {
		case model.KindPerson:
			last := pick(g.r, lastNames)
			a.Name = pick(g.r, firstNames) + " " + last
			a.Role = pick(g.r, roles)
			a.Aliases = []string{last}
		case model.KindParty:
			a.Name = pick(g.r, partyNames)
			if len(g.byKind[a.Kind]) > len(partyNames) {
				a.Name += " of " + pick(g.r, cities)
			}
		case model.KindOrganization:
			if g.r.IntN(2) == 0 {
				a.Name = pick(g.r, orgAdjectives) + " " + pick(g.r, orgNouns)
			} else {
				a.Name = pick(g.r, cities) + " " + pick(g.r, orgNouns)
			}
		case model.KindGovernment:
			a.Name = "Government of " + pick(g.r, cities)
		case model.KindCountry:
			a.Name = pick(g.r, countries)
		case model.KindGroup:
			a.Name = pick(g.r, cities) + " " + pick(g.r, groups)
		}
		a.ID = slug(a.Name) + "-" + strconv.Itoa(i+1)
		g.actorOf[a.ID] = a
		a.Affiliations = []string{}
		a.Aliases = nonNil(a.Aliases)
		a.Topics = g.topics()
	}
	// People belong to a party once the parties exist.
	parties := g.byKind[model.KindParty]
	for _, i := range g.byKind[model.KindPerson] {
		if len(parties) > 0 && g.r.IntN(3) > 0 {
			g.d.Actors[i].Affiliations = []string{g.d.Actors[pick(g.r, parties)].ID}
		}
	}
}

// assignSpeakers picks every quote's speaker before any text is written, so
// that claims can cite a quote of the same actor.
func (g *gen) assignSpeakers() {
	people := g.byKind[model.KindPerson]
	for i := range g.d.Quotes {
		q := &g.d.Quotes[i]
		q.ID = "q-" + strconv.Itoa(i+1)
		q.Speaker = g.d.Actors[pick(g.r, people)].ID
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
