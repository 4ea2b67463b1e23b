package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/dossier-dev/dossier/ui/common"
)

// helpGroups is the full key table, in groups, as `?` and the README show
// it. It is built from the key map, so it cannot drift from what the keys
// do.
func helpGroups(k common.KeyMap) []struct {
	title string
	keys  []key.Binding
} {
	tab1 := withHelp(k.Tab1, "1-4", "go to tab")
	return []struct {
		title string
		keys  []key.Binding
	}{
		{"Move", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End, withHelp(k.Up, "wheel", "scroll")}},
		{"Tabs and panes", []key.Binding{k.NextTab, k.PrevTab, tab1, withHelp(k.Tab1, "click", "go to tab"), withHelp(k.Open, "enter/→/l", "open, follow"), k.Back}},
		{"Filter", []key.Binding{k.Search, k.Topics, withHelp(k.Cancel, "esc", "back out"), withHelp(k.ClearAll, "x", "clear all")}},
		{"Source", []key.Binding{k.ToSource, k.NextHit, k.PrevHit}},
		{"Copy", []key.Binding{k.Copy, k.CopyCited, k.CopyMenu}},
		{"Other", []key.Binding{k.Mouse, k.Help, k.Quit}},
	}
}

// fullHelp draws the `?` screen with Bubbles help, three groups a row so
// it fits 80 columns, and fewer when narrower, so that no column is cut.
func (m *Model) fullHelp(width int) string {
	st := m.ctx.Styles
	groups := helpGroups(m.ctx.Keys)
	h := m.help
	var cols [][]key.Binding
	for _, g := range groups {
		// The group's title heads its column, as a key with no
		// description.
		title := key.NewBinding(key.WithKeys(g.title), key.WithHelp(g.title, ""))
		cols = append(cols, append([]key.Binding{title}, g.keys...))
	}
	per := 3
	h.SetWidth(0) // measure uncut
	for per > 1 && !fitsRows(h, cols, per, width) {
		per--
	}
	h.SetWidth(width)
	var out []string
	out = append(out, st.Title.Render("Keys"), "")
	for i := 0; i < len(cols); i += per {
		out = append(out, h.FullHelpView(cols[i:min(i+per, len(cols))]), "")
	}
	// Wrapped here, not by the box: the box's lines are counted to scroll.
	for _, note := range []string{"In the search box every key is text; enter or ↓ goes to the results.", "esc closes this help"} {
		for _, l := range common.Wrap(note, width) {
			out = append(out, st.Muted.Render(l))
		}
	}
	return strings.Join(out, "\n")
}

// fitsRows reports whether the help's columns, per to a row, fit a width.
func fitsRows(h help.Model, cols [][]key.Binding, per, width int) bool {
	for i := 0; i < len(cols); i += per {
		if lipgloss.Width(h.FullHelpView(cols[i:min(i+per, len(cols))])) > width {
			return false
		}
	}
	return true
}

// plainHelp is the key table as plain lines.
func plainHelp(k common.KeyMap) []string {
	out := []string{"Keys:"}
	for _, g := range helpGroups(k) {
		var parts []string
		for _, b := range g.keys {
			parts = append(parts, b.Help().Key+" "+b.Help().Desc)
		}
		out = append(out, "  "+g.title+": "+strings.Join(parts, ", "))
	}
	return out
}
