package extract

import (
	"strings"
	"testing"
	"time"
)

// TestAdversarialTexts runs texts built to defeat linear time: one endless
// sentence, thousands of namesakes, quotes and numbers everywhere. Each
// must finish well within a second per half megabyte.
func TestAdversarialTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const size = 1 << 19
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)+1)[:size] }
	cases := map[string]string{
		"namesakes":   fill("Ann Smith met Bob Smith and Cal Smith, Smith said, the senator added "),
		"no_stops":    fill("Senator Ana Ruiz said “we need 5 more” while about 300 people since January 20 watched and "),
		"quotes":      fill("“a” “b,” she said “c” "),
		"numbers":     fill("1 2 3 4,000 5% $6 7-8 between 9 and 10 "),
		"capitals":    fill("Of The And Of The Ministry Of Of "),
		"the_senator": fill("Senator Lily Téllez spoke and the senator and the senator "),
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			d, err := Extract(text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("took %v", el)
			}
			checkDraft(t, text, d)
		})
	}
}
