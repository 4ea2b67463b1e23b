package common

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence returns the sentence of text that holds the byte span
// [start, end): from the end of the sentence before to the end of the
// sentence after, within the paragraph. Abbreviations such as "U.S." do
// not end a sentence. It is used to cite an item by the words around its
// evidence.
func Sentence(text string, start, end int) string {
	if start < 0 || end > len(text) || start >= end {
		return ""
	}
	from := start
	for from > 0 {
		if text[from-1] == '\n' {
			break
		}
		if endsSentence(text, from-1) && from-1 < start {
			break
		}
		from--
	}
	to := end
	for to < len(text) && text[to] != '\n' {
		if endsSentence(text, to) {
			break
		}
		to++
	}
	return strings.TrimSpace(text[from:to])
}

// endsSentence reports whether the space at i follows the end of a
// sentence: a full stop, question or exclamation mark (maybe inside a
// closing quote) that does not close an abbreviation like "U.S.".
func endsSentence(text string, i int) bool {
	if text[i] != ' ' || i == 0 {
		return false
	}
	j := i
	r, size := utf8.DecodeLastRuneInString(text[:j])
	for r == '”' || r == '"' || r == '’' || r == ')' {
		j -= size
		r, size = utf8.DecodeLastRuneInString(text[:j])
	}
	if r != '.' && r != '?' && r != '!' {
		return false
	}
	if r == '.' {
		// "U.S." and "Mr." : a single capital or a short word before
		// the stop, followed by a capital, is read as an abbreviation.
		word := lastWord(text[:j-size])
		if isAbbreviation(word) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsUpper(next) || next == '“' || next == '"' || unicode.IsDigit(next)
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \n(“\"")
	return s[i+1:]
}

var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "gov": true, "sen": true, "rep": true, "no": true, "vs": true, "jr": true, "sr": true}

func isAbbreviation(w string) bool {
	if w == "" {
		return false
	}
	// Dotted initials: "U.S", "U.N", "D.C"
	if strings.Contains(w, ".") {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}
