// Package topics is the topic picker: a popup list of the story's topics
// with check boxes. space toggles, enter applies, esc closes without
// changing the filter. Several topics mean any of them.
package topics

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
)

// Item is one topic in the picker.
type Item struct {
	ID, Name string
	Count    int // items filed under it
}

// Model is the picker.
type Model struct {
	ctx     *common.Context
	items   []Item
	checked map[string]bool
	cursor  int
}

// New builds the picker from the dataset, counting the items filed under
// each topic once.
func New(ctx *common.Context) *Model {
	d := ctx.Data
	counts := map[string]int{}
	for _, k := range common.FilterKinds {
		for i := range d.Count(k) {
			for _, t := range d.TopicsOf(model.Ref{Kind: k, Index: i}) {
				counts[t]++
			}
		}
	}
	m := &Model{ctx: ctx, checked: map[string]bool{}}
	for _, t := range d.Topics {
		m.items = append(m.items, Item{ID: t.ID, Name: common.Safe(t.Name), Count: counts[t.ID]})
	}
	return m
}

// Open starts picking from the topics now applied.
func (m *Model) Open(current []string) {
	m.checked = map[string]bool{}
	for _, id := range current {
		m.checked[id] = true
	}
	m.cursor = 0
}

// Selected returns the checked topics, in the dataset's order (then any
// unknown ids given on the command line).
func (m *Model) Selected() []string {
	var out []string
	known := map[string]bool{}
	for _, it := range m.items {
		known[it.ID] = true
		if m.checked[it.ID] {
			out = append(out, it.ID)
		}
	}
	for id, on := range m.checked {
		if on && !known[id] {
			out = append(out, id)
		}
	}
	return out
}

// Result is what a key did to the picker.
type Result int

// The results.
const (
	Nothing Result = iota
	Apply
	Cancel
)

// Update handles a key.
func (m *Model) Update(msg tea.Msg) Result {
	k := m.ctx.Keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.PopupUp):
			m.cursor = max(0, m.cursor-1)
		case key.Matches(msg, k.PopupDown):
			m.cursor = max(0, min(len(m.items)-1, m.cursor+1))
		case key.Matches(msg, k.PopupTop):
			m.cursor = 0
		case key.Matches(msg, k.Toggle):
			if m.cursor >= 0 && m.cursor < len(m.items) {
				id := m.items[m.cursor].ID
				m.checked[id] = !m.checked[id]
			}
		case key.Matches(msg, k.Apply):
			return Apply
		case key.Matches(msg, k.Cancel), key.Matches(msg, k.Topics):
			return Cancel
		}
	}
	return Nothing
}

// Help returns the picker's keys.
func (m *Model) Help() []key.Binding {
	k := m.ctx.Keys
	return []key.Binding{k.PopupUp, k.PopupDown, k.Toggle, k.Apply, k.Cancel}
}

func (m *Model) line(i int) string {
	it := m.items[i]
	box := "[ ]"
	if m.checked[it.ID] {
		box = "[x]"
	}
	return box + " " + it.Name + "  (" + common.Plural(it.Count, "item", "items") + ")"
}

// View draws the picker's content (the root puts it in a popup box).
func (m *Model) View(width int) string {
	st := m.ctx.Styles
	lines := []string{st.Title.Render("Topics"), st.Muted.Render("Items in any checked topic pass."), ""}
	for i := range m.items {
		l := common.Clip(m.line(i), width-2)
		if i == m.cursor {
			lines = append(lines, st.Selected.Render("▸ "+common.FitLine(l, width-2)))
		} else {
			lines = append(lines, "  "+st.Text.Render(l))
		}
	}
	if len(m.items) == 0 {
		lines = append(lines, st.Muted.Render("This story has no topics."))
	}
	lines = append(lines, "", st.Muted.Render("space toggle · enter apply · esc cancel"))
	return strings.Join(lines, "\n")
}

// Plain returns the picker as plain lines, and the line under the cursor.
func (m *Model) Plain() (all []string, cursor string) {
	all = []string{"Topics (space toggles, enter applies, esc cancels; items in any checked topic pass):"}
	for i := range m.items {
		all = append(all, "  "+m.line(i))
	}
	if m.cursor < len(m.items) {
		cursor = "> " + m.line(m.cursor)
	}
	return all, cursor
}
