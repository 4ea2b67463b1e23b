// Package copymenu is the `c` popup: every way of copying the selected
// item, each with a preview of its text, and a last entry that shows the
// texts on screen for copying by hand, for when no clipboard method
// works.
package copymenu

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/copytext"
)

// Entry is one line of the menu.
type Entry struct {
	Format copytext.Format
	Text   string
	OK     bool // the format applies to the item
	Show   bool // the "show on screen" entry
}

// Model is the menu.
type Model struct {
	ctx     *common.Context
	ref     model.Ref
	entries []Entry
	cursor  int
}

// New returns an empty menu.
func New(ctx *common.Context) *Model { return &Model{ctx: ctx} }

// Open fills the menu for an item.
func (m *Model) Open(r model.Ref) {
	m.ref = r
	m.entries = m.entries[:0]
	for _, f := range copytext.Formats {
		t, ok := copytext.Text(m.ctx, r, f)
		m.entries = append(m.entries, Entry{Format: f, Text: t, OK: ok})
	}
	m.entries = append(m.entries, Entry{Show: true, OK: true})
	m.cursor = 0
}

// Ref returns the item the menu copies.
func (m *Model) Ref() model.Ref { return m.ref }

// Entries returns the menu's entries.
func (m *Model) Entries() []Entry { return m.entries }

// Action is what a key chose.
type Action int

// The actions.
const (
	None Action = iota
	Copy
	Show
	Close
)

// Update handles a key; with Copy, Chosen says which entry.
func (m *Model) Update(msg tea.Msg) Action {
	k := m.ctx.Keys
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return None
	}
	switch {
	case key.Matches(km, k.PopupUp):
		m.move(-1)
	case key.Matches(km, k.PopupDown):
		m.move(1)
	case key.Matches(km, k.Apply):
		return m.choose()
	case key.Matches(km, k.Cancel), key.Matches(km, k.CopyMenu):
		return Close
	default:
		// 1-7 choose an entry directly.
		if s := km.String(); len(s) == 1 && s[0] >= '1' && int(s[0]-'1') < len(m.entries) {
			m.cursor = int(s[0] - '1')
			return m.choose()
		}
	}
	return None
}

func (m *Model) move(d int) {
	for i := m.cursor + d; i >= 0 && i < len(m.entries); i += d {
		if m.entries[i].OK {
			m.cursor = i
			return
		}
	}
}

func (m *Model) choose() Action {
	e := m.entries[m.cursor]
	switch {
	case !e.OK:
		return None
	case e.Show:
		return Show
	}
	return Copy
}

// Chosen returns the entry under the cursor.
func (m *Model) Chosen() Entry { return m.entries[m.cursor] }

// Help returns the menu's keys.
func (m *Model) Help() []key.Binding {
	k := m.ctx.Keys
	return []key.Binding{k.PopupUp, k.PopupDown, withHelp(k.Apply, "enter/1-7", "choose"), k.Cancel}
}

func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

func (m *Model) label(i int) (name, preview string) {
	e := m.entries[i]
	if e.Show {
		return "Show on screen", "to select by hand"
	}
	if !e.OK {
		return e.Format.Name(), "not for this item"
	}
	return e.Format.Name(), strings.Join(strings.Fields(e.Text), " ")
}

// View draws the menu's content at a width.
func (m *Model) View(width int) string {
	st := m.ctx.Styles
	lines := []string{st.Title.Render("Copy " + common.Clip(common.Safe(m.ctx.Data.Title(m.ref)), width-6)), ""}
	nameW := 16
	for i := range m.entries {
		name, preview := m.label(i)
		num := string(rune('1'+i)) + " "
		body := common.FitLine(name, nameW) + common.Clip(preview, max(width-2-len(num)-nameW, 4))
		switch {
		case i == m.cursor:
			lines = append(lines, st.Selected.Render("▸ "+common.FitLine(num+body, width-2)))
		case !m.entries[i].OK:
			lines = append(lines, "  "+st.Subtle.Render(num+body))
		default:
			lines = append(lines, "  "+st.Bold.Render(num+common.FitLine(name, nameW))+st.Muted.Render(common.Clip(preview, max(width-2-len(num)-nameW, 4))))
		}
	}
	lines = append(lines, "", st.Muted.Render("enter or 1-7 choose · esc close"))
	return strings.Join(lines, "\n")
}

// Plain returns the menu as plain lines and the line under the cursor.
func (m *Model) Plain() (all []string, cursor string) {
	all = []string{"Copy menu for " + common.Safe(m.ctx.Data.Title(m.ref)) + " (enter or 1-7 chooses, esc closes):"}
	for i := range m.entries {
		name, preview := m.label(i)
		all = append(all, "  "+string(rune('1'+i))+" "+name+": "+preview)
	}
	name, preview := m.label(m.cursor)
	return all, "> " + string(rune('1'+m.cursor)) + " " + name + ": " + preview
}
