package model

import (
	"strings"
	"unicode/utf8"
)

// How well one term matches an item. A match in an item's names (name,
// label, aliases, role) ranks above the same match in its longer text, and
// whole words above word prefixes above matches inside words; fuzzy matches
// (letters in order) come last. Readers of fuzzy finders complain that pure
// fuzzy ranking buries the obvious hit under noise.
const (
	scoreTextWord   = 50 // the term is a whole word of the text
	scoreTextPrefix = 40 // a word of the text starts with it
	scoreTextInside = 30 // it stands inside a word
	nameBonus       = 50 // added when the match is in a name
	scoreNameFuzzy  = 10 // its letters appear in order in one name
	// maxFuzzyGap is how many letters a fuzzy match may skip in all: enough
	// for a typo or a dropped letter ("tellz", "harfch"), too few to match
	// any long label that happens to hold the letters. A fixed cap keeps
	// matching monotone (a longer query never matches more), which
	// incremental search relies on.
	maxFuzzyGap = 3
)

// score returns the item's score for the result's terms; ok is false when
// some term does not match at all. Every term must match (in any order).
// masks are the terms' byte masks (stringMask).
func (r *Result) score(d *doc, masks []uint64) (total int, ok bool) {
	for i, t := range r.terms {
		s := termScore(d, t, masks[i])
		if s == 0 {
			return 0, false
		}
		total += s
	}
	return total, true
}

// termScore scores one term. The masks skip what cannot match: a term with
// a byte the names lack can match neither exactly nor fuzzily there, and
// one with a byte the text lacks cannot match at all.
func termScore(d *doc, t string, mask uint64) int {
	if mask&^d.textMask != 0 {
		return 0
	}
	inNames := mask&^d.namesMask == 0
	if inNames {
		if s := bestSubstring(d.names(), t); s > 0 {
			return s + nameBonus
		}
	}
	if s := bestSubstring(d.text, t); s > 0 {
		return s
	}
	if inNames {
		if gap, ok := fuzzyInFields(d.names(), t); ok {
			return scoreNameFuzzy + maxFuzzyGap - gap
		}
	}
	return 0
}

// bestSubstring scores the best occurrence of t in s: a whole word (50), a
// word prefix (40), anywhere (30), or 0 when absent.
func bestSubstring(s, t string) int {
	best := 0
	for from := 0; from <= len(s)-len(t); {
		i := strings.Index(s[from:], t)
		if i < 0 {
			break
		}
		i += from
		startsWord := i == 0 || !isWordByte(s[i-1])
		end := i + len(t)
		endsWord := end == len(s) || !isWordByte(s[end])
		switch {
		case startsWord && endsWord:
			return scoreTextWord
		case startsWord:
			best = max(best, scoreTextPrefix)
		default:
			best = max(best, scoreTextInside)
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + size
	}
	return best
}

// fuzzyInFields reports whether the runes of t appear in order within one
// NUL-separated field of s, and how many runes lie between them at best.
func fuzzyInFields(s, t string) (gap int, ok bool) {
	best := -1
	for field := range strings.SplitSeq(s, "\x00") {
		if g, found := subsequenceGap(field, t); found && g <= maxFuzzyGap && (best < 0 || g < best) {
			best = g
		}
	}
	return best, best >= 0
}

// subsequenceGap finds t's runes in order in s, greedily from each possible
// start, and returns the smallest number of skipped runes.
func subsequenceGap(s, t string) (int, bool) {
	if t == "" {
		return 0, true
	}
	first, _ := utf8.DecodeRuneInString(t)
	best := -1
	for start, r := range s {
		if r != first {
			continue
		}
		gap, matched, rest := 0, false, t
		for _, c := range s[start:] {
			want, size := utf8.DecodeRuneInString(rest)
			if c == want {
				rest = rest[size:]
				if rest == "" {
					matched = true
					break
				}
			} else if len(rest) < len(t) {
				gap++
			}
		}
		if !matched {
			break // later starts cannot match either
		}
		if best < 0 || gap < best {
			best = gap
		}
	}
	return best, best >= 0
}

// Highlight returns the indexes of the runes of text that the query's terms
// match, for showing the reader why an item passed. It folds the same way
// search does, and maps matches back to the original characters (the é of
// "Téllez" is highlighted for "tellez").
func Highlight(query, text string) []int {
	ts := terms(query)
	if len(ts) == 0 || text == "" {
		return nil
	}
	var origin []int
	folded := string(foldInto(nil, text, &origin))
	marked := map[int]bool{}
	mark := func(from, to int) {
		for i := from; i < to; i++ {
			marked[origin[i]] = true
		}
	}
	for _, t := range ts {
		found := false
		for from := 0; ; {
			i := strings.Index(folded[from:], t)
			if i < 0 {
				break
			}
			i += from
			mark(i, i+len(t))
			found = true
			from = i + len(t)
		}
		if !found {
			markFuzzy(folded, t, mark)
		}
	}
	// A thousands separator inside a matched number is part of the match.
	runes := []rune(text)
	for i := 1; i+1 < len(runes); i++ {
		if runes[i] == ',' && marked[i-1] && marked[i+1] {
			marked[i] = true
		}
	}
	out := make([]int, 0, len(marked))
	for i := range runes {
		if marked[i] {
			out = append(out, i)
		}
	}
	return out
}

// markFuzzy marks the first in-order occurrence of t's runes in folded.
func markFuzzy(folded, t string, mark func(from, to int)) {
	rest := t
	var spans [][2]int
	for i, c := range folded {
		if rest == "" {
			break
		}
		want, size := utf8.DecodeRuneInString(rest)
		if c == want {
			spans = append(spans, [2]int{i, i + utf8.RuneLen(c)})
			rest = rest[size:]
		}
	}
	if rest != "" {
		return
	}
	for _, s := range spans {
		mark(s[0], s[1])
	}
}
