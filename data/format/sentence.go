package format

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence returns the byte range of the sentence (or sentences) around
// text[start:end], so that a span is shown in its context. A sentence ends
// at a line break, or at ., ! or ? (and any closing quotes or brackets)
// followed by a space and a word that does not start in lower case, unless
// the word before the period is an abbreviation ("U.S.", "Mr.", "Jan.").
// Surrounding white space is left out.
func Sentence(text string, start, end int) (int, int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	// A hostile or unpunctuated text could make a "sentence" of megabytes;
	// the context shown is at most maxContext bytes each side of the span.
	lo, hi := max(0, start-maxContext), min(len(text), end+maxContext)
	s := start
	for s > lo && !boundaryBefore(text, s) {
		s--
	}
	for s < start && !utf8.RuneStart(text[s]) {
		s++
	}
	e := end
	for e < hi && !boundaryBefore(text, e) {
		e++
	}
	for e > end && e < len(text) && !utf8.RuneStart(text[e]) {
		e--
	}
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	// The span itself is always inside, white space and all.
	return min(s, start), max(e, end)
}

// maxContext bounds the sentence found around a span, each side.
const maxContext = 1000

// boundaryBefore reports whether a sentence may start at byte i: i follows a
// line break, or the white space after a sentence's end.
func boundaryBefore(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	if !utf8.RuneStart(text[i]) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if prev == '\n' || prev == '\r' {
		return true
	}
	if !unicode.IsSpace(prev) {
		return false
	}
	// Step back over the white space to the end of the previous word
	// (within the context limit, so a long run of spaces costs little).
	j := strings.TrimRightFunc(text[max(0, i-maxContext):i], unicode.IsSpace)
	if len(j) == 0 {
		return true
	}
	word := j[strings.LastIndexFunc(j, unicode.IsSpace)+1:]
	core := strings.TrimRight(word, "\"'”’»)]")
	if core == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(core)
	if last != '.' && last != '!' && last != '?' {
		return false
	}
	// The next word must not continue the sentence in lower case.
	next, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(text[i:], unicode.IsSpace))
	if unicode.IsLower(next) {
		return false
	}
	if last == '.' && abbreviation(strings.TrimLeft(core, "\"'“‘«([")) {
		return false
	}
	return true
}

// abbreviation reports whether a word ending in a period is a known
// abbreviation, or has another period in it ("U.S.", "a.m."), or is one
// letter (an initial).
func abbreviation(word string) bool {
	w := strings.TrimSuffix(word, ".")
	if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "pres",
		"st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}
