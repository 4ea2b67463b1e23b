package numbers

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
)

// A chart is drawn with Lip Gloss styles over block characters, and every
// part of it that colour tells apart also differs in its glyph (█ ▒ ░) and
// is named in words, so it reads the same in monochrome. Each chart comes
// with a text form that says everything the drawing shows.

// point is one value of a chart.
type point struct {
	label   string
	value   float64
	text    string // the value as shown ("46%")
	derived *model.Derivation
}

func points(c *common.Context, s int) []point {
	d := c.Data
	var out []point
	for k, fi := range c.Links.SeriesFigures[s] {
		f := &d.Figures[fi]
		label := common.Safe(f.Label)
		if k < len(d.Series[s].Points) {
			label = common.Safe(d.Series[s].Points[k].Label)
		}
		out = append(out, point{label: label, value: f.Value, text: common.Safe(f.ValueText()), derived: f.Derived})
	}
	return out
}

// splitGlyphs tell the parts of a split apart without colour.
var splitGlyphs = []string{"█", "▒", "░", "▚", "▞"}
var splitTones = []string{"support", "oppose", "unaccounted", "bar", "derived"}

// Chart draws series s at a width: the drawing, then its text form.
func Chart(c *common.Context, s int, width int) (lines, plain []string) {
	ser := &c.Data.Series[s]
	ps := points(c, s)
	plain = TextForm(c, s)
	if len(ps) == 0 {
		return nil, plain
	}
	st := c.Styles
	lines = append(lines, st.Bold.Render(common.Clip(common.Safe(ser.Title), width)))
	switch ser.Kind {
	case model.SeriesSplit:
		lines = append(lines, split(c, ps, width)...)
	default:
		lines = append(lines, bars(c, ps, width)...)
	}
	return lines, plain
}

// split draws parts of a whole as one stacked bar with a legend.
func split(c *common.Context, ps []point, width int) []string {
	st := c.Styles
	barW := max(min(width, 60), 10)
	total := 0.0
	for _, p := range ps {
		total += max(p.value, 0)
	}
	if total <= 0 {
		return nil
	}
	widths := apportion(ps, total, barW)
	var bar strings.Builder
	under := ""
	col := 0
	for i, p := range ps {
		g := splitGlyphs[i%len(splitGlyphs)]
		bar.WriteString(st.Chart[splitTones[i%len(splitTones)]].Render(strings.Repeat(g, widths[i])))
		// Each value goes under the start of its part when it fits there,
		// the last one flush right; the legend below has them all anyway.
		at := col
		if i == len(ps)-1 {
			at = max(col, barW-lenCells(p.text))
		}
		gap := 1
		if under == "" {
			gap = 0
		}
		if at >= lenCells(under)+gap && at+lenCells(p.text) <= barW {
			under += strings.Repeat(" ", at-lenCells(under)) + p.text
		}
		col += widths[i]
	}
	lines := []string{bar.String(), st.Muted.Render(under)}
	for i, p := range ps {
		g := splitGlyphs[i%len(splitGlyphs)]
		entry := st.Chart[splitTones[i%len(splitTones)]].Render(g) + " " + st.Text.Render(p.label+" "+p.text)
		if p.derived != nil {
			entry += " " + st.Derived.Render("≈ derived")
		}
		lines = append(lines, entry)
	}
	return lines
}

// apportion shares width cells among the parts in proportion, by largest
// remainder, giving every non-zero part at least one cell so none
// vanishes.
func apportion(ps []point, total float64, width int) []int {
	out := make([]int, len(ps))
	rem := make([]float64, len(ps))
	used := 0
	for i, p := range ps {
		exact := max(p.value, 0) / total * float64(width)
		out[i] = int(exact)
		if p.value > 0 && out[i] == 0 {
			out[i] = 1
		}
		rem[i] = exact - float64(int(exact))
		used += out[i]
	}
	for used < width {
		best := 0
		for i := range rem {
			if rem[i] > rem[best] {
				best = i
			}
		}
		out[best]++
		rem[best] = -1
		used++
	}
	for used > width {
		big := 0
		for i := range out {
			if out[i] > out[big] {
				big = i
			}
		}
		out[big]--
		used--
	}
	return out
}

// bars draws separate values as labelled horizontal bars from zero. They
// are never joined by a line: two points say nothing of the months
// between them.
func bars(c *common.Context, ps []point, width int) []string {
	st := c.Styles
	labelW := 0
	valueW := 0
	top := 0.0
	for _, p := range ps {
		labelW = max(labelW, lenCells(p.label))
		valueW = max(valueW, lenCells(p.text))
		top = max(top, p.value)
	}
	labelW = min(labelW, width/3)
	barW := max(min(width-labelW-valueW-16, 50), 6)
	var lines []string
	for _, p := range ps {
		cells := 0.0
		if top > 0 {
			cells = max(p.value, 0) / top * float64(barW)
		}
		full := int(cells)
		half := cells-float64(full) >= 0.5
		b := strings.Repeat("█", full)
		if half {
			b += "▌"
		}
		padN := barW - full
		if half {
			padN--
		}
		line := st.Text.Render(common.FitLine(p.label, labelW)) + " " + st.Chart["bar"].Render(b) + strings.Repeat(" ", max(padN, 0)) + " " + st.Bold.Render(p.text)
		if p.derived != nil {
			line += " " + st.Derived.Render("≈ derived")
		}
		lines = append(lines, line)
	}
	axis := strings.Repeat(" ", labelW+1) + "0" + strings.Repeat(" ", max(barW-1-lenCells(model.FormatNumber(top)), 1)) + model.FormatNumber(top)
	lines = append(lines, st.Muted.Render(axis))
	return lines
}

// TextForm says in words what a chart shows, for screen readers, plain
// mode and monochrome terminals.
func TextForm(c *common.Context, s int) []string {
	ser := &c.Data.Series[s]
	ps := points(c, s)
	var parts []string
	for _, p := range ps {
		t := p.label + " " + p.text
		if p.derived != nil {
			t += " (derived: " + common.Safe(p.derived.Formula) + ")"
		}
		parts = append(parts, t)
	}
	kind := "Bars"
	if ser.Kind == model.SeriesSplit {
		kind = "One bar split into parts"
	}
	return []string{"Chart, as text: " + kind + ": " + strings.Join(parts, "; ") + "."}
}

func lenCells(s string) int { return common.Width(s) }
