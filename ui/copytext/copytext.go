// Package copytext writes an item as the texts the explorer copies: as
// displayed, the bare number, a cited sentence, Markdown, JSON and a CSV
// row. It is pure: the root decides where the text goes.
package copytext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/safe"
)

// Format is a way of writing an item.
type Format int

// The formats, in the copy menu's order.
const (
	Displayed Format = iota
	Bare
	Cited
	Markdown
	JSON
	CSV
)

// Formats lists every format in menu order.
var Formats = []Format{Displayed, Bare, Cited, Markdown, JSON, CSV}

// Name is the format's name in the menu.
func (f Format) Name() string {
	return [...]string{"As displayed", "Bare number", "Cited sentence", "Markdown", "JSON", "CSV row"}[f]
}

// Text writes item r in format f. It reports false when the format does
// not apply (a bare number of an actor). The result is sanitized: no
// control characters or escape sequences from the data reach a clipboard
// or a screen.
func Text(c *common.Context, r model.Ref, f Format) (string, bool) {
	var s string
	ok := true
	switch f {
	case Displayed:
		s = displayed(c, r)
	case Bare:
		if r.Kind != model.KindFigure {
			return "", false
		}
		s = c.Data.Figures[r.Index].BareNumber()
	case Cited:
		s = cited(c, r)
	case Markdown:
		s = markdown(c, r)
	case JSON:
		s, ok = jsonText(c, r)
	case CSV:
		s = csvRow(c, r)
	}
	return safe.Text(s), ok
}

// displayed is the item as the explorer shows it: a figure with its
// qualifier, a quote's words, an actor's name and role, an event's date
// and what happened.
func displayed(c *common.Context, r model.Ref) string {
	d := c.Data
	switch r.Kind {
	case model.KindFigure:
		return d.Figures[r.Index].Display()
	case model.KindQuote:
		return d.Quotes[r.Index].Text
	case model.KindActor:
		a := &d.Actors[r.Index]
		if a.Role == "" {
			return a.Name
		}
		return a.Name + ", " + a.Role
	case model.KindEvent:
		e := &d.Events[r.Index]
		return e.When.Display() + ": " + e.Summary
	case model.KindClaim:
		cl := &d.Claims[r.Index]
		if a := c.Links.ClaimActor[r.Index]; a >= 0 {
			return d.Actors[a].Name + ": " + cl.Summary
		}
		return cl.Summary
	case model.KindSeries:
		return d.Series[r.Index].Title + ": " + seriesValues(c, r.Index)
	}
	return d.Title(r)
}

// seriesValues lists a chart's values in words.
func seriesValues(c *common.Context, s int) string {
	d := c.Data
	var parts []string
	for k, fi := range c.Links.SeriesFigures[s] {
		f := &d.Figures[fi]
		label := f.Label
		if k < len(d.Series[s].Points) {
			label = d.Series[s].Points[k].Label
		}
		p := label + " " + f.ValueText()
		if f.Derived != nil {
			p += " (derived)"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

// who says who stands behind an item: who reported, said or claimed it.
func who(c *common.Context, r model.Ref) string {
	d := c.Data
	names := func(idx []int) string {
		var n []string
		for _, a := range idx {
			n = append(n, nameRole(&d.Actors[a]))
		}
		return joinAnd(n)
	}
	switch r.Kind {
	case model.KindFigure:
		f := &d.Figures[r.Index]
		switch {
		case f.Derived != nil:
			return "derived for the dataset (" + f.Derived.Formula + "), not stated in the article"
		case len(c.Links.FigureReporters[r.Index]) > 0:
			return "reported by " + names(c.Links.FigureReporters[r.Index])
		}
		return "as stated in the article"
	case model.KindClaim:
		if a := c.Links.ClaimActor[r.Index]; a >= 0 {
			return "claimed by " + nameRole(&d.Actors[a])
		}
	case model.KindActor:
		if af := c.Links.Affiliations[r.Index]; len(af) > 0 {
			var n []string
			for _, a := range af {
				n = append(n, d.Actors[a].Name)
			}
			return "affiliated with " + joinAnd(n)
		}
	case model.KindEvent:
		if ea := c.Links.EventActors[r.Index]; len(ea) > 0 {
			var n []string
			for _, a := range ea {
				n = append(n, d.Actors[a].Name)
			}
			return "involving " + joinAnd(n)
		}
	}
	return ""
}

func nameRole(a *model.Actor) string {
	if a.Role == "" {
		return a.Name
	}
	return a.Name + " (" + a.Role + ")"
}

func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// subject is the item's own words at the head of a cited sentence.
func subject(c *common.Context, r model.Ref) string {
	d := c.Data
	switch r.Kind {
	case model.KindQuote:
		// The quote's own closing comma or colon belongs to the sentence
		// it came from, not to this one.
		words := "“" + strings.TrimRight(d.Quotes[r.Index].Text, ",;: ") + "”"
		if a := c.Links.QuoteSpeaker[r.Index]; a >= 0 {
			return nameRole(&d.Actors[a]) + " said: " + words
		}
		return words
	case model.KindClaim:
		return strings.TrimRight(d.Claims[r.Index].Summary, ".")
	case model.KindEvent:
		e := &d.Events[r.Index]
		return e.When.Display() + ": " + strings.TrimRight(e.Summary, ".")
	}
	return capitalize(displayed(c, r))
}

// evidenceSentence is the sentence of the article around the item's
// first evidence span. A chart's is that of its first point stated in the
// article (of its first point with words, when all are derived): its
// caption is the dataset's, not the article's.
func evidenceSentence(c *common.Context, r model.Ref) string {
	if r.Kind == model.KindSeries {
		fallback := ""
		for _, fi := range c.Links.SeriesFigures[r.Index] {
			s := evidenceSentence(c, model.Ref{Kind: model.KindFigure, Index: fi})
			if s == "" {
				continue
			}
			if c.Data.Figures[fi].Derived == nil {
				return s
			}
			if fallback == "" {
				fallback = s
			}
		}
		return fallback
	}
	s, e, ok := c.Links.FirstSpan(r)
	if !ok {
		return ""
	}
	return common.Sentence(c.Data.Story.Text, s, e)
}

// note is the dataset's remark that goes with an item's citation, under
// its own label: a chart's caption, when the chart shows derived values
// that it explains. A caption that opens by quoting the cited sentence
// is given without it: the sentence is in the citation already.
func note(c *common.Context, r model.Ref) string {
	if r.Kind != model.KindSeries {
		return ""
	}
	for _, fi := range c.Links.SeriesFigures[r.Index] {
		if c.Data.Figures[fi].Derived != nil {
			n := strings.TrimSpace(c.Data.Series[r.Index].Caption)
			if rest, ok := strings.CutPrefix(n, "“"+evidenceSentence(c, r)+"”"); ok {
				n = strings.TrimSpace(rest)
			}
			return n
		}
	}
	return ""
}

// endSentence ends s with a full stop unless it already ends a sentence.
func endSentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, ".”") || strings.HasSuffix(s, "?”") || strings.HasSuffix(s, "!”") {
		return s
	}
	return s + "."
}

// storyName names the story for a citation: its title, marked when the
// dataset wrote it, and what is known of its source.
func storyName(c *common.Context) string {
	st := c.Data.Story
	s := st.Title
	if st.TitleEditorial {
		s += " (title written for the dataset)"
	}
	var src []string
	for _, p := range []*string{st.Source.Publisher, st.Source.Published, st.Source.URL} {
		if p != nil && *p != "" {
			src = append(src, *p)
		}
	}
	if len(src) > 0 {
		s += ", " + strings.Join(src, ", ")
	}
	return s
}

// cited is one sentence that can stand on its own in a note: the item,
// who stands behind it, the article's own sentence, and the story.
func cited(c *common.Context, r model.Ref) string {
	var b strings.Builder
	b.WriteString(subject(c, r))
	if w := who(c, r); w != "" {
		b.WriteString(", " + w)
	}
	b.WriteString(".")
	if s := evidenceSentence(c, r); s != "" {
		b.WriteString(" Source: “" + s + "”")
	}
	if n := note(c, r); n != "" {
		b.WriteString(" Note: " + endSentence(n))
	}
	b.WriteString(" From: " + storyName(c) + ".")
	return b.String()
}

func markdown(c *common.Context, r model.Ref) string {
	var b strings.Builder
	b.WriteString("**" + mdEscape(subject(c, r)) + "**")
	if w := who(c, r); w != "" {
		b.WriteString(", " + mdEscape(w))
	}
	b.WriteString(".\n")
	if s := evidenceSentence(c, r); s != "" {
		b.WriteString("\n> " + mdEscape(s) + "\n")
	}
	if n := note(c, r); n != "" {
		b.WriteString("\nNote: " + mdEscape(n) + "\n")
	}
	b.WriteString("\n— *" + mdEscape(storyName(c)) + "*\n")
	return b.String()
}

// mdEscape keeps data from turning into Markdown markup.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`)
	return r.Replace(s)
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
