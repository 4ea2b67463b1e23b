// Package tabs draws the explorer's tab bar and finds which tab a mouse
// click landed on. Bubbles has no tab component; this one is small.
package tabs

import (
	"strings"

	"github.com/dossier-dev/dossier/ui/common"
)

// Tab is one tab's label and count.
type Tab struct {
	Title string
	Count int
}

// label is a tab as drawn, without styles: "1 Actors 24".
func label(i int, t Tab) string {
	return string(rune('1'+i)) + " " + t.Title + " " + common.FormatInt(t.Count)
}

// gap returns the space between tabs: roomy when the bar fits, tight
// when it does not.
func gap(tabs []Tab, width int) string {
	total := 1
	for i, t := range tabs {
		total += common.Width(label(i, t)) + 2 + 3
	}
	if total-3 <= width {
		return "   "
	}
	return " "
}

// Spans returns each tab's first and last cell on the bar, for clicks.
func Spans(tabs []Tab, width int) [][2]int {
	out := make([][2]int, len(tabs))
	g := len(gap(tabs, width))
	x := 1
	for i, t := range tabs {
		w := common.Width(label(i, t)) + 2 // brackets or their spaces
		out[i] = [2]int{x, x + w - 1}
		x += w + g
	}
	return out
}

// At returns the tab under cell x of a bar width cells wide, or -1.
func At(tabs []Tab, x, width int) int {
	for i, s := range Spans(tabs, width) {
		if x >= s[0] && x <= s[1] {
			return i
		}
	}
	return -1
}

// View draws the bar. The active tab is in brackets as well as styled, so
// it shows without colour.
func View(c *common.Context, tabs []Tab, active, width int) string {
	st := c.Styles
	var b strings.Builder
	b.WriteString(" ")
	g := gap(tabs, width)
	for i, t := range tabs {
		if i > 0 {
			b.WriteString(g)
		}
		l := label(i, t)
		if i == active {
			b.WriteString(st.Title.Render("[") + st.TabActive.Render(l) + st.Title.Render("]"))
		} else {
			b.WriteString(" " + st.TabInactive.Render(l) + " ")
		}
	}
	return common.FitLine(b.String(), width)
}

// Plain is the bar as plain text: "Tabs: [1 Actors 24] 2 Timeline 11 ...".
func Plain(tabs []Tab, active int) string {
	parts := make([]string, len(tabs))
	for i, t := range tabs {
		parts[i] = label(i, t)
		if i == active {
			parts[i] = "[" + parts[i] + "]"
		}
	}
	return "Tabs: " + strings.Join(parts, "  ")
}
