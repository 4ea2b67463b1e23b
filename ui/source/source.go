// Package source is the Source tab: the article itself, wrapped to the
// terminal, with the evidence spans of the items that pass the filters
// highlighted and the current item's span emphasized. n and N walk the
// highlights; every other tab's `s` lands here on an item's words.
package source

import (
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
)

// highlight is one distinct evidence span. The items that cite it are
// the passing ones among Links.Spans[first:last]: kept as a range, so that
// refiltering 100,000 items allocates nothing per span.
type highlight struct {
	start, end  int
	first, last int
}

// refs returns the passing items that cite a highlight.
func (m *Model) refs(h highlight) []model.Ref {
	var out []model.Ref
	for _, sp := range m.ctx.Links.Spans[h.first:h.last] {
		if m.ctx.SpanPasses(sp) {
			out = append(out, sp.Ref)
		}
	}
	return out
}

// Model is the Source tab.
type Model struct {
	ctx *common.Context

	// wrapped caches the article's lines per width: wrapping is done once
	// per width, not per frame.
	wrapped map[int][]line
	lines   []line
	// stale is set when the width changed while the text was at its top:
	// the lines for textW are wrapped when first needed (the tab shown, a
	// jump to it), not on every resize, since wrapping 100,000 items'
	// article takes a while. At the top the result is the same either way.
	stale bool

	hls    []highlight
	maxEnd []int // maxEnd[i] is the largest end among hls[:i+1]

	cur      int       // index in hls of the current highlight, or -1
	focus    model.Ref // the item shown with `s`, when hasFocus
	fs       [2]int    // its span
	hasFocus bool

	top           int
	width, height int
	textW, infoW  int
}

// New returns the Source tab.
func New(ctx *common.Context) *Model {
	return &Model{ctx: ctx, wrapped: map[int][]line{}, cur: -1}
}

// Title is the tab's name.
func (m *Model) Title() string { return "Source" }

// Len is the tab's count: the highlighted spans.
func (m *Model) Len() int { return len(m.hls) }

// SetSize lays the tab out: the text and, when wide, an info column.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if w >= 90 {
		m.infoW = min(40, w/3)
		m.textW = min(w-m.infoW-4, 100)
	} else {
		m.infoW = 0
		m.textW = w - 2
	}
	if m.ctx.Plain {
		// Plain mode reads a paragraph at a time: no wrapping.
		m.textW = 1 << 30
	}
	m.rewrap()
}

func (m *Model) rewrap() {
	if m.top == 0 {
		// The top line starts at offset 0 at every width: nothing to
		// anchor, so the wrap can wait.
		m.stale = true
		return
	}
	m.ensure()
	anchor := -1
	if m.top < len(m.lines) {
		anchor = m.lines[m.top].start
	}
	l, ok := m.wrapped[m.textW]
	if !ok {
		l = wrapText(m.ctx.Data.Story.Text, m.textW)
		m.wrapped[m.textW] = l
	}
	m.lines = l
	if anchor >= 0 {
		m.top = m.lineOf(anchor)
	}
	m.clamp()
}

// ensure wraps the text at the current width if a resize left it
// unwrapped. Everything that reads m.lines calls it first.
func (m *Model) ensure() {
	if !m.stale {
		return
	}
	m.stale = false
	l, ok := m.wrapped[m.textW]
	if !ok {
		l = wrapText(m.ctx.Data.Story.Text, m.textW)
		m.wrapped[m.textW] = l
	}
	m.lines = l
	m.clamp()
}

// Restyle has nothing cached to redraw: lines are styled as drawn.
func (m *Model) Restyle() {}

// Refilter collects the spans of the items that pass the filters.
func (m *Model) Refilter() {
	c := m.ctx
	var prev highlight
	hadCur := m.cur >= 0 && m.cur < len(m.hls)
	if hadCur {
		prev = m.hls[m.cur]
	}
	m.hls = m.hls[:0]
	m.maxEnd = m.maxEnd[:0]
	e := 0
	for i, sp := range c.Links.Spans {
		if !c.SpanPasses(sp) {
			continue
		}
		if n := len(m.hls); n > 0 && m.hls[n-1].start == sp.Start && m.hls[n-1].end == sp.End {
			m.hls[n-1].last = i + 1
			continue
		}
		m.hls = append(m.hls, highlight{start: sp.Start, end: sp.End, first: i, last: i + 1})
		e = max(e, sp.End)
		m.maxEnd = append(m.maxEnd, e)
	}
	m.cur = -1
	if hadCur {
		m.cur = m.find(prev.start, prev.end)
	}
	// An item the filters now hide is no longer emphasized: Source shows
	// the words of what the other tabs list.
	if m.hasFocus && !c.Passes(m.focus) {
		m.hasFocus = false
	}
}

// find returns the index of the highlight with this exact span, or -1.
func (m *Model) find(start, end int) int {
	i := sort.Search(len(m.hls), func(i int) bool {
		h := m.hls[i]
		return h.start > start || (h.start == start && h.end >= end)
	})
	if i < len(m.hls) && m.hls[i].start == start && m.hls[i].end == end {
		return i
	}
	return -1
}

// Show emphasizes an item's first evidence span and scrolls to it; it
// reports false when the item has no span in the text.
func (m *Model) Show(r model.Ref) bool {
	s, e, ok := m.ctx.Links.FirstSpan(r)
	if !ok {
		return false
	}
	m.focus, m.fs, m.hasFocus = r, [2]int{s, e}, true
	m.cur = m.find(s, e)
	m.scrollTo(s)
	return true
}

// lineOf returns the index of the wrapped line holding byte offset off.
func (m *Model) lineOf(off int) int {
	m.ensure()
	i := sort.Search(len(m.lines), func(i int) bool { return m.lines[i].end >= off })
	return min(i, max(len(m.lines)-1, 0))
}

// textH is the number of rows showing text: all of them, less the info
// line when the screen is too narrow for the info column.
func (m *Model) textH() int {
	if m.infoW == 0 && m.height > 1 {
		return m.height - 1
	}
	return m.height
}

// scrollTo brings a byte offset into view a third of the way down.
func (m *Model) scrollTo(off int) {
	l := m.lineOf(off)
	h := m.textH()
	if l < m.top || l >= m.top+h {
		m.top = l - h/3
	}
	m.clamp()
}

func (m *Model) clamp() {
	m.ensure()
	m.top = max(0, min(m.top, len(m.lines)-m.textH()))
}

// step moves to the next (dir 1) or previous (-1) highlight, from the
// current one or from the emphasized item's span.
func (m *Model) step(dir int) {
	if len(m.hls) == 0 {
		return
	}
	m.ensure()
	from := -1
	switch {
	case m.cur >= 0:
		from = m.cur
	case m.hasFocus:
		// The first highlight after (or before) the emphasized span.
		i := sort.Search(len(m.hls), func(i int) bool { return m.hls[i].start > m.fs[0] })
		if dir > 0 {
			from = i - 1
		} else {
			from = i
		}
	default:
		// From the top of the screen.
		start := 0
		if m.top < len(m.lines) {
			start = m.lines[m.top].start
		}
		i := sort.Search(len(m.hls), func(i int) bool { return m.hls[i].start >= start })
		if dir > 0 {
			from = i - 1
		} else {
			from = i
		}
	}
	next := from + dir
	if next < 0 {
		next = len(m.hls) - 1 // wrap round, like less and vim
	}
	if next >= len(m.hls) {
		next = 0
	}
	m.cur = next
	m.hasFocus = false
	m.scrollTo(m.hls[next].start)
}

// Current returns the item that copy acts on: the emphasized item, or the
// first item citing the current highlight.
func (m *Model) Current() (model.Ref, bool) {
	if m.hasFocus {
		return m.focus, true
	}
	if m.cur >= 0 && m.cur < len(m.hls) {
		return m.refs(m.hls[m.cur])[0], true
	}
	return model.Ref{}, false
}

// Back clears the emphasis; it reports whether there was one.
func (m *Model) Back() bool {
	if m.hasFocus || m.cur >= 0 {
		m.hasFocus, m.cur = false, -1
		return true
	}
	return false
}

// DetailFocused is false: Source has no detail pane to focus.
func (m *Model) DetailFocused() bool { return false }

// Select shows an item's words (a jump to a quote or claim).
func (m *Model) Select(r model.Ref) bool { return m.Show(r) }

// Position returns the current highlight's place, from 1, or 0.
func (m *Model) Position() int { return m.cur + 1 }

// Update handles the keys and mouse of the active Source tab.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	m.ensure()
	k := m.ctx.Keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Up):
			m.top--
		case key.Matches(msg, k.Down):
			m.top++
		case key.Matches(msg, k.PageUp):
			m.top -= max(m.textH()-1, 1)
		case key.Matches(msg, k.PageDown):
			m.top += max(m.textH()-1, 1)
		case key.Matches(msg, k.Home):
			m.top = 0
		case key.Matches(msg, k.End):
			m.top = len(m.lines)
		case key.Matches(msg, k.NextHit):
			m.step(1)
		case key.Matches(msg, k.PrevHit):
			m.step(-1)
		case key.Matches(msg, k.Open):
			return m.open()
		case key.Matches(msg, k.Back):
			m.Back()
		}
		m.clamp()
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelUp {
			m.top -= 3
		} else {
			m.top += 3
		}
		m.clamp()
	case tea.MouseClickMsg:
		m.click(msg.X, msg.Y)
	}
	return nil
}

// open opens the current item in its tab. Quotes and claims are listed
// nowhere but here, so enter goes to who said or claimed them, in Actors;
// when there is nothing to open, a toast says why.
func (m *Model) open() tea.Cmd {
	r, ok := m.Current()
	if !ok {
		return toast("No item here: n/N picks a highlight")
	}
	l := m.ctx.Links
	switch r.Kind {
	case model.KindQuote:
		if a := l.QuoteSpeaker[r.Index]; a >= 0 {
			r = model.Ref{Kind: model.KindActor, Index: a}
		} else {
			return toast("The dataset does not name who said this quote")
		}
	case model.KindClaim:
		if a := l.ClaimActor[r.Index]; a >= 0 {
			r = model.Ref{Kind: model.KindActor, Index: a}
		} else {
			return toast("The dataset does not name who made this claim")
		}
	}
	return func() tea.Msg { return common.JumpMsg{Ref: r} }
}

func toast(s string) tea.Cmd {
	return func() tea.Msg { return common.ToastMsg{Text: s, Warn: true} }
}

// click makes the highlight under the pointer the current one.
func (m *Model) click(x, y int) {
	m.ensure()
	i := m.top + y
	if y < 0 || y >= m.textH() || i >= len(m.lines) || x < 1 {
		return
	}
	off := offsetAt(m.ctx.Data.Story.Text, m.lines[i], x-1)
	best := -1
	for j := m.firstCovering(off); j < len(m.hls) && m.hls[j].start <= off; j++ {
		h := m.hls[j]
		if h.end > off && (best < 0 || h.end-h.start < m.hls[best].end-m.hls[best].start) {
			best = j
		}
	}
	if best >= 0 {
		m.cur, m.hasFocus = best, false
	}
}

// firstCovering returns the first highlight that may cover off: every
// earlier one ends at or before it.
func (m *Model) firstCovering(off int) int {
	return sort.Search(len(m.maxEnd), func(i int) bool { return m.maxEnd[i] > off })
}

// Help returns the tab's keys.
func (m *Model) Help() []key.Binding {
	k := m.ctx.Keys
	return []key.Binding{withHelp(k.NextHit, "n/N", "next/prev highlight"), withHelp(k.Open, "enter", "open item")}
}

func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// HighlightedItems lists the items that cite the highlighted spans, in
// the order of the spans.
func (m *Model) HighlightedItems() []model.Ref {
	var out []model.Ref
	for _, h := range m.hls {
		out = append(out, m.refs(h)...)
	}
	return out
}
