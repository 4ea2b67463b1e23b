package format

import (
	"fmt"
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// ReportMarkdown writes the whole dataset as a readable report: the story
// and its source, then every kind of item with its evidence, then the
// article itself.
func ReportMarkdown(d *model.Dataset, clean func(string) string) []byte {
	m := &md{clean: clean}
	n := newNames(d)
	m.heading(1, m.text(d.Story.Title))
	if d.Story.TitleEditorial {
		m.line("*Title written for this dataset; it is not the article's headline.*")
		m.line("")
	}
	m.line(m.source(d.Story.Source))

	m.heading(2, "Topics")
	m.none(len(d.Topics))
	for _, t := range d.Topics {
		m.printf("- **%s** (%s): %s\n", m.text(t.Name), code(t.ID), m.text(t.Description))
	}

	m.heading(2, "Actors")
	m.none(len(d.Actors))
	for _, a := range d.Actors {
		m.heading(3, m.text(a.Name))
		m.bullets(
			"id", code(a.ID),
			"kind", string(a.Kind),
			"role", m.text(a.Role),
			"aliases", m.text(join(a.Aliases)),
			"affiliations", m.text(n.list(a.Affiliations)),
			"topics", m.text(n.list(a.Topics)),
		)
		m.evidence(a.Evidence)
	}

	m.heading(2, "Events")
	m.none(len(d.Events))
	for _, e := range d.Events {
		m.heading(3, m.text(e.When.Display())+" — "+m.text(e.Summary))
		m.bullets(
			"id", code(e.ID),
			"as written", m.text(e.When.Text),
			"inferred", m.text(e.When.InferredWhy),
			"actors", m.text(n.list(e.Actors)),
			"topics", m.text(n.list(e.Topics)),
		)
		m.evidence(e.Evidence)
	}

	m.heading(2, "Figures")
	m.none(len(d.Figures))
	for i := range d.Figures {
		m.figure(n, &d.Figures[i])
	}

	m.heading(2, "Quotes")
	m.none(len(d.Quotes))
	for _, q := range d.Quotes {
		m.line("> " + m.text(q.Text))
		m.line(">")
		m.line("> — " + m.text(n.of(q.Speaker)) + " (" + code(q.ID) + "; topics: " + m.text(n.list(q.Topics)) + ")")
		m.line("")
	}

	m.heading(2, "Claims")
	m.none(len(d.Claims))
	for _, c := range d.Claims {
		m.heading(3, m.text(n.of(c.Actor))+": "+m.text(c.Summary))
		m.bullets(
			"id", code(c.ID),
			"quotes", m.text(n.list(c.Quotes)),
			"topics", m.text(n.list(c.Topics)),
		)
		m.evidence(c.Evidence)
	}

	if len(d.Series) > 0 {
		m.heading(2, "Series")
		for i := range d.Series {
			m.series(n, &d.Series[i])
		}
	}

	m.heading(2, "Article")
	m.line(strings.TrimRight(m.para(d.Story.Text), "\n"))
	return []byte(m.b.String())
}

func (m *md) source(s model.Source) string {
	known := func(p *string) string {
		if p == nil {
			return "unknown"
		}
		return m.text(*p)
	}
	return fmt.Sprintf("Source: publisher %s · author %s · published %s · retrieved %s · language %s · address %s",
		known(s.Publisher), known(s.Author), known(s.Published), known(s.Retrieved), known(s.Language), known(s.URL))
}

// none says so when a section has no items, rather than leave it blank.
func (m *md) none(n int) {
	if n == 0 {
		m.line("None.")
	}
}

// bullets writes name/value pairs as a list, skipping empty values.
func (m *md) bullets(pairs ...string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		if strings.TrimSpace(pairs[i+1]) != "" {
			m.printf("- %s: %s\n", pairs[i], pairs[i+1])
		}
	}
}

// evidence quotes an item's spans, each once with how often it is cited
// and where the first citation stands.
func (m *md) evidence(ev []model.Evidence) {
	if len(ev) == 0 {
		return
	}
	type cited struct {
		text  string
		start int
		times int
	}
	var order []*cited
	seen := map[string]*cited{}
	for _, e := range ev {
		if c, ok := seen[e.Text]; ok {
			c.times++
			continue
		}
		s, _ := e.Span()
		c := &cited{text: e.Text, start: s, times: 1}
		seen[e.Text] = c
		order = append(order, c)
	}
	m.line("- evidence:")
	for _, c := range order {
		times := ""
		if c.times > 1 {
			times = fmt.Sprintf(", cited %d times", c.times)
		}
		m.printf("  - “%s” (byte %d%s)\n", m.text(c.text), c.start, times)
	}
}

func (m *md) figure(n *names, f *model.Figure) {
	m.heading(3, m.text(f.Label))
	value := m.text(f.Display())
	if f.Derived != nil {
		value += " — *derived: computed by the dataset, not stated in the article*"
	}
	m.line("**" + value + "**")
	m.line("")
	m.bullets(
		"id", code(f.ID),
		"value", m.text(f.BareNumber())+" "+m.text(f.Unit),
		"comparator", code(string(f.Comparator)),
		"measure", m.text(f.Measure),
		"when", m.text(f.When()),
		"reported by", m.text(n.list(f.ReportedBy)),
		"note", m.text(f.Note),
	)
	if d := f.Derived; d != nil {
		m.bullets(
			"formula", m.text(d.Formula),
			"inputs", m.text(n.list(d.Inputs)),
			"derivation note", m.text(d.Note),
		)
	}
	m.bullets("topics", m.text(n.list(f.Topics)))
	m.evidence(f.Evidence)
}

func (m *md) series(n *names, s *model.Series) {
	m.heading(3, m.text(s.Title))
	m.bullets(
		"id", code(s.ID),
		"kind", string(s.Kind),
		"caption", m.text(s.Caption),
		"topics", m.text(n.list(s.Topics)),
	)
	if p := s.Poll; p != nil {
		m.bullets("pollster", m.text(n.of(p.Pollster)))
		m.bullets(
			"sample size", stated(p.SampleSize != nil, func() string { return fmt.Sprint(*p.SampleSize) }),
			"margin of error", stated(p.MarginOfError != nil, func() string { return model.FormatNumber(*p.MarginOfError) }),
			"fieldwork", stated(p.Fieldwork != nil, func() string { return m.text(p.Fieldwork.Display()) }),
		)
	}
	m.line("")
	g := Grid{Header: []string{"point", "figure", "value"}}
	for _, pt := range s.Points {
		value := ""
		if r, ok := n.lookup(pt.Figure); ok && r.Kind == model.KindFigure {
			value = figureValue(&n.d.Figures[r.Index])
		}
		g.Rows = append(g.Rows, []string{pt.Label, pt.Figure, value})
	}
	m.table(g)
}
