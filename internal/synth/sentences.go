package synth

import (
	"fmt"
	"strconv"

	"github.com/dossier-dev/dossier/model"
)

// writeArticle writes one sentence per item, in a shuffled order so that
// the kinds interleave as in a real article, after an opening paragraph on
// the poll that the split series charts.
func (g *gen) writeArticle() {
	g.poll()
	type ref struct {
		kind model.Kind
		i    int
	}
	var order []ref
	add := func(k model.Kind, n, from int) {
		for i := from; i < n; i++ {
			order = append(order, ref{k, i})
		}
	}
	add(model.KindActor, len(g.d.Actors), 0)
	add(model.KindEvent, len(g.d.Events), 0)
	add(model.KindFigure, len(g.d.Figures), pollFigures)
	add(model.KindQuote, len(g.d.Quotes), 0)
	add(model.KindClaim, len(g.d.Claims), 0)
	g.r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	for _, o := range order {
		switch o.kind {
		case model.KindActor:
			g.actor(o.i)
		case model.KindEvent:
			g.event(o.i)
		case model.KindFigure:
			if !isDerived(o.i) {
				g.figure(o.i)
			}
		case model.KindQuote:
			g.quote(o.i)
		case model.KindClaim:
			g.claim(o.i)
		}
		g.text.endSentence(5)
	}
}

func (g *gen) actor(i int) {
	a := &g.d.Actors[i]
	t := &g.text
	switch a.Kind {
	case model.KindPerson:
		a.Evidence = append(a.Evidence, t.span(capitalize(a.Role)+" "+a.Name))
		t.put(", who represents ", pick(g.r, cities), ", spoke to reporters on ", pick(g.r, weekdays), "; ")
		a.Evidence = append(a.Evidence, t.span(a.Aliases[0]))
		t.put(" has held the post since ", strconv.Itoa(2010+g.r.IntN(14)), ".")
	case model.KindCountry:
		t.put("Officials in ")
		a.Evidence = append(a.Evidence, t.span(a.Name))
		t.put(" declined to comment on the talks.")
	default:
		t.put("In a statement, the ")
		a.Evidence = append(a.Evidence, t.span(a.Name))
		t.put(" said it would publish its own review within ", strconv.Itoa(2+g.r.IntN(10)), " weeks.")
	}
}

func (g *gen) event(i int) {
	e := &g.d.Events[i]
	a := &g.d.Actors[g.r.IntN(len(g.d.Actors))]
	act := pick(g.r, eventActions)
	city := pick(g.r, cities)
	e.ID = "ev-" + strconv.Itoa(i+1)
	e.When = g.when()
	e.Actors = []string{a.ID}
	e.Summary = a.Name + " " + act.summary + " in " + city
	e.Topics = g.topics()
	lead := "On " + e.When.Text
	if e.When.Precision == model.PrecisionMonth || e.When.Precision == model.PrecisionYear {
		lead = "In " + e.When.Text
	}
	e.Evidence = []model.Evidence{g.text.span(lead + ", " + mention(a) + " " + act.text + " in " + city)}
	g.text.put(".")
}

// when returns a date as an article writes it, at every precision, some
// with the year left out and inferred.
func (g *gen) when() model.TimeRef {
	year, month, day := 2019+g.r.IntN(6), 1+g.r.IntN(12), 1+g.r.IntN(28)
	mname := months[month-1]
	date := func(s string) *string { return &s }
	switch g.r.IntN(10) {
	case 0, 1:
		return model.TimeRef{Text: mname + " " + strconv.Itoa(year), Date: date(fmt.Sprintf("%04d-%02d", year, month)), Precision: model.PrecisionMonth}
	case 2:
		return model.TimeRef{Text: strconv.Itoa(year), Date: date(strconv.Itoa(year)), Precision: model.PrecisionYear}
	case 3:
		return model.TimeRef{Text: pick(g.r, weekdays), Precision: model.PrecisionRelative}
	case 4:
		return model.TimeRef{Text: mname + " " + strconv.Itoa(day), Date: date(fmt.Sprintf("2024-%02d-%02d", month, day)),
			Precision: model.PrecisionDay, Inferred: true, InferredWhy: "The article gives no year; 2024 is the year of the story."}
	default:
		return model.TimeRef{Text: mname + " " + strconv.Itoa(day) + ", " + strconv.Itoa(year),
			Date: date(fmt.Sprintf("%04d-%02d-%02d", year, month, day)), Precision: model.PrecisionDay}
	}
}

func (g *gen) quote(i int) {
	q := &g.d.Quotes[i]
	t := &g.text
	speaker := g.actorOf[q.Speaker]
	q.Text = pick(g.r, quoteOpenings) + ", " + pick(g.r, quoteEndings)
	q.Topics = g.topics()
	if g.r.IntN(2) == 0 {
		t.put("“")
		q.Evidence = []model.Evidence{t.span(q.Text)}
		t.put(",” said ", mention(speaker), ".")
		return
	}
	t.put(capitalize(mention(speaker)), " told reporters: “")
	q.Evidence = []model.Evidence{t.span(q.Text)}
	t.put(".”")
}

func (g *gen) claim(i int) {
	c := &g.d.Claims[i]
	c.ID = "claim-" + strconv.Itoa(i+1)
	c.Quotes = []string{}
	c.Topics = g.topics()
	stance := pick(g.r, claimStances)
	city := pick(g.r, cities)
	a := &g.d.Actors[g.r.IntN(len(g.d.Actors))]
	if len(g.d.Quotes) > 0 && g.r.IntN(2) == 0 {
		q := g.d.Quotes[g.r.IntN(len(g.d.Quotes))]
		a, c.Quotes = g.actorOf[q.Speaker], []string{q.ID}
	}
	c.Actor = a.ID
	c.Summary = "In " + city + ": " + stance.summary
	g.text.put(capitalize(mention(a)), " ")
	c.Evidence = []model.Evidence{g.text.span(stance.text + " in " + city)}
	g.text.put(".")
}

// mention is how a sentence names an actor: people and countries bare,
// bodies with "the".
func mention(a *model.Actor) string {
	if a.Kind == model.KindPerson || a.Kind == model.KindCountry {
		return a.Name
	}
	return "the " + a.Name
}

// capitalize upper-cases an ASCII first letter, for a name that starts a
// sentence.
func capitalize(s string) string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		return string(s[0]-('a'-'A')) + s[1:]
	}
	return s
}
