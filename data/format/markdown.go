package format

import (
	"fmt"
	"strings"
	"unicode"
)

// md writes Markdown whose rendering shows dataset text as it is: markup
// characters in the data are escaped, so a label with *stars* or a quote
// with [brackets] cannot turn into emphasis or a link. clean, when not nil,
// runs first (for a terminal).
type md struct {
	b     strings.Builder
	clean func(string) string
}

// mdSpecial are the characters that can start Markdown (CommonMark and GFM)
// markup inside a line.
var mdSpecial = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `~`, `\~`,
)

// text escapes one line of dataset text; line breaks become spaces, since
// a line break could start a heading or a list.
func (m *md) text(s string) string { return strings.TrimSpace(m.inline(s)) }

// inline is text without trimming, for pieces of one line.
func (m *md) inline(s string) string {
	if m.clean != nil {
		s = m.clean(s)
	}
	s = collapseSpace(s)
	s = mdSpecial.Replace(s)
	// A line starting with a number and a period, or with + or -, would
	// become a list item.
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = `\` + s
	}
	return s
}

// collapseSpace turns each run of white space (line breaks and tabs
// included) into one space.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// para escapes dataset text that may hold paragraphs, keeping its breaks.
func (m *md) para(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		l = m.text(l)
		// "1. " or "1) " at the start of a line would make a numbered list.
		if j := strings.IndexFunc(l, func(r rune) bool { return r < '0' || r > '9' }); j > 0 && (l[j] == '.' || l[j] == ')') {
			l = l[:j] + `\` + l[j:]
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

func (m *md) printf(format string, args ...any) { fmt.Fprintf(&m.b, format, args...) }

func (m *md) line(s string) { m.b.WriteString(s + "\n") }

// heading starts a section with a blank line before it (except at the top).
func (m *md) heading(level int, s string) {
	if m.b.Len() > 0 && !strings.HasSuffix(m.b.String(), "\n\n") {
		m.b.WriteString("\n")
	}
	m.line(strings.Repeat("#", level) + " " + s)
	m.b.WriteString("\n")
}

// table writes a GFM table of a grid.
func (m *md) table(g Grid) {
	m.line("| " + strings.Join(g.Header, " | ") + " |")
	seps := make([]string, len(g.Header))
	for i := range seps {
		seps[i] = "---"
	}
	m.line("| " + strings.Join(seps, " | ") + " |")
	for _, row := range g.Rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = m.text(c)
		}
		m.line("| " + strings.Join(cells, " | ") + " |")
	}
}

// ListMarkdown writes listed items as a table per kind, each under a
// heading with the kind and count.
func ListMarkdown(grids []Grid, clean func(string) string) []byte {
	m := &md{clean: clean}
	for _, g := range grids {
		m.heading(2, fmt.Sprintf("%s (%d)", title(Plural(g.Kind)), len(g.Rows)))
		if len(g.Rows) == 0 {
			m.line("None.")
			continue
		}
		m.table(g)
	}
	return []byte(m.b.String())
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// code writes an id as inline code. Ids are validated to hold only
// lowercase letters, digits and '-', so they need no escaping.
func code(id string) string { return "`" + id + "`" }

// DetailMarkdown writes one item: its fields, the items it links to and
// from, and its evidence, each span in bold inside its sentence.
func DetailMarkdown(det Detail, clean func(string) string) []byte {
	m := &md{clean: clean}
	m.heading(1, m.text(det.Title))
	m.printf("%s %s\n\n", string(det.Kind), code(det.ID))
	for _, f := range det.Fields {
		m.printf("- %s: %s\n", f.Name, m.text(f.Value))
	}
	if len(det.LinkedFrom) > 0 {
		m.heading(2, "Linked from")
		for _, l := range det.LinkedFrom {
			m.printf("- %s %s (%s): %s\n", l.Kind, code(l.ID), l.Field, m.text(l.Name))
		}
	}
	if len(det.Evidence) > 0 {
		m.heading(2, "Evidence")
		for _, e := range det.Evidence {
			before := e.Sentence[:e.Start-e.SentenceStart]
			span := e.Sentence[e.Start-e.SentenceStart : e.End-e.SentenceStart]
			after := e.Sentence[e.End-e.SentenceStart:]
			m.printf("- bytes %d–%d: %s**%s**%s\n", e.Start, e.End, m.inline(before), m.text(span), m.inline(after))
		}
	}
	return []byte(m.b.String())
}
