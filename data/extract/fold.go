package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps accented Latin letters to their plain forms. Names are
// compared and turned into ids with accents aside ("Téllez" = "Tellez"), and
// the standard library has no Unicode decomposition, so the common Latin
// letters are listed here.
var foldTable = func() map[rune]string {
	pairs := []string{
		"àáâãäåāăą", "a", "ÀÁÂÃÄÅĀĂĄ", "A", "çćĉċč", "c", "ÇĆĈĊČ", "C",
		"ďđ", "d", "ĎĐ", "D", "èéêëēĕėęě", "e", "ÈÉÊËĒĔĖĘĚ", "E",
		"ĝğġģ", "g", "ĜĞĠĢ", "G", "ĥħ", "h", "ĤĦ", "H", "ìíîïĩīĭįı", "i",
		"ÌÍÎÏĨĪĬĮİ", "I", "ĵ", "j", "Ĵ", "J", "ķ", "k", "Ķ", "K", "ĺļľŀł", "l",
		"ĹĻĽĿŁ", "L", "ñńņňŉ", "n", "ÑŃŅŇ", "N", "òóôõöøōŏő", "o",
		"ÒÓÔÕÖØŌŎŐ", "O", "ŕŗř", "r", "ŔŖŘ", "R", "śŝşšș", "s", "ŚŜŞŠȘ", "S",
		"ţťŧț", "t", "ŢŤŦȚ", "T", "ùúûüũūŭůűų", "u", "ÙÚÛÜŨŪŬŮŰŲ", "U",
		"ŵ", "w", "Ŵ", "W", "ýÿŷ", "y", "ÝŸŶ", "Y", "źżž", "z", "ŹŻŽ", "Z",
		"ß", "ss", "æ", "ae", "Æ", "AE", "œ", "oe", "Œ", "OE",
		"’‘`´", "'", "“”„", "\"", "‐‑‒–—", "-",
	}
	m := map[rune]string{}
	for i := 0; i < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			m[r] = pairs[i+1]
		}
	}
	return m
}()

// fold lowercases s and removes accents, so that two spellings of one name
// compare equal.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := foldTable[r]; ok {
			b.WriteString(strings.ToLower(f))
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// slug turns a name into an id fragment: folded, with every run of other
// characters made one hyphen, and periods dropped so "U.S." gives "us".
func slug(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(s) {
		switch {
		case r == '.' || r == '\'':
			continue
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= max {
			break
		}
	}
	out := b.String()
	if len(out) > max {
		out = out[:max]
	}
	return strings.Trim(out, "-")
}
