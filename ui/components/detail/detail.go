package detail

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
)

// Model is the detail pane's state: the document, its focus and the link
// under the cursor, and the scroll position.
type Model struct {
	ctx     *common.Context
	doc     Doc
	links   []Link
	focused bool
	link    int
	offset  int
	width   int
	height  int

	// lines caches the drawn document; linkLine is the line of each link.
	lines    []string
	linkLine []int
	dirty    bool
}

// New returns an empty detail pane.
func New(ctx *common.Context) *Model { return &Model{ctx: ctx, dirty: true} }

// SetDoc shows a document, with the link cursor on its first link.
func (m *Model) SetDoc(d Doc) {
	m.doc = d
	m.links = d.Links()
	m.link = 0
	m.offset = 0
	m.dirty = true
}

// Doc returns the document shown.
func (m *Model) Doc() Doc { return m.doc }

// SetSize sets the pane's size.
func (m *Model) SetSize(w, h int) {
	if w != m.width {
		m.dirty = true
	}
	m.width, m.height = w, h
	m.clamp()
}

// Restyle redraws with the current styles (after a theme change or a new
// search, whose matches are highlighted).
func (m *Model) Restyle() { m.dirty = true }

// Focus gives the pane the keys; Blur gives them back to the list.
func (m *Model) Focus() { m.focused = true; m.dirty = true }

// Blur takes the focus away.
func (m *Model) Blur() { m.focused = false; m.dirty = true }

// Focused reports whether the pane has the keys.
func (m *Model) Focused() bool { return m.focused }

// SetLink puts the link cursor on link i without scrolling (a redrawn
// document keeps the reader's place).
func (m *Model) SetLink(i int) {
	if len(m.links) > 0 {
		m.link = max(0, min(len(m.links)-1, i))
		m.dirty = true
	}
}

// Move moves the link cursor, or scrolls when there are no links. When
// the cursor's link is out of view (the pane was just focused, or
// scrolled by the wheel), the first move brings it into view instead.
func (m *Model) Move(delta int) {
	if len(m.links) == 0 {
		m.offset += delta
		m.clamp()
		return
	}
	m.ensure()
	if m.link < len(m.linkLine) {
		if l := m.linkLine[m.link]; (l < m.offset || l >= m.offset+m.height-1) && abs(delta) == 1 {
			m.showLink()
			return
		}
	}
	m.link = max(0, min(len(m.links)-1, m.link+delta))
	m.dirty = true
	m.ensure()
	m.showLink()
}

// Home and End go to the first and last link (or the top and bottom).
func (m *Model) Home() { m.Move(-1 << 30) }

// End goes to the last link, or the bottom.
func (m *Model) End() { m.Move(1 << 30) }

// Page moves by about a pane's height: to the link that far away, or
// scrolls when there are no links.
func (m *Model) Page(dir int) {
	if len(m.links) == 0 {
		m.Move(dir * max(m.height-1, 1))
		return
	}
	m.ensure()
	if len(m.linkLine) != len(m.links) {
		return
	}
	target := m.linkLine[m.link] + dir*max(m.height-1, 1)
	next := m.link + dir
	for i := next; i >= 0 && i < len(m.links); i += dir {
		if (dir > 0 && m.linkLine[i] > target) || (dir < 0 && m.linkLine[i] < target) {
			break
		}
		next = i
	}
	m.Move(next - m.link)
}

// Scroll moves the view without moving the link cursor (mouse wheel).
func (m *Model) Scroll(delta int) {
	m.offset += delta
	m.clamp()
}

// Current returns the link under the cursor, when the pane has focus.
func (m *Model) Current() (model.Ref, bool) {
	if !m.focused || len(m.links) == 0 {
		return model.Ref{}, false
	}
	return m.links[m.link].Ref, true
}

// LinkIndex returns the cursor's link and the number of links.
func (m *Model) LinkIndex() (int, int) { return m.link, len(m.links) }

// CurrentLink returns the link under the cursor whether or not focused.
func (m *Model) CurrentLink() (Link, bool) {
	if len(m.links) == 0 {
		return Link{}, false
	}
	return m.links[m.link], true
}

func (m *Model) showLink() {
	if len(m.linkLine) == 0 {
		return
	}
	l := m.linkLine[m.link]
	if l < m.offset {
		m.offset = l
	}
	// The last line may be taken by the "more lines" marker: keep the
	// link above it.
	if l >= m.offset+m.height-1 {
		m.offset = l - m.height + 2
	}
	m.clamp()
}

func (m *Model) clamp() {
	m.ensure()
	m.offset = max(0, min(m.offset, len(m.lines)-m.height))
}

// ensure redraws the cached lines when something changed.
func (m *Model) ensure() {
	if !m.dirty || m.width <= 0 {
		return
	}
	m.lines, m.linkLine = render(m.ctx, m.doc, m.width, m.focused, m.link)
	m.dirty = false
}

// View draws the visible part of the document.
func (m *Model) View() string {
	m.ensure()
	if m.height <= 0 {
		return ""
	}
	end := min(m.offset+m.height, len(m.lines))
	var vis []string
	if m.offset < end {
		vis = m.lines[m.offset:end]
	}
	if more := len(m.lines) - end; more > 0 && len(vis) > 0 {
		// Say that the pane scrolls, on its last line (on a copy: vis
		// shares its array with the cache).
		vis = append([]string(nil), vis...)
		vis[len(vis)-1] = common.FitLine(m.ctx.Styles.Muted.Render("  ↓ "+common.Plural(more+1, "more line", "more lines")), m.width)
	}
	return strings.Join(vis, "\n")
}

// labelWidth is the width of a field's label column.
const labelWidth = 13

// render draws a document at a width, returning its lines and the line of
// each link.
func render(ctx *common.Context, d Doc, width int, focused bool, cur int) ([]string, []int) {
	st := ctx.Styles
	q := ctx.Query.Text
	var lines []string
	var at []int
	add := func(s string) { lines = append(lines, s) }
	// wrapHL wraps text and highlights the matches found in all of it.
	// Muted parts (topics, notes) are not what the search looks in, and
	// highlighting a fuzzy echo of the query there would only mislead.
	wrapHL := func(s string, w int, base lipgloss.Style, tone Tone) []string {
		var found []int
		if tone != Muted {
			found = model.Highlight(q, s)
		}
		lines, idx := common.WrapMatches(s, w, found)
		for i, l := range lines {
			lines[i] = common.Highlight(l, idx[i], base, st.Match)
		}
		return lines
	}
	for _, l := range wrapHL(d.Title, width, st.Title, Normal) {
		add(l)
	}
	if len(d.Tags) > 0 {
		for _, l := range common.Wrap(strings.Join(d.Tags, " · "), width) {
			add(st.Muted.Render(l))
		}
	}
	n := 0
	for _, p := range d.parts {
		switch p.kind {
		case field:
			style := toneStyle(st, p.tone)
			w := max(width-labelWidth, 8)
			for i, l := range wrapHL(p.text, w, style, p.tone) {
				label := ""
				if i == 0 {
					label = p.label
				}
				add(st.Label.Render(pad(label, labelWidth)) + l)
			}
		case block:
			add("")
			if p.label != "" {
				add(st.Heading.Render(p.label))
			}
			style := toneStyle(st, p.tone)
			prefix := ""
			if p.tone == Quote {
				prefix = "│ "
			}
			for _, l := range wrapHL(p.text, max(width-ansi.StringWidth(prefix), 8), style, p.tone) {
				add(st.Muted.Render(prefix) + l)
			}
		case custom:
			add("")
			lines = append(lines, p.lines...)
		case group:
			add("")
			add(st.Heading.Render(p.label))
			for _, lk := range p.links {
				at = append(at, len(lines))
				on := focused && n == cur
				add(linkLine(st, lk, width, on, q))
				n++
			}
			if p.more > 0 {
				add(st.Muted.Render("  … and " + common.FormatInt(p.more) + " more; search to narrow"))
			}
		}
	}
	for i, l := range lines {
		lines[i] = common.FitLine(l, width)
	}
	return lines, at
}

func linkLine(st *common.Styles, lk Link, width int, on bool, q string) string {
	marker := "  › "
	if on {
		marker = "▸ › "
	}
	text := lk.Text
	idx := model.Highlight(q, text) // in the whole text, before it is cut
	note := ""
	if lk.Note != "" {
		note = "  " + lk.Note
	}
	avail := width - 4
	// The note gets at most a third of the line; the text the rest.
	tw := min(ansi.StringWidth(text), max(avail-ansi.StringWidth(note), avail*2/3))
	text, idx = common.ClipMatches(text, tw, idx)
	if on {
		line := common.FitLine(marker+text+note, width)
		return st.LinkOn.Render(line)
	}
	return st.Muted.Render(marker) +
		common.Highlight(text, idx, st.Link, st.Match) +
		st.Muted.Render(common.Clip(note, max(avail-ansi.StringWidth(text), 0)))
}

func toneStyle(st *common.Styles, t Tone) lipgloss.Style {
	switch t {
	case Muted:
		return st.Muted
	case Derived:
		return st.Derived
	case Warn:
		return st.Warn
	}
	return st.Text
}

func pad(s string, w int) string {
	n := len([]rune(s))
	if n >= w {
		return string([]rune(s)[:w-1]) + " "
	}
	return s + strings.Repeat(" ", w-n)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
