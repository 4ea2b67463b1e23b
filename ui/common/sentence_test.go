package common

import (
	"strings"
	"testing"
)

func TestSentence(t *testing.T) {
	text := "Trump spoke. U.S. President Donald Trump signed an order on January 20. It passed.\nNext para “libel.” Then more."
	cases := []struct{ span, want string }{
		{"Donald Trump", "U.S. President Donald Trump signed an order on January 20."},
		{"Trump spoke", "Trump spoke."},
		{"It passed", "It passed."},
		{"libel", "Next para “libel.”"},
		{"Then", "Then more."},
	}
	for _, c := range cases {
		i := indexOf(text, c.span)
		if got := Sentence(text, i, i+len(c.span)); got != c.want {
			t.Errorf("Sentence(%q) = %q, want %q", c.span, got, c.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestWrapMatches(t *testing.T) {
	s := "The Sheinbaum administration defends its efforts, with Omar García Harfuch reporting"
	idx := []int{}
	start := len([]rune("The Sheinbaum administration defends its efforts, with Omar García "))
	for i := range len("Harf") {
		idx = append(idx, start+i)
	}
	lines, per := WrapMatches(s, 30, idx)
	for i, l := range lines {
		for _, j := range per[i] {
			if r := []rune(l)[j]; !strings.ContainsRune("Harf", r) {
				t.Errorf("line %d %q: index %d is %q", i, l, j, r)
			}
		}
	}
	n := 0
	for _, p := range per {
		n += len(p)
	}
	if n != 4 {
		t.Errorf("%d of 4 matches placed: %v", n, per)
	}
}
