package safe

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Lily Téllez", "Lily Téllez"},
		{"newline and tab kept", "a\nb\tc", "a\nb\tc"},
		{"csi colour", "\x1b[31mred\x1b[0m", "␛[31mred␛[0m"},
		{"osc 52 clipboard", "\x1b]52;c;ZXZpbA==\x07", "␛]52;c;ZXZpbA==␇"},
		{"osc title", "\x1b]0;pwned\x1b\\", "␛]0;pwned␛\\"},
		{"8-bit csi", "a\u009b31mb", "a\ufffd31mb"},
		{"del", "a\x7fb", "a␡b"},
		{"bidi override", "admin\u202e\u2066 evil\u2069", "admin evil"},
		{"zero width", "te\u200bllez\ufeff", "tellez"},
		{"invalid utf8", "a\xffb", "a\ufffdb"},
		{"zalgo capped", "e\u0301\u0301\u0301\u0301", "e\u0301\u0301"},
		{"cap not reset by a zero-width", "e\u0301\u0301\u200b\u0301\u0301", "e\u0301\u0301"},
		{"cjk and emoji kept", "東京 👩‍💻", "東京 👩‍💻"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestLineFlattens(t *testing.T) {
	if got := Line("a\nb\tc\x1b"); got != "a b c␛" {
		t.Errorf("Line = %q", got)
	}
}

func TestNoControlSurvives(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0x3000; r++ {
		all.WriteRune(r)
	}
	out := Text(all.String())
	for _, r := range out {
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) || invisible(r) {
			t.Fatalf("control %U survived", r)
		}
	}
	if len(out) > 3*all.Len() {
		t.Fatalf("output grew from %d to %d bytes", all.Len(), len(out))
	}
}
