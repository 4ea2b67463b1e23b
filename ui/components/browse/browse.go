// Package browse is the list-and-detail pair that the Actors, Timeline and
// Numbers tabs share: the list on the left and the selected item's detail
// on the right when the terminal is wide, one at a time (enter opens, esc
// goes back) when it is narrow. A tab supplies its rows and documents
// through Source; browse does the keys, the mouse, the focus and the
// layout.
package browse

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/detail"
	"github.com/dossier-dev/dossier/ui/components/list"
)

// Source is what a tab provides.
type Source interface {
	// ListShare is the list's share of a wide screen, in percent.
	ListShare() int
	// Rows lists the items passing the current filters, with headings.
	Rows() []list.Row
	// Row draws one row at a width; selected is the cursor's row.
	Row(r list.Row, selected bool, width int) string
	// PlainRow is a row as one plain line, for --plain mode.
	PlainRow(r list.Row) string
	// Doc describes an item for the detail pane, drawn at a width.
	Doc(ref model.Ref, width int) detail.Doc
	// Noun names the items, in the plural ("actors").
	Noun() string
}

// WideAt is the width from which list and detail stand side by side.
const WideAt = 90

// Model is one tab's list and detail.
type Model struct {
	ctx    *common.Context
	src    Source
	list   list.Model
	detail *detail.Model
	shown  model.Ref // the item the detail describes
	has    bool
	open   bool // narrow layout: the detail is shown instead of the list

	width, height int
	listW, detW   int
	docW          int
}

// New returns a browser over src.
func New(ctx *common.Context, src Source) *Model {
	return &Model{ctx: ctx, src: src, detail: detail.New(ctx)}
}

// Wide reports whether list and detail stand side by side.
func (m *Model) Wide() bool { return m.width >= WideAt }

// SetSize lays the panes out.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.Wide() {
		m.listW = max(34, w*m.src.ListShare()/100)
		m.detW = w - m.listW - 3 // " │ " between the panes
	} else {
		m.listW, m.detW = w, w-2
	}
	// What has the keys stays what is drawn: a focused detail is shown
	// in place of the list when narrow, beside it when wide.
	m.open = !m.Wide() && m.detail.Focused()
	m.list.SetHeight(h)
	m.detail.SetSize(m.detW, h)
	if m.detW != m.docW {
		m.refreshDoc(true)
	}
}

// Refilter rebuilds the rows after the filters changed, keeping the
// selection when it still passes.
func (m *Model) Refilter() {
	keep, ok := m.list.Selected()
	m.list.SetRows(m.src.Rows(), keep, ok)
	m.refreshDoc(true)
	if m.list.Len() == 0 {
		m.open = false
		m.detail.Blur()
	}
}

// Restyle redraws after a theme change.
func (m *Model) Restyle() { m.refreshDoc(true) }

// refreshDoc describes the selected item in the detail pane when it
// changed (or always, with force: new width, theme or search).
func (m *Model) refreshDoc(force bool) {
	ref, ok := m.list.Selected()
	if !ok {
		m.has = false
		m.detail.SetDoc(detail.Doc{})
		return
	}
	if !force && m.has && ref == m.shown {
		return
	}
	if m.has && ref == m.shown {
		// Same item, redrawn: keep the reader's place among its links.
		i, _ := m.detail.LinkIndex()
		m.detail.SetDoc(m.src.Doc(ref, m.detW))
		m.detail.SetLink(i)
	} else {
		m.detail.SetDoc(m.src.Doc(ref, m.detW))
	}
	m.shown, m.has, m.docW = ref, true, m.detW
}

// Select shows an item (a jump from elsewhere); it reports false when the
// item does not pass the filters.
func (m *Model) Select(r model.Ref) bool {
	if !m.list.Select(r) {
		return false
	}
	m.refreshDoc(false)
	m.detail.Blur()
	m.open = false
	return true
}

// Len returns how many items are listed.
func (m *Model) Len() int { return m.list.Len() }

// Position returns the cursor's place among the items, from 1.
func (m *Model) Position() int { return m.list.Position() }

// Selected returns the list's selected item.
func (m *Model) Selected() (model.Ref, bool) { return m.list.Selected() }

// Current returns the item that copy and "show in source" act on: the link
// under the cursor when the detail has focus, else the selected item.
func (m *Model) Current() (model.Ref, bool) {
	if r, ok := m.detail.Current(); ok {
		return r, true
	}
	return m.list.Selected()
}

// DetailFocused reports whether the detail pane has the keys.
func (m *Model) DetailFocused() bool { return m.detail.Focused() }

// Back leaves the detail for the list; it reports false when there was
// nothing to leave, so esc can go on to clear filters.
func (m *Model) Back() bool {
	if !m.detail.Focused() && !m.open {
		return false
	}
	m.detail.Blur()
	m.open = false
	return true
}

// Update handles the keys and mouse of an active tab.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	k := m.ctx.Keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if m.detail.Focused() {
			return m.updateDetail(msg)
		}
		switch {
		case navigate(k, msg, &m.list):
		case key.Matches(msg, k.Open):
			if _, ok := m.list.Selected(); ok {
				m.detail.Focus()
				m.open = !m.Wide()
			}
		case key.Matches(msg, k.Back):
			m.Back()
		}
		m.refreshDoc(false)
	case tea.MouseWheelMsg:
		d := 1
		if msg.Button == tea.MouseWheelUp {
			d = -1
		}
		if m.Wide() && msg.X > m.listW || m.open {
			m.detail.Scroll(d * 3)
		} else {
			m.list.Move(d)
			m.refreshDoc(false)
		}
	case tea.MouseClickMsg:
		if msg.Button != tea.MouseLeft {
			return nil
		}
		if m.open || (m.Wide() && msg.X > m.listW) {
			m.detail.Focus()
			return nil
		}
		if m.list.Click(msg.Y) {
			m.detail.Blur()
			m.refreshDoc(false)
		}
	}
	return nil
}

func (m *Model) updateDetail(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	switch {
	case navigate(k, msg, m.detail):
	case key.Matches(msg, k.Back):
		m.Back()
	case key.Matches(msg, k.Open):
		if r, ok := m.detail.Current(); ok {
			return func() tea.Msg { return common.JumpMsg{Ref: r} }
		}
	}
	return nil
}

// View draws the tab's body.
func (m *Model) View() string {
	if m.list.Len() == 0 {
		return common.Fit(common.EmptyMessage(m.ctx, m.src.Noun(), m.width), m.width, m.height)
	}
	if !m.Wide() {
		if m.open {
			return common.Fit(indent(m.detail.View()), m.width, m.height)
		}
		return common.Fit(m.list.Render(m.listW, m.src.Row), m.width, m.height)
	}
	left := common.Fit(m.list.Render(m.listW, m.src.Row), m.listW, m.height)
	right := common.Fit(m.detail.View(), m.detW, m.height)
	sep := m.ctx.Styles.Rule.Render("│")
	if m.detail.Focused() {
		sep = m.ctx.Styles.Title.Render("┃")
	}
	l := strings.Split(left, "\n")
	r := strings.Split(right, "\n")
	var b strings.Builder
	for i := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l[i] + " " + sep + " " + r[i])
	}
	return b.String()
}

func indent(s string) string {
	return " " + strings.ReplaceAll(s, "\n", "\n ")
}

// Help returns the keys that work in the tab's current state.
func (m *Model) Help() []key.Binding {
	k := m.ctx.Keys
	if m.detail.Focused() {
		_, n := m.detail.LinkIndex()
		if n > 0 {
			return []key.Binding{withHelp(k.Down, "j/k", "links"), withHelp(k.Open, "enter", "go to link"), withHelp(k.Back, "esc", "back")}
		}
		return []key.Binding{withHelp(k.Down, "j/k", "scroll"), withHelp(k.Back, "esc", "back")}
	}
	return []key.Binding{withHelp(k.Open, "enter", "open")}
}

func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// Plain returns the tab's state as plain lines for --plain mode: the
// selected row and, when open, the detail with its link cursor.
func (m *Model) Plain() (selection string, detailLines []string) {
	if m.list.Len() == 0 {
		return "No " + m.src.Noun() + " match the filters.", nil
	}
	r, _ := m.list.Selected()
	sel := common.FormatInt(m.list.Position()) + " of " + common.FormatInt(m.list.Len()) + ": " +
		m.src.PlainRow(list.Row{Ref: r})
	if !m.detail.Focused() {
		return sel, nil
	}
	// No link is marked here: the link block says which one is current,
	// so moving over links prints one line, not the whole detail.
	return sel, m.detail.Doc().PlainLines(-1)
}

// PlainLink describes the link under the cursor, for --plain mode.
func (m *Model) PlainLink() string {
	if !m.detail.Focused() {
		return ""
	}
	lk, ok := m.detail.CurrentLink()
	if !ok {
		return ""
	}
	i, n := m.detail.LinkIndex()
	return "Link " + common.FormatInt(i+1) + " of " + common.FormatInt(n) + ": " + lk.Text
}

// mover is what the movement keys drive: the list, or the detail's links.
type mover interface {
	Move(delta int)
	Page(dir int)
	Home()
	End()
}

// navigate applies a movement key to target and reports whether msg was
// one, so the list and the detail share one reading of the keys.
func navigate(k common.KeyMap, msg tea.KeyPressMsg, target mover) bool {
	switch {
	case key.Matches(msg, k.Up):
		target.Move(-1)
	case key.Matches(msg, k.Down):
		target.Move(1)
	case key.Matches(msg, k.PageUp):
		target.Page(-1)
	case key.Matches(msg, k.PageDown):
		target.Page(1)
	case key.Matches(msg, k.Home):
		target.Home()
	case key.Matches(msg, k.End):
		target.End()
	default:
		return false
	}
	return true
}
