package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/tabs"
)

// The screen: the tab bar, a rule, the status line, the body, and the
// footer. bodyTop is the body's first line.
const bodyTop = 3

// The smallest terminal the explorer draws in; below it says so.
const (
	minWidth  = 60
	minHeight = 20
)

// View draws the screen. Only the root returns a tea.View: the terminal
// modes (alternate screen, mouse) are declared here and nowhere else.
func (m *Model) View() tea.View {
	if m.ctx.Plain {
		// Plain mode prints lines as things happen; it draws no screen.
		return tea.NewView("")
	}
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "dossier"
	if m.mouse && m.popup != textPopup {
		// Text shown for copying by hand needs the terminal's own
		// selection, so the mouse is let go while it is shown.
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m *Model) render() string {
	w, h := m.ctx.Width, m.ctx.Height
	if w < minWidth || h < minHeight {
		return tooSmall(w, h)
	}
	st := m.ctx.Styles
	var b strings.Builder
	b.WriteString(tabs.View(m.ctx, m.tabBar(), m.active, w))
	b.WriteString("\n" + st.Rule.Render(strings.Repeat("─", w)))
	b.WriteString("\n" + common.FitLine(m.statusLine(), w))
	body := m.activeTab().View()
	if m.popup == textPopup {
		body = m.textView()
	}
	b.WriteString("\n" + common.Fit(body, w, m.bodyHeight()))
	b.WriteString("\n" + common.FitLine(m.footer(), w))
	screen := b.String()
	if m.popup != noPopup && m.popup != textPopup {
		screen = m.overlay(screen, m.popupView())
	}
	return screen
}

// tooSmall fills a small terminal with a message cut to fit, down to 1x1.
func tooSmall(w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	msg := []string{"Terminal too small", "", "dossier needs", "60 x 20 or more"}
	var lines []string
	for _, l := range msg {
		lines = append(lines, common.Wrap(l, w)...)
	}
	top := max((h-len(lines))/2, 0)
	out := make([]string, 0, h)
	for range top {
		out = append(out, "")
	}
	for _, l := range lines {
		pad := max((w-common.Width(l))/2, 0)
		out = append(out, strings.Repeat(" ", pad)+l)
	}
	return common.Fit(strings.Join(out, "\n"), w, h)
}

// statusLine shows the search box and the topic chips, or a hint when
// nothing filters, and the cursor's place on the right.
func (m *Model) statusLine() string {
	st := m.ctx.Styles
	w := m.ctx.Width
	right := m.position()
	if !m.mouse {
		right = "mouse off · " + right
	}
	right = st.Muted.Render(right) + " "
	avail := w - common.Width(right) - 1
	var parts []string
	if m.searchOpen || m.ctx.Searching() {
		parts = append(parts, m.search.View(m.ctx, min(max(avail/2, 16), avail)))
	}
	for _, id := range m.ctx.Query.Topics {
		// Chips are bracketed, not just coloured.
		parts = append(parts, st.Chip.Render("[topic: "+m.ctx.TopicName(id)+"]"))
	}
	left := " " + strings.Join(parts, " ")
	if len(parts) == 0 {
		left = st.Muted.Render(" no filters · / search · t topics")
	} else if !m.search.Focused() {
		left += st.Muted.Render("  x clear")
	}
	left = common.FitLine(left, max(avail, 0))
	return left + " " + right
}

// position says where the cursor is: "3 of 24".
func (m *Model) position() string {
	t := m.activeTab()
	n := t.Len()
	var p int
	switch t := t.(type) {
	case interface{ Position() int }:
		p = t.Position()
	}
	if n == 0 {
		return "none"
	}
	if p == 0 {
		return common.FormatInt(n)
	}
	return common.FormatInt(p) + " of " + common.FormatInt(n)
}

// footer is the toast when there is one, else the short help.
func (m *Model) footer() string {
	st := m.ctx.Styles
	if m.toast != "" {
		mark := "✓ "
		style := st.Toast
		if m.toastWarn {
			mark, style = "! ", st.Warn
		}
		return " " + style.Render(mark+m.toast)
	}
	return " " + m.help.ShortHelpView(m.shortHelp())
}

// shortHelp is the footer's keys for the current state.
func (m *Model) shortHelp() []key.Binding {
	k := m.ctx.Keys
	switch {
	case m.search.Focused():
		return []key.Binding{withHelp(k.SearchDone, "enter/↓", "results"), withHelp(k.Cancel, "esc", "keep query"), withHelp(k.Quit, "ctrl+c", "quit")}
	case m.popup == topicsPopup:
		return m.topics.Help()
	case m.popup == copyPopup:
		return m.copyMenu.Help()
	case m.popup != noPopup:
		return []key.Binding{k.Cancel}
	}
	out := append([]key.Binding{}, m.activeTab().Help()...)
	if m.active != tabSource {
		out = append(out, k.ToSource)
	}
	return append(out, k.Search, k.Topics, k.Copy, k.CopyMenu, withHelp(k.Help, "?", "all keys"), k.Quit)
}

func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// popupInner is the width inside a popup's box.
func (m *Model) popupInner() int { return min(m.ctx.Width-6, 76) }

// popupRows is the number of lines a popup's box holds inside its border.
func (m *Model) popupRows() int { return max(m.ctx.Height-4, 1) }

// helpLines is the full help, line by line, at the popup's width.
func (m *Model) helpLines() []string {
	return strings.Split(m.fullHelp(m.popupInner()), "\n")
}

// helpWindow is the part of the full help that the box shows from
// helpTop; when the help is longer than the box, its last line says
// where the reader is and how to scroll.
func (m *Model) helpWindow() []string {
	lines := m.helpLines()
	rows := m.popupRows()
	if len(lines) <= rows {
		return lines
	}
	n := max(rows-1, 1)
	top := max(0, min(m.helpTop, len(lines)-n))
	end := min(top+n, len(lines))
	more := "lines " + common.FormatInt(top+1) + "–" + common.FormatInt(end) + " of " + common.FormatInt(len(lines)) + " · j/k scroll"
	out := append([]string{}, lines[top:end]...)
	return append(out, m.ctx.Styles.Muted.Render(common.Clip(more, m.popupInner())))
}

// popupView draws the open popup's box.
func (m *Model) popupView() string {
	st := m.ctx.Styles
	inner := m.popupInner()
	var lines []string
	switch m.popup {
	case helpPopup:
		lines = m.helpWindow()
	case topicsPopup:
		lines = strings.Split(m.topics.View(inner), "\n")
	case copyPopup:
		lines = strings.Split(m.copyMenu.View(inner), "\n")
	}
	maxH := m.popupRows()
	if len(lines) > maxH {
		lines = append(lines[:maxH-1], st.Muted.Render("…"))
	}
	return st.Popup.Width(inner + 4).Render(strings.Join(lines, "\n"))
}

// bodyHeight is the number of lines between the status line and the
// footer.
func (m *Model) bodyHeight() int { return max(m.ctx.Height-bodyTop-1, 1) }

// textHead is the heading of the text shown for selecting by hand.
func (m *Model) textHead() []string {
	st := m.ctx.Styles
	return []string{st.Title.Render("Select the text with your terminal") + st.Muted.Render("  (the mouse is released while this is shown · j/k scroll · esc closes)"), ""}
}

// textLines is the text shown for selecting by hand, wrapped to the
// screen, and the number of its lines that fit under the heading.
func (m *Model) textLines() (lines []string, rows int) {
	return common.Wrap(m.shownText, m.ctx.Width), m.bodyHeight() - len(m.textHead())
}

// clampScroll keeps the scroll positions of the shown text and the full
// help within what there is to scroll, after a key or a resize; View
// only reads them.
func (m *Model) clampScroll() {
	if m.popup == textPopup {
		lines, rows := m.textLines()
		m.textTop = max(0, min(m.textTop, len(lines)-rows))
	}
	if m.popup == helpPopup {
		m.helpTop = max(0, min(m.helpTop, len(m.helpLines())-max(m.popupRows()-1, 1)))
	}
}

// textView shows texts for selecting by hand: no box and no margin, so
// the terminal's own selection picks up nothing but the text.
func (m *Model) textView() string {
	lines, rows := m.textLines()
	top := max(0, min(m.textTop, len(lines)-rows))
	end := max(min(top+rows, len(lines)), top)
	return strings.Join(append(m.textHead(), lines[top:end]...), "\n")
}

// overlay draws a popup centred over the screen.
func (m *Model) overlay(screen, box string) string {
	w, h := m.ctx.Width, m.ctx.Height
	bw, bh := lipgloss.Size(box)
	x := max((w-bw)/2, 0)
	y := max((h-bh)/2, 1)
	c := lipgloss.NewCompositor(
		lipgloss.NewLayer(screen),
		lipgloss.NewLayer(box).X(x).Y(y).Z(1),
	)
	return c.Render()
}
