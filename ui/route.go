package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/copymenu"
	"github.com/dossier-dev/dossier/ui/components/tabs"
	"github.com/dossier-dev/dossier/ui/components/topics"
	"github.com/dossier-dev/dossier/ui/copytext"
)

// updateKey routes a key: ctrl+c always quits; the focused search box
// gets every other key; then an open popup; then the global keys; then
// the active tab.
func (m *Model) updateKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	if m.search.Focused() {
		switch {
		case key.Matches(msg, k.SearchDone), key.Matches(msg, k.Cancel):
			// The query stays applied; the keys go back to the list.
			m.search.Blur()
			if m.search.Value() == "" {
				m.searchOpen = false
			}
		default:
			m.searchChanged(m.search.Update(msg))
		}
		return nil
	}
	if m.popup != noPopup {
		return m.updatePopup(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.popup = helpPopup
		m.helpTop = 0
	case key.Matches(msg, k.NextTab):
		m.active = (m.active + 1) % len(m.tabs)
	case key.Matches(msg, k.PrevTab):
		m.active = (m.active + len(m.tabs) - 1) % len(m.tabs)
	case key.Matches(msg, k.Tab1):
		m.active = tabActors
	case key.Matches(msg, k.Tab2):
		m.active = tabTimeline
	case key.Matches(msg, k.Tab3):
		m.active = tabNumbers
	case key.Matches(msg, k.Tab4):
		m.active = tabSource
	case key.Matches(msg, k.Search):
		m.searchOpen = true
		m.search.Focus()
	case key.Matches(msg, k.Topics):
		m.topics.Open(m.ctx.Query.Topics)
		m.popup = topicsPopup
	case key.Matches(msg, k.ClearAll):
		return m.clearAll()
	case key.Matches(msg, k.Cancel):
		return m.escape()
	case key.Matches(msg, k.Mouse):
		return m.toggleMouse()
	case key.Matches(msg, k.Copy):
		return m.copyCurrent(copytext.Displayed)
	case key.Matches(msg, k.CopyCited):
		return m.copyCurrent(copytext.Cited)
	case key.Matches(msg, k.CopyMenu):
		r, ok := m.activeTab().Current()
		if !ok {
			return m.showToast("Nothing selected to copy", true)
		}
		m.copyMenu.Open(r)
		m.popup = copyPopup
	case key.Matches(msg, k.ToSource) && m.active != tabSource:
		if r, ok := m.activeTab().Current(); ok {
			return m.showSource(r)
		}
	default:
		return m.activeTab().Update(msg)
	}
	return nil
}

// escape backs out one level: the search box and popups are handled
// before this; then the tab's own level (detail pane, emphasis), then the
// search, then the topic filter.
func (m *Model) escape() tea.Cmd {
	switch {
	case m.activeTab().Back():
	case m.ctx.Searching() || m.searchOpen:
		m.search.SetValue("")
		m.searchOpen = false
		m.setQuery(model.Query{Topics: m.ctx.Query.Topics})
	case len(m.ctx.Query.Topics) > 0:
		m.setQuery(model.Query{Text: m.ctx.Query.Text})
	}
	return nil
}

// clearAll drops every filter at once.
func (m *Model) clearAll() tea.Cmd {
	if m.ctx.Query.Empty() && !m.searchOpen {
		return m.showToast("No filters to clear", false)
	}
	m.search.SetValue("")
	m.search.Blur()
	m.searchOpen = false
	m.setQuery(model.Query{})
	return m.showToast("Filters cleared", false)
}

func (m *Model) toggleMouse() tea.Cmd {
	if m.ctx.Plain {
		return m.showToast("No mouse in plain mode", true)
	}
	m.mouse = !m.mouse
	if m.mouse {
		return m.showToast("Mouse on: click tabs and rows, wheel scrolls · m turns it off", false)
	}
	return m.showToast("Mouse off: your terminal's own text selection works · m turns it on", false)
}

// updatePopup gives a key to the open popup.
func (m *Model) updatePopup(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	switch m.popup {
	case helpPopup:
		if key.Matches(msg, k.Cancel, k.Help, k.Quit, k.Apply) {
			m.popup = noPopup
			return nil
		}
		m.helpTop = scroll(m.ctx.Keys, msg, m.helpTop, m.popupRows()-2)
		m.clampScroll()
	case textPopup:
		if key.Matches(msg, k.Cancel, k.Quit, k.Apply) {
			m.popup = noPopup
			return nil
		}
		m.textTop = scroll(m.ctx.Keys, msg, m.textTop, m.bodyHeight()-1)
		m.clampScroll()
	case topicsPopup:
		switch m.topics.Update(msg) {
		case topics.Apply:
			m.popup = noPopup
			m.setQuery(model.Query{Topics: m.topics.Selected(), Text: m.ctx.Query.Text})
		case topics.Cancel:
			m.popup = noPopup
		}
	case copyPopup:
		switch m.copyMenu.Update(msg) {
		case copymenu.Copy:
			m.popup = noPopup
			e := m.copyMenu.Chosen()
			return m.copyText(e.Text, e.Format.Name())
		case copymenu.Show:
			m.popup = textPopup
			m.shownText = m.textForScreen()
			m.textTop = 0
			m.clampScroll()
		case copymenu.Close:
			m.popup = noPopup
		}
	}
	return nil
}

// scroll moves a scroll position by a key: a line, a page of page
// lines, or to either end; the caller clamps it.
func scroll(k common.KeyMap, msg tea.KeyPressMsg, top, page int) int {
	page = max(page, 1)
	switch {
	case key.Matches(msg, k.Up):
		return top - 1
	case key.Matches(msg, k.Down):
		return top + 1
	case key.Matches(msg, k.PageUp):
		return top - page
	case key.Matches(msg, k.PageDown):
		return top + page
	case key.Matches(msg, k.Home):
		return 0
	case key.Matches(msg, k.End):
		return 1 << 30
	}
	return top
}

// updateMouse handles clicks on the tab bar and gives the rest, moved to
// the body's coordinates, to the active tab.
func (m *Model) updateMouse(msg tea.MouseMsg) tea.Cmd {
	if !m.mouse || m.popup != noPopup {
		return nil
	}
	mouse := msg.Mouse()
	if mouse.Y == 0 {
		if c, ok := msg.(tea.MouseClickMsg); ok && c.Button == tea.MouseLeft {
			if i := tabs.At(m.tabBar(), mouse.X, m.ctx.Width); i >= 0 {
				m.active = i
			}
		}
		return nil
	}
	if mouse.Y < bodyTop || mouse.Y >= m.ctx.Height-1 {
		return nil
	}
	mouse.Y -= bodyTop
	switch msg.(type) {
	case tea.MouseClickMsg:
		return m.activeTab().Update(tea.MouseClickMsg(mouse))
	case tea.MouseWheelMsg:
		return m.activeTab().Update(tea.MouseWheelMsg(mouse))
	}
	return nil
}

// tabBar returns the tabs' titles and counts.
func (m *Model) tabBar() []tabs.Tab {
	out := make([]tabs.Tab, len(m.tabs))
	for i, t := range m.tabs {
		out[i] = tabs.Tab{Title: t.Title(), Count: t.Len()}
	}
	return out
}
