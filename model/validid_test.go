package model

import (
	"regexp"
	"strings"
	"testing"
)

func TestValidIDMatchesThePattern(t *testing.T) {
	pattern := regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)
	cases := []string{"", "a", "-a", "a-", "fig-1", "Fig", "a_b", "a b", "é", "a\x1b", "0", strings.Repeat("a", 64), strings.Repeat("a", 65), "a--b"}
	for _, id := range cases {
		if got, want := validID(id), pattern.MatchString(id); got != want {
			t.Errorf("validID(%q) = %v, the pattern says %v", id, got, want)
		}
	}
}
