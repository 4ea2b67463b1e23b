package table

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dossier-dev/dossier/data/format"
	"github.com/dossier-dev/dossier/ui/safe"
)

var keyStyle = lipgloss.NewStyle().Faint(true)

// The span's mark in its sentence: bold and underlined. Written as plain
// SGR codes rather than a lipgloss style, which would style each character
// on its own and so survive wrapping only as a long run of codes.
const (
	markOn  = "\x1b[1;4m"
	markOff = "\x1b[22;24m"
)

// Detail writes everything about one item (`dossier show`): a title line,
// its fields as aligned "name  value" lines, the items linking to it, and
// each evidence span with the sentence it stands in. On a terminal long
// values wrap under themselves and the span is marked in its sentence.
func Detail(det format.Detail, o Options) string {
	clean := func(s string) string {
		if o.Plain {
			return oneLine(s)
		}
		return safe.Line(s)
	}
	var b strings.Builder
	head := string(det.Kind) + " " + det.ID
	if !o.Plain && o.Color {
		head = titleStyle.Render(head)
	}
	b.WriteString(head + "\n")

	keyWidth := 0
	for _, f := range det.Fields {
		keyWidth = max(keyWidth, ansi.StringWidth(f.Name))
	}
	for _, f := range det.Fields {
		b.WriteString(keyValue(f.Name, clean(f.Value), keyWidth, o))
	}

	if len(det.LinkedFrom) > 0 {
		b.WriteString("\n" + Title(fmt.Sprintf("linked from (%d)", len(det.LinkedFrom)), o))
		for _, l := range det.LinkedFrom {
			b.WriteString(wrap(fmt.Sprintf("%s %s (%s): %s", l.Kind, l.ID, l.Field, clean(l.Name)), "  ", "    ", o))
		}
	}

	if len(det.Evidence) > 0 {
		b.WriteString("\n" + Title(fmt.Sprintf("evidence (%d)", len(det.Evidence)), o))
		for i, e := range det.Evidence {
			num := fmt.Sprintf("%d. ", i+1)
			indent := strings.Repeat(" ", 2+len(num))
			b.WriteString(wrap(fmt.Sprintf("bytes %d–%d: “%s”", e.Start, e.End, clean(e.Text)), "  "+num, indent, o))
			b.WriteString(wrap(sentence(e, clean, o), indent, indent, o))
		}
	}
	return b.String()
}

// keyValue writes one field; continuation lines of a wrapped value start
// under the value, not under the name.
func keyValue(key, value string, keyWidth int, o Options) string {
	pad := strings.Repeat(" ", keyWidth-ansi.StringWidth(key)+gap)
	if o.Color && !o.Plain {
		key = keyStyle.Render(key)
	}
	indent := strings.Repeat(" ", keyWidth+gap)
	body := value
	if w := o.Width - len(indent); !o.Plain && o.Width > 0 && w > 10 {
		body = wrapText(value, w)
	}
	return key + pad + strings.ReplaceAll(body, "\n", "\n"+indent) + "\n"
}

// sentence is the evidence sentence with the span marked on a colour
// terminal.
func sentence(e format.Excerpt, clean func(string) string, o Options) string {
	from, to := e.Start-e.SentenceStart, e.End-e.SentenceStart
	before, span, after := e.Sentence[:from], e.Sentence[from:to], e.Sentence[to:]
	if o.Color && !o.Plain {
		return clean(before) + markOn + clean(span) + markOff + clean(after)
	}
	return clean(e.Sentence)
}

// wrap writes s after first, wrapped to the terminal width, its other
// lines after indent (as wide as first).
func wrap(s, first, indent string, o Options) string {
	if w := o.Width - len(indent); !o.Plain && o.Width > 0 && w > 10 {
		s = wrapText(s, w)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		// A mark that runs across a line break is closed at the line's end
		// and opened again after the indent, so the indent is not marked.
		if open := strings.LastIndex(l, markOn) > strings.LastIndex(l, markOff); open && i+1 < len(lines) {
			lines[i] += markOff
			lines[i+1] = markOn + lines[i+1]
		}
	}
	return first + strings.Join(lines, "\n"+indent) + "\n"
}

// wrapText wraps at spaces, and inside words longer than the width.
func wrapText(s string, width int) string {
	return ansi.Wrap(s, width, "")
}
