package common

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dossier-dev/dossier/model"
)

// Cell is one column of a list row: sanitized plain text and how it
// looks. Width, when set, pads or cuts the cell to that many cells.
type Cell struct {
	Text  string
	Style lipgloss.Style
	Width int
	// Match highlights search matches in the cell.
	Match bool
}

// Row draws a list row: a cursor marker, then the cells, fitted to width.
// The selected row is marked with "▸" as well as with the selection
// style, so it shows without colour.
func Row(c *Context, selected bool, width int, cells ...Cell) string {
	st := c.Styles
	var b strings.Builder
	used := 2
	if selected {
		b.WriteString(Paint(st.Selected, "▸ "))
	} else {
		b.WriteString("  ")
	}
	for i, cell := range cells {
		avail := width - used
		if avail <= 0 {
			break
		}
		text := cell.Text
		var idx []int
		if cell.Match {
			// Matches are found in the whole text, then cut with it.
			idx = model.Highlight(c.Query.Text, text)
		}
		w := cell.Width
		if w == 0 || w > avail {
			w = min(ansi.StringWidth(text), avail)
		}
		text, idx = ClipMatches(text, w, idx)
		if pad := w - ansi.StringWidth(text); pad > 0 {
			text += strings.Repeat(" ", pad)
		}
		base, hl := cell.Style, st.Match
		if selected {
			base, hl = st.Selected, st.SelectedMatch
			if i > 0 {
				base = st.SelectedMuted
			}
		}
		b.WriteString(Highlight(text, idx, base, hl))
		used += w
		if i < len(cells)-1 && used < width {
			b.WriteString(Paint(base, "  "))
			used += 2
		}
	}
	if selected && used < width {
		b.WriteString(Paint(st.Selected, strings.Repeat(" ", width-used)))
	}
	return b.String()
}

// HeadingRow draws a group heading in a list.
func HeadingRow(c *Context, text string, width int) string {
	return c.Styles.Heading.Render(Clip(text, width))
}
