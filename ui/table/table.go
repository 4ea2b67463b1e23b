// Package table renders rows of dataset text for a terminal or a pipe.
//
// On a terminal a table fits the window: columns share the width, long
// cells are cut with "…", every cell passes through safe.Line, and the
// header is styled when colour is allowed. Piped, a table is plain
// tab-separated rows (no box drawing, no styles), so that cut, awk and
// sort work on it; cells keep their text but lose tabs and line breaks.
package table

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dossier-dev/dossier/ui/safe"
)

// Options say where output goes.
type Options struct {
	// Plain is for pipes and files: tab-separated, unstyled, unsanitized.
	Plain bool
	// Width is the terminal's width in columns; 0 means no limit.
	Width int
	// Color allows styles (false with NO_COLOR or --no-color).
	Color bool
}

// gap is the space between columns on a terminal.
const gap = 2

var (
	headerStyle = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("6"))
	ruleStyle   = lipgloss.NewStyle().Faint(true)
	titleStyle  = lipgloss.NewStyle().Bold(true)
)

// Render writes a table: a header row, then a row per item.
func Render(header []string, rows [][]string, o Options) string {
	if o.Plain {
		return plain(header, rows)
	}
	return styled(header, rows, o)
}

// Title writes a section title above a table ("figures (11)").
func Title(s string, o Options) string {
	if o.Plain {
		return s + "\n"
	}
	s = safe.Line(s)
	if o.Color {
		s = titleStyle.Render(s)
	}
	return s + "\n"
}

// plain writes tab-separated rows. A tab or line break inside a cell would
// split it, so each becomes a space.
func plain(header []string, rows [][]string) string {
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(oneLine(c))
		}
		b.WriteByte('\n')
	}
	line(header)
	for _, r := range rows {
		line(r)
	}
	return b.String()
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

func oneLine(s string) string { return lineBreaks.Replace(s) }

func styled(header []string, rows [][]string, o Options) string {
	cells := make([][]string, 0, len(rows)+1)
	for _, r := range append([][]string{header}, rows...) {
		clean := make([]string, len(r))
		for i, c := range r {
			clean[i] = safe.Line(c)
		}
		cells = append(cells, clean)
	}
	if len(rows) == 0 {
		return faint("none", o) + "\n"
	}
	widths := fit(naturalWidths(cells, len(header)), o.Width)
	var b strings.Builder
	for n, r := range cells {
		var line strings.Builder
		for i, w := range widths {
			c := ""
			if i < len(r) {
				c = ansi.Truncate(r[i], w, "…")
			}
			if n == 0 && o.Color {
				c = headerStyle.Render(c)
			}
			line.WriteString(c)
			if i < len(widths)-1 {
				line.WriteString(strings.Repeat(" ", w-ansi.StringWidth(ansi.Strip(c))+gap))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
		if n == 0 {
			b.WriteString(rule(widths, o) + "\n")
		}
	}
	return b.String()
}

func faint(s string, o Options) string {
	if o.Color {
		return ruleStyle.Render(s)
	}
	return s
}

// rule underlines the header, one dash run per column.
func rule(widths []int, o Options) string {
	parts := make([]string, len(widths))
	for i, w := range widths {
		parts[i] = strings.Repeat("─", w)
	}
	return faint(strings.Join(parts, strings.Repeat(" ", gap)), o)
}

func naturalWidths(cells [][]string, n int) []int {
	widths := make([]int, n)
	for _, r := range cells {
		for i := 0; i < n && i < len(r); i++ {
			widths[i] = max(widths[i], ansi.StringWidth(r[i]))
		}
	}
	return widths
}

// fit shares a terminal's width among columns. The first column holds ids,
// which a reader copies into `dossier show`, so it stays whole as long as it
// takes at most half the width. Of the others, those narrower than their
// fair share keep their width, and the rest are cut to an equal cap, found
// by "water filling": kinds and dates stay whole and long text gives way.
func fit(natural []int, width int) []int {
	if width <= 0 || len(natural) == 0 {
		return natural
	}
	if len(natural) > 1 && natural[0] <= width/2 {
		rest := fit(natural[1:], width-natural[0]-gap)
		return append([]int{natural[0]}, rest...)
	}
	avail := width - gap*(len(natural)-1)
	total := 0
	for _, w := range natural {
		total += w
	}
	if total <= avail {
		return natural
	}
	// Largest cap c with sum(min(natural, c)) <= avail.
	lo, hi := 1, 0
	for _, w := range natural {
		hi = max(hi, w)
	}
	for lo < hi {
		c := (lo + hi + 1) / 2
		if capped(natural, c) <= avail {
			lo = c
		} else {
			hi = c - 1
		}
	}
	out := make([]int, len(natural))
	spare := avail - capped(natural, lo)
	for i, w := range natural {
		out[i] = min(w, lo)
		// Hand the columns that were cut what the cap left over, left first.
		if w > lo && spare > 0 {
			out[i]++
			spare--
		}
	}
	return out
}

func capped(natural []int, c int) int {
	sum := 0
	for _, w := range natural {
		sum += min(w, c)
	}
	return sum
}
