package synth

import (
	"strconv"

	"github.com/dossier-dev/dossier/model"
)

// pollFigures are the first figures: a poll's two shares and the derived
// remainder, which the split series charts.
const pollFigures = 3

// sumEvery makes one figure in this many a derived sum of the two stated
// count figures before it, so datasets of every size carry derivations.
const sumEvery = 40

func isDerived(i int) bool { return i == 2 || (i >= pollFigures && i%sumEvery == sumEvery-1) }

// summandMeasure is the measure of the count figures a sum adds up, so
// that the two summands count the same thing.
func summandMeasure(i int) int { return (i / sumEvery) % len(figureMeasures) }

func figureID(i int) string { return "fig-" + strconv.Itoa(i+1) }

// poll opens the article with the poll the split series charts.
func (g *gen) poll() {
	support := 30 + g.r.IntN(30)
	oppose := 100 - support - (1 + g.r.IntN(9))
	pollster := g.pollster()
	t := &g.text
	t.put("A poll by ", mention(&g.d.Actors[pollster]), " found ")
	share := func(i, v int, label, words string) {
		f := &g.d.Figures[i]
		*f = model.Figure{
			ID: figureID(i), Label: label, Value: float64(v), Comparator: model.Exact,
			Unit: "%", UnitLong: "percent", Measure: words + " the plan (poll)",
			ReportedBy: []string{g.d.Actors[pollster].ID}, Topics: []string{"elections"},
		}
		f.Evidence = []model.Evidence{t.span(strconv.Itoa(v) + "% " + words + " the plan")}
	}
	share(0, support, "Support the plan", "supporting")
	t.put(" and ")
	share(1, oppose, "Oppose the plan", "opposing")
	t.put(".")
	t.endSentence(1)
}

// pollster is an organization when there is one.
func (g *gen) pollster() int {
	if orgs := g.byKind[model.KindOrganization]; len(orgs) > 0 {
		return orgs[0]
	}
	return len(g.d.Actors) - 1
}

// figure writes a stated figure of one of four shapes: a count, a share, a
// change against a baseline, or an amount of money.
func (g *gen) figure(i int) {
	f := &g.d.Figures[i]
	f.ID = figureID(i)
	f.Topics = g.topics()
	reporter := &g.d.Actors[g.r.IntN(len(g.d.Actors))]
	f.ReportedBy = []string{reporter.ID}
	city := pick(g.r, cities)
	t := &g.text
	t.put("According to ", mention(reporter), ", ")
	switch {
	case i%sumEvery == sumEvery-3 || i%sumEvery == sumEvery-2:
		g.count(i, summandMeasure(i), city)
	case i%5 <= 1:
		g.count(i, g.r.IntN(len(figureMeasures)), city)
	case i%5 == 2:
		m := pick(g.r, percentMeasures)
		f.Value = float64(g.r.IntN(1000)) / 10
		f.Comparator, f.Unit, f.UnitLong = model.Exact, "%", "percent"
		f.Label, f.Measure = m.label+" in "+city, m.measure
		f.Evidence = []model.Evidence{t.span(model.FormatNumber(f.Value) + "% " + m.measure + " in " + city)}
	case i%5 == 3:
		m := pick(g.r, figureMeasures)
		month, year := pick(g.r, months), 2019+g.r.IntN(5)
		base := month + " " + strconv.Itoa(year)
		date := strconv.Itoa(year) + "-" + twoDigits(monthNumber(month))
		f.Value = float64(1 + g.r.IntN(40))
		f.Direction = model.Increase
		if g.r.IntN(2) == 0 {
			f.Direction = model.Decrease
		}
		f.Comparator, f.Unit, f.UnitLong = model.Exact, "%", "percent"
		f.Label, f.Measure = "Change in "+m.unit+" in "+city, m.measure
		f.ComparedTo = &model.TimeRef{Text: base, Date: &date, Precision: model.PrecisionMonth}
		f.Evidence = []model.Evidence{t.span(indefinite(f.Value) + " " + model.FormatNumber(f.Value) + "% " + string(f.Direction) +
			" in " + m.unit + " in " + city + " compared to " + base)}
	default:
		project := pick(g.r, projects)
		f.Value = float64((1 + g.r.IntN(999)) * pow10(3+g.r.IntN(4)))
		f.Comparator, f.Currency, f.Unit, f.UnitLong = model.Exact, "MXN", "pesos", "Mexican pesos"
		f.Label, f.Measure = "Funding for the "+city+" "+project, "allocated to the "+project
		f.Evidence = []model.Evidence{t.span(model.FormatNumber(f.Value) + " pesos for the " + city + " " + project)}
	}
	t.put(".")
}

// count writes a counted figure, sometimes qualified ("more than") and
// sometimes dated ("as of May 2023").
func (g *gen) count(i, measure int, city string) {
	f := &g.d.Figures[i]
	m := figureMeasures[measure]
	f.Value = float64((1 + g.r.IntN(999)) * pow10(g.r.IntN(4)))
	f.Unit, f.UnitLong = m.unit, m.unit
	f.Label, f.Measure = m.label+" in "+city, m.measure
	qual := ""
	switch g.r.IntN(6) {
	case 0:
		f.Comparator, qual = model.MoreThan, "more than "
	case 1:
		f.Comparator, qual = model.About, "about "
	default:
		f.Comparator = model.Exact
	}
	words := qual + model.FormatNumber(f.Value) + " " + m.measure + " in " + city
	if g.r.IntN(3) == 0 {
		month, year := pick(g.r, months), 2019+g.r.IntN(6)
		date := strconv.Itoa(year) + "-" + twoDigits(monthNumber(month))
		f.AsOf = &model.TimeRef{Text: month + " " + strconv.Itoa(year), Date: &date, Precision: model.PrecisionMonth}
		words += " as of " + f.AsOf.Text
	}
	f.Evidence = []model.Evidence{g.text.span(words)}
	if measure == 0 {
		g.bars = append(g.bars, i)
	}
}

// derive fills the derived figures once every stated one has its evidence:
// a derived figure cites the words of the figures it is computed from.
func (g *gen) derive() {
	figs := g.d.Figures
	cite := func(ids ...int) []model.Evidence {
		var ev []model.Evidence
		for _, i := range ids {
			for _, e := range figs[i].Evidence {
				start := *e.Start
				ev = append(ev, model.Evidence{Text: e.Text, Start: &start})
			}
		}
		return ev
	}
	figs[2] = model.Figure{
		ID: figureID(2), Label: "Poll share not accounted for", Value: 100 - figs[0].Value - figs[1].Value,
		Comparator: model.Exact, Unit: "%", UnitLong: "percent", Measure: "of the poll not accounted for",
		ReportedBy: []string{}, Topics: []string{"elections"},
		Derived: &model.Derivation{
			Formula: "100 - " + num(figs[0].Value) + " - " + num(figs[1].Value),
			Inputs:  []string{figs[0].ID, figs[1].ID},
			Note:    "What is left of 100% after the two shares the article states; it does not say what the rest is.",
		},
		Evidence: cite(0, 1),
	}
	for i := pollFigures; i < len(figs); i++ {
		if !isDerived(i) {
			continue
		}
		a, b := &figs[i-2], &figs[i-1]
		m := figureMeasures[summandMeasure(i)]
		cmp := model.Exact
		if a.Comparator != model.Exact || b.Comparator != model.Exact {
			cmp = model.About
		}
		figs[i] = model.Figure{
			ID: figureID(i), Label: m.label + ", two cities combined", Value: a.Value + b.Value,
			Comparator: cmp, Unit: m.unit, UnitLong: m.unit, Measure: m.measure,
			ReportedBy: []string{}, Topics: a.Topics,
			Derived: &model.Derivation{
				Formula: num(a.Value) + " + " + num(b.Value),
				Inputs:  []string{a.ID, b.ID},
				Note:    "The sum of two figures the article gives separately; it gives no total.",
			},
			Evidence: cite(i-2, i-1),
		}
	}
}

// series adds the two charts: the poll as a split, and a count by city as
// bars.
func (g *gen) series() {
	size, margin := 1200, 2.8
	f := g.d.Figures
	g.d.Series = []model.Series{{
		ID: "poll-split", Title: "Poll: support for the plan", Kind: model.SeriesSplit, Unit: "%",
		Caption: "The poll's two stated shares and the remainder the article leaves unexplained.",
		Poll:    &model.Poll{Pollster: f[0].ReportedBy[0], SampleSize: &size, MarginOfError: &margin},
		Points: []model.Point{
			{Label: "Support", Figure: f[0].ID}, {Label: "Oppose", Figure: f[1].ID}, {Label: "Not accounted for", Figure: f[2].ID},
		},
		Topics: []string{"elections"},
	}, {
		ID: "counts-by-city", Title: figureMeasures[0].label + " by city", Kind: model.SeriesBars, Unit: figureMeasures[0].unit,
		Caption: "Each bar is a figure the article states for one city; the article does not compare them.",
		Points:  g.barPoints(),
		Topics:  []string{"security"},
	}}
}

// barPoints charts at most eight count figures; a dataset too small to have
// one charts the poll shares instead.
func (g *gen) barPoints() []model.Point {
	var pts []model.Point
	for _, i := range g.bars {
		if len(pts) == 8 {
			break
		}
		f := g.d.Figures[i]
		pts = append(pts, model.Point{Label: f.Label[len(figureMeasures[0].label+" in "):], Figure: f.ID})
	}
	if len(pts) == 0 {
		pts = []model.Point{{Label: "Support", Figure: g.d.Figures[0].ID}, {Label: "Oppose", Figure: g.d.Figures[1].ID}}
	}
	return pts
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func monthNumber(name string) int {
	for i, m := range months {
		if m == name {
			return i + 1
		}
	}
	return 0
}

// indefinite is the article a number takes when read aloud: "an 8%", "an
// 11%", "a 12%".
func indefinite(v float64) string {
	switch n := num(v); {
	case n[0] == '8', n == "11", n == "18":
		return "an"
	}
	return "a"
}
