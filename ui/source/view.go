package source

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/safe"
	"github.com/rivo/uniseg"
)

// View draws the visible lines and, when wide, the info column.
func (m *Model) View() string {
	m.ensure()
	text := m.ctx.Data.Story.Text
	end := min(m.top+m.textH(), len(m.lines))
	var b strings.Builder
	for i := m.top; i < end; i++ {
		if i > m.top {
			b.WriteByte('\n')
		}
		b.WriteString(" " + m.drawLine(text, m.lines[i]))
	}
	if m.infoW == 0 {
		body := b.String()
		if m.height > 1 {
			body = common.Fit(body, m.textW+1, m.textH()) + "\n" + common.FitLine(m.infoLine(), m.width)
		}
		return common.Fit(body, m.width, m.height)
	}
	body := common.Fit(b.String(), m.textW+1, m.height)
	info := common.Fit(m.info(), m.infoW, m.height)
	sep := m.ctx.Styles.Rule.Render("│")
	l := strings.Split(body, "\n")
	r := strings.Split(info, "\n")
	var out strings.Builder
	for i := range l {
		if i > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(l[i] + " " + sep + " " + r[i])
	}
	return common.Fit(out.String(), m.width, m.height)
}

// drawLine draws one wrapped line: plain text, highlighted spans, and the
// emphasized span. Evidence is underlined and the current span reversed,
// so both show without colour.
func (m *Model) drawLine(text string, l line) string {
	st := m.ctx.Styles
	if l.start == l.end {
		return ""
	}
	// Mark each byte of the line: 0 plain, 1 evidence, 2 current.
	marks := make([]byte, l.end-l.start)
	paint := func(s, e int, v byte) {
		s, e = max(s, l.start), min(e, l.end)
		for i := s; i < e; i++ {
			if marks[i-l.start] < v {
				marks[i-l.start] = v
			}
		}
	}
	for j := m.firstCovering(l.start); j < len(m.hls) && m.hls[j].start < l.end; j++ {
		if m.hls[j].end > l.start {
			paint(m.hls[j].start, m.hls[j].end, 1)
		}
	}
	if m.hasFocus {
		paint(m.fs[0], m.fs[1], 2)
	} else if m.cur >= 0 && m.cur < len(m.hls) {
		paint(m.hls[m.cur].start, m.hls[m.cur].end, 2)
	}
	styles := [3]lipgloss.Style{st.Text, st.Evidence, st.Current}
	var b strings.Builder
	runStart := l.start
	for i := l.start; i <= l.end; i++ {
		if i == l.end || marks[i-l.start] != marks[runStart-l.start] {
			if i > runStart {
				b.WriteString(common.Paint(styles[marks[runStart-l.start]], common.Safe(text[runStart:i])))
			}
			runStart = i
		}
	}
	return b.String()
}

// describe names an item in a few words, for the info column.
func (m *Model) describe(r model.Ref) (kind, title string) {
	d := m.ctx.Data
	switch r.Kind {
	case model.KindFigure:
		f := &d.Figures[r.Index]
		t := common.Safe(f.Display())
		if f.Derived != nil {
			t += " (≈ derived)"
		}
		return "figure", t
	case model.KindQuote:
		return "quote", "“" + common.Safe(d.Quotes[r.Index].Text) + "”"
	}
	return string(r.Kind), common.Safe(d.Title(r))
}

// info draws the column beside the text: where the reader is among the
// highlights, and what the current span is evidence of.
func (m *Model) info() string {
	st := m.ctx.Styles
	w := m.infoW
	var lines []string
	add := func(s string) { lines = append(lines, s) }
	add(st.Heading.Render(common.Clip("Highlights · "+common.FormatInt(len(m.hls)), w)))
	var refs []model.Ref
	switch {
	case m.hasFocus:
		refs = []model.Ref{m.focus}
		if m.cur >= 0 {
			refs = m.refs(m.hls[m.cur])
		}
		add(st.Muted.Render("showing the words of:"))
	case m.cur >= 0:
		refs = m.refs(m.hls[m.cur])
		add(st.Muted.Render(common.Clip("highlight "+common.FormatInt(m.cur+1)+" of "+common.FormatInt(len(m.hls))+", evidence of:", w)))
	default:
		add(st.Muted.Render("n / N: next / previous"))
		add(st.Muted.Render("highlight"))
	}
	for _, r := range refs {
		kind, title := m.describe(r)
		add("")
		add(st.Label.Render(kind))
		for _, l := range common.Wrap(title, w) {
			add(st.Text.Render(l))
		}
	}
	add("")
	add(st.Muted.Render("underlined: evidence of an item"))
	add(st.Muted.Render("reversed: the current one"))
	if f := m.ctx.FilterWords(); f != "" {
		for _, l := range common.Wrap("only items passing "+f, w) {
			add(st.Muted.Render(l))
		}
	}
	return strings.Join(lines, "\n")
}

// infoLine is the info column squeezed into one line, for narrow screens.
func (m *Model) infoLine() string {
	st := m.ctx.Styles
	r, ok := m.Current()
	if !ok {
		return st.Muted.Render(" " + common.FormatInt(len(m.hls)) + " highlights · n/N next/previous")
	}
	kind, title := m.describe(r)
	pos := ""
	if m.cur >= 0 {
		pos = common.FormatInt(m.cur+1) + "/" + common.FormatInt(len(m.hls)) + " · "
	}
	return st.Selected.Render(" "+pos+kind+":") + " " + st.Text.Render(title)
}

// offsetAt returns the byte offset of the character at cell x of a line,
// counting cells as wrapText does.
func offsetAt(text string, l line, x int) int {
	col := 0
	state := -1
	for i := l.start; i < l.end; {
		cluster, _, _, next := uniseg.FirstGraphemeClusterInString(text[i:l.end], state)
		state = next
		w := ansi.StringWidth(safe.Line(cluster))
		if x < col+w {
			return i
		}
		col += w
		i += len(cluster)
	}
	return l.end
}

// Plain returns the tab's state as plain lines for --plain mode.
func (m *Model) Plain() (selection string, detail []string) {
	m.ensure()
	text := m.ctx.Data.Story.Text
	if r, ok := m.Current(); ok {
		kind, title := m.describe(r)
		s, e := m.fs[0], m.fs[1]
		pos := "Shown"
		if m.cur >= 0 {
			s, e = m.hls[m.cur].start, m.hls[m.cur].end
			pos = "Highlight " + common.FormatInt(m.cur+1) + " of " + common.FormatInt(len(m.hls))
		}
		return pos + ": “" + common.Safe(text[s:e]) + "”, evidence of " + kind + " " + title,
			[]string{"In: " + common.Safe(common.Sentence(text, s, e))}
	}
	if m.top < len(m.lines) {
		l := m.lines[m.top]
		return "Line " + common.FormatInt(m.top+1) + " of " + common.FormatInt(len(m.lines)) + ": " + common.Safe(text[l.start:l.end]), nil
	}
	return "The article is empty.", nil
}
