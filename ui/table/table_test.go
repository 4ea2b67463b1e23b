package table

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

var (
	header = []string{"id", "name", "summary"}
	rows   = [][]string{
		{"lily-tellez", "Lily Téllez", "Calls for more U.S. military cooperation against the cartels."},
		{"claudia-sheinbaum", "Claudia Sheinbaum", "Rejects the allegations as libel."},
	}
)

func TestPlainIsTabSeparated(t *testing.T) {
	got := Render(header, [][]string{{"a", "two\tcells?\nno", "x"}}, Options{Plain: true, Width: 10, Color: true})
	want := "id\tname\tsummary\na\ttwo cells? no\tx\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFitsWidth(t *testing.T) {
	for _, width := range []int{30, 50, 80, 200} {
		out := Render(header, rows, Options{Width: width})
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if w := ansi.StringWidth(line); w > width {
				t.Errorf("width %d: line of %d: %q", width, w, line)
			}
		}
		if width >= 50 && !strings.Contains(out, "claudia-sheinbaum ") {
			t.Errorf("width %d: the id column was cut:\n%s", width, out)
		}
	}
	if out := Render(header, rows, Options{Width: 200}); strings.Contains(out, "…") {
		t.Errorf("a wide terminal cut cells:\n%s", out)
	}
}

func TestFit(t *testing.T) {
	cases := []struct {
		natural []int
		width   int
		want    []int
	}{
		{[]int{5, 10, 20}, 0, []int{5, 10, 20}},        // no limit
		{[]int{5, 10, 20}, 100, []int{5, 10, 20}},      // fits
		{[]int{5, 10, 40}, 40, []int{5, 10, 21}},       // the long column gives way
		{[]int{5, 30, 40}, 40, []int{5, 16, 15}},       // two long columns share
		{[]int{18, 30, 30}, 40, []int{18, 9, 9}},       // the id column stays whole
		{[]int{30, 30, 30}, 40, []int{12, 12, 12}},     // unless it needs over half
		{[]int{4, 100}, 20, []int{4, 14}},              // gap counted
		{[]int{10, 10, 10, 10}, 10, []int{1, 1, 1, 1}}, // too narrow: never below 1
	}
	for _, c := range cases {
		if got := fit(c.natural, c.width); !slices.Equal(got, c.want) {
			t.Errorf("fit(%v, %d) = %v, want %v", c.natural, c.width, got, c.want)
		}
	}
}

func TestColorOnlyWhenAllowed(t *testing.T) {
	if out := Render(header, rows, Options{Width: 80}); strings.Contains(out, "\x1b") {
		t.Errorf("escape sequences without colour:\n%q", out)
	}
	if out := Render(header, rows, Options{Width: 80, Color: true}); !strings.Contains(out, "\x1b[") {
		t.Errorf("no styles with colour:\n%q", out)
	}
}

// TestSanitizes checks that a cell cannot drive the terminal.
func TestSanitizes(t *testing.T) {
	evil := [][]string{{"x", "\x1b]52;c;ZXZpbA==\x07 \u202eevil", "\u009b31m"}}
	out := Render(header, evil, Options{Width: 80})
	for _, bad := range []string{"\x1b", "\x07", "\u202e", "\u009b"} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds %q:\n%q", bad, out)
		}
	}
}

func TestEmpty(t *testing.T) {
	if got := Render(header, nil, Options{Width: 80}); got != "none\n" {
		t.Errorf("got %q", got)
	}
	if got := Render(header, nil, Options{Plain: true}); got != "id\tname\tsummary\n" {
		t.Errorf("plain: got %q", got)
	}
}
