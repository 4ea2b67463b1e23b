package model

import (
	"strconv"
	"strings"
)

// spanIndex resolves evidence spans against the story text. It remembers
// where each distinct span text occurs, so a dataset that cites the same
// name fifty times scans the text for it once.
type spanIndex struct {
	text string
	at   map[string][]int
}

func newSpanIndex(text string) *spanIndex {
	return &spanIndex{text: text, at: map[string][]int{}}
}

// occurrences returns the byte offsets where s occurs in the text, counted
// left to right without overlap.
func (x *spanIndex) occurrences(s string) []int {
	if offs, ok := x.at[s]; ok {
		return offs
	}
	var offs []int
	for from := 0; ; {
		i := strings.Index(x.text[from:], s)
		if i < 0 {
			break
		}
		offs = append(offs, from+i)
		from += i + len(s)
	}
	x.at[s] = offs
	return offs
}

// evidence checks and resolves an item's spans. need says whether the item
// must have at least one.
func (v *validator) evidence(item string, ev []Evidence, need bool) {
	if need && len(ev) == 0 {
		v.addf(item+".evidence", "is empty: every fact must cite the words of the article it comes from")
	}
	for j := range ev {
		v.resolve(item, j, &ev[j])
	}
}

// spanPath is the field path of an item's j-th span ("quotes[3].evidence[0]").
// It is built only for a message: a dataset of 100,000 items has more
// spans than that, nearly all of them fine.
func spanPath(item string, j int) string { return index(item+".evidence", j) }

// resolve finds where span e stands in the text, fills Start and End, and
// reports a span that is not there or is ambiguous. With Start given the
// check costs the length of the span; otherwise one scan of the text per
// distinct span text.
func (v *validator) resolve(item string, j int, e *Evidence) {
	text := v.spans.text
	if e.Text == "" {
		v.addf(spanPath(item, j)+".text", "is empty")
		return
	}
	switch {
	case e.Start != nil:
		start := *e.Start
		end := start + len(e.Text)
		if start < 0 || end > len(text) || end < start || text[start:end] != e.Text {
			v.addf(spanPath(item, j)+".start", "the article does not have %q at byte %d", clip(e.Text), start)
			return
		}
		if e.Occurrence != 0 {
			v.addf(spanPath(item, j)+".occurrence", "give start or occurrence, not both")
			return
		}
		if e.End != nil && *e.End != end {
			v.addf(spanPath(item, j)+".end", "is %d but start + length of text is %d", *e.End, end)
			return
		}
		e.End = &end
	case e.End != nil:
		v.addf(spanPath(item, j)+".end", "is given without start")
	default:
		offs := v.spans.occurrences(e.Text)
		switch {
		case len(offs) == 0:
			v.addf(spanPath(item, j)+".text", "%q is not in the article text", clip(e.Text))
		case e.Occurrence < 0:
			v.addf(spanPath(item, j)+".occurrence", "must be 1 or more")
		case e.Occurrence > len(offs):
			v.addf(spanPath(item, j)+".occurrence", "is %d but %q occurs %d time%s", e.Occurrence, clip(e.Text), len(offs), plural(len(offs)))
		case e.Occurrence == 0 && len(offs) > 1:
			v.addf(spanPath(item, j)+".text", "%q occurs %d times in the article: say which with occurrence (1 to %d) or start", clip(e.Text), len(offs), len(offs))
		default:
			n := e.Occurrence
			if n == 0 {
				n = 1
			}
			start := offs[n-1]
			end := start + len(e.Text)
			e.Start, e.End, e.Occurrence = &start, &end, 0
		}
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Span returns the resolved byte offsets of e in the story text. It is only
// meaningful after Validate.
func (e Evidence) Span() (start, end int) {
	if e.Start == nil || e.End == nil {
		return 0, 0
	}
	return *e.Start, *e.End
}

// String renders a span as "text@start", for messages and tests.
func (e Evidence) String() string {
	s, _ := e.Span()
	return strconv.Quote(e.Text) + "@" + strconv.Itoa(s)
}

// anySpanEquals reports whether one of the spans is exactly s.
func anySpanEquals(ev []Evidence, s string) bool {
	for _, e := range ev {
		if e.Text == s {
			return true
		}
	}
	return false
}

// withinSpans reports whether s stands inside one of the spans' text.
func withinSpans(ev []Evidence, s string) bool {
	for _, e := range ev {
		if strings.Contains(e.Text, s) {
			return true
		}
	}
	return false
}
