package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a token is.
type kind uint8

const (
	kWord  kind = iota + 1 // letters, with inner hyphens and apostrophes
	kNum                   // digits, with thousands commas and a decimal point
	kPunct                 // any other single character
	kPoss                  // a possessive ending: ’s or 's
)

// token is one word, number or mark of the text with its byte span. Rules
// work on tokens so that every span they report is exact.
type token struct {
	start, end int
	kind       kind
	text       string
	lower      string
	upper      bool // starts with an upper-case letter
	caps       bool // two or more letters, all upper case
	glued      bool // no space before it
	newlines   int  // newlines in the space before it
	abbr       bool // a word whose final period is part of it ("U.S.", "Oct.")
	sent, para int
}

// doc is the tokenized text with its sentences and paragraphs.
type doc struct {
	text  string
	toks  []token
	sents []span // token index ranges
	paras []span // token index ranges
	// lowerSeen holds every word the text writes in lower case, which tells
	// a capitalized sentence opener ("Support for ...") from a name.
	lowerSeen map[string]bool
	// titleLine marks tokens on a line written in title case or capitals,
	// such as a headline, where capitals say nothing about names.
	titleLine []bool
}

// span is a half-open range [from, to) of indexes.
type span struct{ from, to int }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// abbrevs end with a period that belongs to the word, not the sentence.
var abbrevs = setOf("mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc corp ltd co no vs jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres atty supt dept univ est approx fig etc")

func newDoc(text string) *doc {
	d := &doc{text: text, lowerSeen: map[string]bool{}}
	d.tokenize()
	d.segment()
	d.markTitleLines()
	return d
}

func (d *doc) tokenize() {
	s := d.text
	d.toks = make([]token, 0, len(s)/5+1)
	glued, newlines := false, 2
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				newlines++
			}
			glued = false
			i += w
			continue
		}
		t := token{start: i, glued: glued, newlines: newlines}
		switch {
		case r < utf8.RuneSelf && isDigitByte(byte(r)):
			t.kind, i = kNum, scanNumber(s, i)
		case unicode.IsLetter(r):
			t.kind = kWord
			i, t.abbr = scanWord(s, i)
		case (r == '’' || r == '\'') && glued && isPossessive(s, i+w):
			t.kind, i = kPoss, i+w+1
		default:
			t.kind, i = kPunct, i+w
		}
		t.end = i
		t.text = s[t.start:t.end]
		if t.kind == kWord {
			t.lower = strings.ToLower(t.text)
			first, _ := utf8.DecodeRuneInString(t.text)
			t.upper = unicode.IsUpper(first)
			t.caps = isCaps(t.text)
			if !t.upper {
				d.lowerSeen[t.lower] = true
			}
		} else {
			t.lower = t.text
		}
		d.toks = append(d.toks, t)
		glued, newlines = true, 0
	}
}

// isPossessive reports whether an apostrophe ending at i starts "s" and a
// word end, as in "Mexico’s".
func isPossessive(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	if i+1 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func isCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// scanNumber reads digits with thousands commas ("11,600") and one decimal
// part ("2.8").
func scanNumber(s string, i int) int {
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	for i+3 < len(s) && s[i] == ',' && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) &&
		(i+4 == len(s) || !isDigitByte(s[i+4])) {
		i += 4
	}
	if i+1 < len(s) && s[i] == '.' && isDigitByte(s[i+1]) {
		i++
		for i < len(s) && isDigitByte(s[i]) {
			i++
		}
	}
	return i
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// scanWord reads a word: letters and marks, inner apostrophes ("can’t",
// "O’Brien", but not a possessive), inner hyphens ("second-largest"),
// dotted abbreviations ("U.S.") and listed abbreviations with their period.
func scanWord(s string, i int) (int, bool) {
	start := i
	abbr := false
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			i += w
			continue
		case (r == '’' || r == '\'') && letterAt(s, i+w) && !isPossessive(s, i+w):
			i += w
			continue
		case r == '-' && letterAt(s, i+1):
			i++
			continue
		case r == '.':
			// "U.S.", "a.m.": single letters joined by periods.
			if j := dottedEnd(s, start, i); j > i {
				i, abbr = j, true
				if i < len(s) && s[i] == '-' && letterAt(s, i+1) {
					i++
					continue
				}
				return i, abbr
			}
			if w := strings.ToLower(s[start:i]); abbrevs[w] && (w != "no" || numberFollows(s, i+1)) {
				return i + 1, true
			}
			// An initial: "J. Smith".
			if n := utf8.RuneCountInString(s[start:i]); n == 1 {
				first, _ := utf8.DecodeRuneInString(s[start:])
				if unicode.IsUpper(first) {
					return i + 1, true
				}
			}
		}
		break
	}
	return i, abbr
}

// numberFollows reports a digit after optional spaces at i: "No. 1".
func numberFollows(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i < len(s) && isDigitByte(s[i])
}

// dottedEnd returns the end of a dotted abbreviation ("U.S.", "a.m.")
// whose first letter starts at start and first period is at dot, or dot if
// the word is not one.
func dottedEnd(s string, start, dot int) int {
	if utf8.RuneCountInString(s[start:dot]) != 1 {
		return dot
	}
	j, count := dot, 0
	for j+1 < len(s) && s[j] == '.' && letterAt(s, j+1) {
		_, w := utf8.DecodeRuneInString(s[j+1:])
		if k := j + 1 + w; k < len(s) && s[k] == '.' {
			j = k
			count++
			continue
		}
		break
	}
	if count == 0 {
		return dot
	}
	return j + 1
}

// sentenceFinal marks the punctuation that can end a sentence.
func sentenceFinal(t token) bool {
	return t.kind == kPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…")
}

// closer reports a closing quote or bracket written against the previous
// word: it belongs to the sentence before it.
func closer(t token) bool {
	if t.kind != kPunct || !t.glued {
		return false
	}
	switch t.text {
	case "”", "’", "\"", "'", ")", "]", "»":
		return true
	}
	return false
}

// starters are capitalized words that open sentences; after an abbreviation
// such as "U.S." they say a new sentence began.
var starters = setOf("the a an he she it they we i this that these those but and in on at for his her their its our there when while after before if as some many most no one")

func (d *doc) segment() {
	sent, para := 0, 0
	sentStart, paraStart := 0, 0
	lastFinal := false
	lineStart := 0
	for i := range d.toks {
		t := &d.toks[i]
		if i > 0 {
			prev := d.toks[i-1]
			newPara := t.newlines >= 2
			brk := newPara
			switch {
			case brk:
			case lastFinal && !closer(*t):
				brk = t.upper || t.kind == kNum || (t.kind == kPunct && !t.glued) || t.newlines > 0
			case prev.abbr && prev.kind == kWord && t.upper && (t.newlines > 0 || starters[t.lower]) && !titles[bare(prev.lower)]:
				brk = true
			case t.newlines == 1 && i > 0 && prev.end-lineStart < 60 && !sentenceFinal(prev):
				brk = true
			}
			if brk {
				d.sents = append(d.sents, span{sentStart, i})
				sentStart = i
				sent++
			}
			if newPara {
				d.paras = append(d.paras, span{paraStart, i})
				paraStart = i
				para++
			}
		}
		if t.newlines > 0 {
			lineStart = t.start
		}
		t.sent, t.para = sent, para
		if sentenceFinal(*t) {
			lastFinal = true
		} else if !closer(*t) {
			lastFinal = false
		}
	}
	if len(d.toks) > 0 {
		d.sents = append(d.sents, span{sentStart, len(d.toks)})
		d.paras = append(d.paras, span{paraStart, len(d.toks)})
	}
}

// markTitleLines flags lines whose words are mostly capitalized: headlines
// and letterheads, where capitals do not mark names.
func (d *doc) markTitleLines() {
	d.titleLine = make([]bool, len(d.toks))
	for i := 0; i < len(d.toks); {
		j := i + 1
		for j < len(d.toks) && d.toks[j].newlines == 0 {
			j++
		}
		words, caps := 0, 0
		for k := i; k < j; k++ {
			t := d.toks[k]
			if t.kind != kWord || len(t.text) < 4 {
				continue
			}
			words++
			if t.upper {
				caps++
			}
		}
		// A headline has no final period and is short; a sentence of
		// names ("Senator Lily Téllez spoke.") is not one.
		last := d.toks[j-1]
		endsSentence := last.text == "." || (last.abbr && strings.HasSuffix(last.text, "."))
		if words >= 2 && caps*10 >= words*7 && !endsSentence && d.toks[j-1].end-d.toks[i].start < 150 {
			for k := i; k < j; k++ {
				d.titleLine[k] = true
			}
		}
		i = j
	}
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isWord reports whether token i exists and is the word w (lower case).
func (d *doc) isWord(i int, ws ...string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != kWord {
		return false
	}
	for _, w := range ws {
		if d.toks[i].lower == w {
			return true
		}
	}
	return false
}

// isText reports whether token i exists and its text is one of ts.
func (d *doc) isText(i int, ts ...string) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	for _, w := range ts {
		if d.toks[i].text == w {
			return true
		}
	}
	return false
}
