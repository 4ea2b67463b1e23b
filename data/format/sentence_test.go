package format

import (
	"strings"
	"testing"
)

func TestSentence(t *testing.T) {
	text := "National Action Party (PAN) Senator Lily Téllez has called for increased U.S. military cooperation. " +
		"“This is nothing new,” Téllez stated. U.S. President Donald Trump signed an order on January 20. " +
		"Sheinbaum rejected these allegations as “libel.” Dr. Ruiz agreed!\n\nA new paragraph? Yes. It went on"
	cases := []struct {
		span, want string
	}{
		{"Lily Téllez", "National Action Party (PAN) Senator Lily Téllez has called for increased U.S. military cooperation."},
		// A quote that ends in a comma does not end the sentence.
		{"This is nothing new", "“This is nothing new,” Téllez stated."},
		// "U.S." before a capital is an abbreviation, not a sentence end.
		{"Donald Trump", "U.S. President Donald Trump signed an order on January 20."},
		// A closing quote after the period belongs to the sentence.
		{"libel", "Sheinbaum rejected these allegations as “libel.”"},
		{"Ruiz", "Dr. Ruiz agreed!"},
		// A line break always ends a sentence.
		{"paragraph", "A new paragraph?"},
		// The last sentence may have no end mark.
		{"went", "It went on"},
		// A span across a sentence end gives both sentences.
		{"stated. U.S.", "“This is nothing new,” Téllez stated. U.S. President Donald Trump signed an order on January 20."},
	}
	for _, c := range cases {
		start := strings.Index(text, c.span)
		if start < 0 {
			t.Fatalf("%q not in text", c.span)
		}
		s, e := Sentence(text, start, start+len(c.span))
		if got := text[s:e]; got != c.want {
			t.Errorf("Sentence(%q) = %q, want %q", c.span, got, c.want)
		}
	}
}

// TestSentenceEdges checks that the result always holds the span, even for
// spans of white space or at the ends of the text, and odd offsets.
func TestSentenceEdges(t *testing.T) {
	text := "  One.  Two é.  "
	for start := 0; start <= len(text); start++ {
		for end := start; end <= len(text); end++ {
			s, e := Sentence(text, start, end)
			if s > start || e < end || s < 0 || e > len(text) {
				t.Fatalf("Sentence(%d, %d) = %d, %d", start, end, s, e)
			}
		}
	}
	if s, e := Sentence("", 0, 0); s != 0 || e != 0 {
		t.Fatalf("empty text: %d, %d", s, e)
	}
}

// TestSentenceBounded checks that an unpunctuated or space-filled text
// gives a bounded context quickly.
func TestSentenceBounded(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("word ", 200000),
		"a" + strings.Repeat(" ", 1<<20) + "b",
		strings.Repeat("é", 100000),
	} {
		mid := len(text) / 2
		for mid > 0 && text[mid]&0xc0 == 0x80 {
			mid--
		}
		s, e := Sentence(text, mid, mid)
		if e-s > 2*maxContext+4 || s > mid || e < mid {
			t.Errorf("context %d..%d around %d", s, e, mid)
		}
		if !utf8ValidAt(text, s) || !utf8ValidAt(text, e) {
			t.Errorf("context cuts a character: %d..%d", s, e)
		}
	}
}

func utf8ValidAt(text string, i int) bool { return i == len(text) || text[i]&0xc0 != 0x80 }
