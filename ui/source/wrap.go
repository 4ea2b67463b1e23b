package source

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// line is one wrapped line of the article: a byte range of the text.
type line struct{ start, end int }

// wrapText breaks the article into lines of at most width cells at word
// boundaries, remembering each line's byte range so that evidence spans
// (byte offsets) can be drawn on it. Paragraphs stay apart; a word longer
// than a line is broken.
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
	ls := start // line start
	lw := 0     // cells used on the line
	lastSpace := -1
	widthAtSpace := 0
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		w := ansi.StringWidth(string(r))
		if r == ' ' {
			lastSpace, widthAtSpace = i, lw
		}
		if lw+w > width && i > ls {
			if r == ' ' {
				out = append(out, line{ls, i})
				ls, lw, lastSpace = i+1, 0, -1
				i += size
				continue
			}
			if lastSpace > ls {
				out = append(out, line{ls, lastSpace})
				ls = lastSpace + 1
				lw -= widthAtSpace + 1
				lastSpace = -1
			} else {
				out = append(out, line{ls, i})
				ls, lw = i, 0
			}
		}
		lw += w
		i += size
	}
	return append(out, line{ls, end})
}
