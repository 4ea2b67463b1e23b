package common

import "testing"

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
