package model

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folding makes search forgiving the way readers expect: case and accents
// do not matter ("tellez" finds "Téllez"), and neither do thousands
// separators ("11600" finds "11,600").

// foldTable maps the accented Latin letters to their bare lowercase form.
// It is built once at start-up and only read after, so it is safe to share.
var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	for r := rune(0xc0); r <= 0x24f; r++ {
		d := norm.NFD.String(string(r))
		base, _ := utf8.DecodeRuneInString(d)
		if base < 0x80 {
			m[r] = unicode.ToLower(base)
		}
	}
	m['ß'] = 's'
	m['ø'], m['Ø'] = 'o', 'o'
	m['đ'], m['Đ'] = 'd', 'd'
	m['ł'], m['Ł'] = 'l', 'l'
	return m
}()

// foldRune returns the search form of r.
func foldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	return unicode.ToLower(r)
}

// isDigit is the ASCII test; number folding only concerns ASCII digits.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// fold returns the search form of s: lowercase, accents removed, commas
// between digits dropped. Combining marks are dropped too, so decomposed
// accents fold like precomposed ones.
func fold(s string) string {
	return string(foldInto(nil, s, nil))
}

// foldInto appends the search form of s to dst. When origin is not nil, it
// also appends, for every byte written, the index of the rune of s it came
// from, so that matches can be mapped back to the original characters.
func foldInto(dst []byte, s string, origin *[]int) []byte {
	runeIndex := -1
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			// ASCII, most of any text: no decoding, no table. The same
			// rules as below: commas between digits dropped, upper case
			// lowered.
			runeIndex++
			i++
			if b == ',' && i > 1 && isDigit(s[i-2]) && i < len(s) && isDigit(s[i]) {
				continue
			}
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
			if origin != nil {
				*origin = append(*origin, runeIndex)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		runeIndex++
		if r == ',' && i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]) {
			i += size
			continue
		}
		i += size
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		f := foldRune(r)
		before := len(dst)
		dst = utf8.AppendRune(dst, f)
		if origin != nil {
			for range len(dst) - before {
				*origin = append(*origin, runeIndex)
			}
		}
	}
	return dst
}

// isWordByte reports whether a folded byte is part of a word. Bytes of
// non-ASCII runes count as word bytes.
func isWordByte(b byte) bool {
	return b >= 0x80 || isDigit(b) || ('a' <= b && b <= 'z')
}
