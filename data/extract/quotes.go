package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is one quoted passage: the byte offsets of its marks and of the
// words inside.
type quoteSpan struct {
	open, close   int // offsets of the opening mark and just past the closing one
	start, end    int // the quoted words, trimmed
	para          int
	firstTok      int // first token inside
	afterTok      int // first token after the closing mark
	speaker       int // actor index, -1 unknown
	title         bool
	inlineInQuote bool
}

// titleWords before a quotation mark say it names a work, not speech.
var titleWords = setOf("titled entitled hashtag")

// titleCased reports a short passage whose every longer word is
// capitalized, as a book or film title is ("The Salt Road"), while speech
// is written in sentence case.
func titleCased(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	long := 0
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	if long == 0 {
		return false
	}
	last := s[len(s)-1]
	return last != '.' && last != '!' && last != '?'
}

// findQuotes finds quoted passages paragraph by paragraph. Curly marks pair
// up directly; straight marks pair in order within the paragraph. A quote
// still open at a paragraph's end closes there, as in the convention for
// quotes that run over several paragraphs.
func (x *extractor) findQuotes() {
	d := x.d
	for pi, p := range d.paras {
		if p.from >= p.to {
			continue
		}
		start, end := d.toks[p.from].start, d.toks[p.to-1].end
		x.quotesIn(start, end, pi)
	}
}

func (x *extractor) quotesIn(start, end, para int) {
	s := x.d.text
	openAt := -1
	var closeWith rune
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case openAt < 0 && (r == '“' || r == '«' || r == '„'):
			openAt, closeWith = i, map[rune]rune{'“': '”', '«': '»', '„': '“'}[r]
		case openAt < 0 && r == '"' && opensHere(s, i, w, start):
			openAt, closeWith = i, '"'
		case openAt < 0 && (r == '‘' || r == '\'') && opensHere(s, i, w, start) && singleCloses(s, i+w, end, r):
			openAt, closeWith = i, map[rune]rune{'‘': '’', '\'': '\''}[r]
		case openAt >= 0 && r == closeWith && (closeWith != '’' && closeWith != '\'' || closesHere(s, i, w, end)):
			x.addQuote(openAt, i+w, utf8.RuneLen(runeAt(s, openAt)), w, para)
			openAt = -1
		}
		i += w
	}
	if openAt >= 0 {
		x.addQuote(openAt, end, utf8.RuneLen(runeAt(s, openAt)), 0, para)
	}
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// opensHere: a straight or single mark opens a quote when it stands at a
// word's start: after space or an opening bracket, before a letter or digit.
func opensHere(s string, i, w, paraStart int) bool {
	if i > paraStart {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(p) && p != '(' && p != '[' && p != '—' && p != '–' && p != '-' && p != '/' {
			return false
		}
	}
	if i+w >= len(s) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(s[i+w:])
	return unicode.IsLetter(n) || unicode.IsDigit(n) || n == '.' || n == '$' || n == '€' || n == '£'
}

// closesHere: a single mark closes a quote when no letter follows it, so
// the apostrophe of "don’t" never does.
func closesHere(s string, i, w, end int) bool {
	if i+w >= end {
		return true
	}
	n, _ := utf8.DecodeRuneInString(s[i+w:])
	return !unicode.IsLetter(n) && !unicode.IsDigit(n)
}

// singleCloses looks ahead for a closing single mark before the
// paragraph's end: without one, a lone ‘ or ' is an apostrophe.
func singleCloses(s string, from, end int, open rune) bool {
	want := '’'
	if open == '\'' {
		want = '\''
	}
	for i := from; i < end; {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == want && closesHere(s, i, w, end) {
			p, _ := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsSpace(p) && p != 's' {
				return true
			}
		}
		if r == '\n' {
			return false
		}
		i += w
	}
	return false
}

// addQuote records the passage between the marks, trimmed of spaces and of
// a trailing comma that belongs to the sentence around it.
func (x *extractor) addQuote(open, close, openW, closeW, para int) {
	s := x.d.text
	a, b := open+openW, close-closeW
	for a < b {
		r, w := utf8.DecodeRuneInString(s[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) && r != ',' && r != ';' {
			break
		}
		b -= w
	}
	if b <= a || !strings.ContainsFunc(s[a:b], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return
	}
	q := quoteSpan{open: open, close: close, start: a, end: b, para: para, speaker: -1}
	q.firstTok = x.tokenAt(a)
	q.afterTok = x.tokenAt(close)
	// "the film “Roma”": a title, not speech.
	if k := x.tokenAt(open) - 1; k >= 0 && x.d.toks[k].kind == kWord && titleWords[x.d.toks[k].lower] || titleCased(s[a:b]) {
		q.title = true
	}
	x.quotes = append(x.quotes, q)
}

// tokenAt returns the index of the first token starting at or after byte
// offset off.
func (x *extractor) tokenAt(off int) int {
	toks := x.d.toks
	lo, hi := 0, len(toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if toks[mid].start < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// inQuote reports whether token i stands inside a quoted passage.
func (x *extractor) inQuote(i int) bool { return x.quoteAround(i) >= 0 }

// quoteAround returns the index of the quote holding token i, or -1;
// quotes are in text order, so a binary search finds the candidate.
func (x *extractor) quoteAround(i int) int {
	off := x.d.toks[i].start
	lo, hi := 0, len(x.quotes)
	for lo < hi {
		mid := (lo + hi) / 2
		if x.quotes[mid].close <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(x.quotes) && x.quotes[lo].open < off {
		return lo
	}
	return -1
}
