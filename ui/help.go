package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
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
// it fits 80 columns.
func (m *Model) fullHelp(width int) string {
	st := m.ctx.Styles
	groups := helpGroups(m.ctx.Keys)
	h := m.help
	h.SetWidth(width)
	var out []string
	out = append(out, st.Title.Render("Keys"), "")
	for i := 0; i < len(groups); i += 3 {
		var cols [][]key.Binding
		for _, g := range groups[i:min(i+3, len(groups))] {
			// The group's title heads its column, as a key with no
			// description.
			title := key.NewBinding(key.WithKeys(g.title), key.WithHelp(g.title, ""))
			cols = append(cols, append([]key.Binding{title}, g.keys...))
		}
		out = append(out, h.FullHelpView(cols), "")
	}
	out = append(out, st.Muted.Render("In the search box every key is text; enter or ↓ goes to the results."),
		st.Muted.Render("esc closes this help"))
	return strings.Join(out, "\n")
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
