package common

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dossier-dev/dossier/ui/safe"
)

// Fit makes s exactly w cells wide and h lines high: longer lines are cut
// (with an ellipsis), shorter ones padded, missing lines added. Every pane
// passes through it, so no pane can push the layout out of shape whatever
// its content.
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = FitLine(l, w)
	}
	return strings.Join(lines, "\n")
}

// FitLine cuts or pads one line to exactly w cells.
func FitLine(l string, w int) string {
	if w <= 0 {
		return ""
	}
	n := ansi.StringWidth(l)
	if n > w {
		l = ansi.Truncate(l, w, "…")
		n = ansi.StringWidth(l)
	}
	if n < w {
		l += strings.Repeat(" ", w-n)
	}
	return l
}

// Clip shortens a plain one-line string to at most w cells, ending it with
// an ellipsis when cut.
func Clip(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// Wrap word-wraps plain text to w cells, keeping paragraphs, and returns
// its lines. Words longer than a line are broken.
func Wrap(s string, w int) []string {
	if w < 1 {
		w = 1
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		wrapped := ansi.Wrap(para, w, "")
		out = append(out, strings.Split(wrapped, "\n")...)
	}
	for i, l := range out {
		out[i] = strings.TrimRight(l, " ")
	}
	return out
}

// Safe is safe.Line: the one-line form of a dataset string, harmless on a
// terminal. Every dataset string goes through Safe or SafeText.
func Safe(s string) string { return safe.Line(s) }

// SafeText is safe.Text: dataset text that keeps its newlines.
func SafeText(s string) string { return safe.Text(s) }

// Highlight renders plain text s with base style, and the runes at the
// given indexes (from model.Highlight) with hl. s must be sanitized
// already; indexes past its end are ignored.
func Highlight(s string, idx []int, base, hl lipgloss.Style) string {
	if len(idx) == 0 {
		return Paint(base, s)
	}
	on := make(map[int]bool, len(idx))
	for _, i := range idx {
		on[i] = true
	}
	var b strings.Builder
	var run []rune
	cur := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		if cur {
			b.WriteString(Paint(hl, string(run)))
		} else {
			b.WriteString(Paint(base, string(run)))
		}
		run = run[:0]
	}
	i := 0
	for _, r := range s {
		if on[i] != cur {
			flush()
			cur = on[i]
		}
		run = append(run, r)
		i++
	}
	flush()
	return b.String()
}

// ClipMatches cuts plain text to w cells, like Clip, and keeps the match
// indexes (found in the whole text: matching only what is shown would find
// other, fuzzier matches) that are still shown, the ellipsis excluded.
func ClipMatches(s string, w int, idx []int) (string, []int) {
	c := Clip(s, w)
	if len(idx) == 0 {
		return c, nil
	}
	n := utf8.RuneCountInString(c)
	if c != s {
		n-- // the ellipsis
	}
	var out []int
	for _, i := range idx {
		if i < n {
			out = append(out, i)
		}
	}
	return c, out
}

// WrapMatches word-wraps plain text like Wrap and spreads the match
// indexes found in the whole text (model.Highlight) over the lines, each
// made relative to its line.
func WrapMatches(s string, w int, idx []int) ([]string, [][]int) {
	lines := Wrap(s, w)
	per := make([][]int, len(lines))
	if len(idx) == 0 {
		return lines, per
	}
	runes := []rune(s)
	pos := 0 // rune offset in s where the search for the next line starts
	for i, l := range lines {
		lr := []rune(l)
		start := indexRunes(runes, lr, pos)
		if start < 0 {
			continue
		}
		for _, j := range idx {
			if j >= start && j < start+len(lr) {
				per[i] = append(per[i], j-start)
			}
		}
		pos = start + len(lr)
	}
	return lines, per
}

func indexRunes(s, sub []rune, from int) int {
	if len(sub) == 0 {
		return from
	}
	for i := from; i+len(sub) <= len(s); i++ {
		match := true
		for k := range sub {
			if s[i+k] != sub[k] {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// Plural returns "1 actor" or "3 actors".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return FormatInt(n) + " " + many
}

// FormatInt writes n with thousands separators.
func FormatInt(n int) string {
	s := []byte{}
	neg := n < 0
	if neg {
		n = -n
	}
	digits := 0
	for {
		if digits > 0 && digits%3 == 0 {
			s = append(s, ',')
		}
		s = append(s, byte('0'+n%10))
		digits++
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		s = append(s, '-')
	}
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return string(s)
}

// Width is the number of cells s takes on a terminal, escape codes not
// counted.
func Width(s string) int { return ansi.StringWidth(s) }
