package source

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/dossier-dev/dossier/ui/safe"
	"github.com/rivo/uniseg"
)

// line is one wrapped line of the article: a byte range of the text.
type line struct{ start, end int }

// wrapText breaks the article into lines of at most width cells at word
// boundaries, remembering each line's byte range so that evidence spans
// (byte offsets) can be drawn on it. Paragraphs stay apart; a word longer
// than a line is broken. Cells are counted per grapheme cluster as the
// cluster is drawn, after the sanitizer (ESC is drawn as "␛", one cell),
// so a drawn line is never wider than the pane.
func wrapText(text string, width int) []line {
	width = max(width, 1)
	var out []line
	paraStart := 0
	for paraStart <= len(text) {
		paraEnd := paraStart
		for paraEnd < len(text) && text[paraEnd] != '\n' {
			paraEnd++
		}
		out = wrapPara(text, paraStart, paraEnd, width, out)
		paraStart = paraEnd + 1
	}
	return out
}

func wrapPara(text string, start, end, width int, out []line) []line {
	if start == end {
		return append(out, line{start, start})
	}
	ls := start     // line start
	lastSpace := -1 // last space on the line
	lw := 0         // the line's width so far, as drawn
	prev := ""      // the line's last cluster
	state := -1
	for i := start; i < end; {
		before := state
		var cluster string
		if printable(text[i]) && (i+1 == end || text[i+1] < utf8.RuneSelf) {
			// A printable ASCII character followed by ASCII (or the end)
			// is a cluster of its own, and leaves the segmenter in its
			// initial state.
			cluster, state = text[i:i+1], -1
		} else {
			cluster, _, _, state = uniseg.FirstGraphemeClusterInString(text[i:end], state)
		}
		j := i + len(cluster)
		w := lw + drawnDelta(prev, cluster)
		if w > width && i > ls {
			switch {
			case cluster == " ":
				out = append(out, line{ls, i})
				ls, lastSpace, lw, prev = j, -1, 0, ""
				i = j
				continue
			case lastSpace > ls:
				out = append(out, line{ls, lastSpace})
				ls, lastSpace = lastSpace+1, -1
			default:
				out = append(out, line{ls, i})
				ls = i
			}
			// Measure this cluster again on the new line.
			lw, prev = measure(text[ls:i])
			state = before
			continue
		}
		if cluster == " " {
			lastSpace = i
		}
		lw, prev = w, cluster
		i = j
	}
	return append(out, line{ls, end})
}

// printable reports whether b is a printable ASCII character: one cell,
// drawn as itself.
func printable(b byte) bool { return b >= 0x20 && b < 0x7f }

// measure returns the drawn width of s and its last cluster; printable
// ASCII, the usual case, is measured by its length.
func measure(s string) (width int, last string) {
	for i := 0; i < len(s); i++ {
		if !printable(s[i]) {
			return ansi.StringWidth(safe.Line(s)), lastCluster(s)
		}
	}
	if s == "" {
		return 0, ""
	}
	return len(s), s[len(s)-1:]
}

// drawnDelta is how many cells cluster adds after prev once both are
// sanitized and drawn. Usually its own width; but a sanitized cluster can
// join the one before (DEL is drawn as "␡", and "␡" with U+FE0F is one
// two-cell cluster), so the pair is measured.
func drawnDelta(prev, cluster string) int {
	if len(cluster) == 1 && printable(cluster[0]) {
		return 1
	}
	c := safe.Line(cluster)
	if prev == "" {
		return ansi.StringWidth(c)
	}
	p := safe.Line(prev)
	return ansi.StringWidth(p+c) - ansi.StringWidth(p)
}

// lastCluster returns the last grapheme cluster of s.
func lastCluster(s string) string {
	last := ""
	state := -1
	for s != "" {
		var c string
		c, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		last = c
	}
	return last
}
