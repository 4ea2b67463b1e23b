package source

import (
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
		cluster, _, _, next := uniseg.FirstGraphemeClusterInString(text[i:end], state)
		state = next
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
			lw, prev = ansi.StringWidth(safe.Line(text[ls:i])), lastCluster(text[ls:i])
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

// drawnDelta is how many cells cluster adds after prev once both are
// sanitized and drawn. Usually its own width; but a sanitized cluster can
// join the one before (DEL is drawn as "␡", and "␡" with U+FE0F is one
// two-cell cluster), so the pair is measured.
func drawnDelta(prev, cluster string) int {
	if len(cluster) == 1 && cluster[0] >= 0x20 && cluster[0] < 0x7f {
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
