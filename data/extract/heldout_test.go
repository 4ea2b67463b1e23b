package extract

import "testing"

// The held-out articles (testdata/heldout) were written and annotated
// without reading the rules: gov_release, poll, award, stats and wire
// before any rule here was read, then scored once (figures 0.86-1.00
// recall, dates 0.38-1.00, quotes 1.00 with speakers 0.67-1.00, actors
// 0.75-1.00). After that score their relative dates were set to null, the
// dataset's convention. fresh_health was written after that first score
// and fresh_prize after the rule changes it led to, each scored once
// before any further change (fresh_health: figures 0.94, actors 0.89;
// fresh_prize: figures 0.73, speakers 0.75, actors 0.82).
//
// The floors are what the rules reach now, rounded down. What stays
// missed is an annotation choice or a known gap:
//   - poll: "Yes on 7A" (a campaign whose name holds a number) is not an
//     actor; "respondents" speaking “a lot” becomes a group actor the gold
//     leaves out.
//   - fresh_prize: "its first six months" reads as a reference, not a
//     count; "Nov. 14" gets its year from "2022", the only year the text
//     gives, which the gold leaves open.
var heldoutFloors = map[string]floor{
	"gov_release":  {1, 1, 1, 1, 1, 1, 1, 1},
	"poll":         {1, 1, 1, 1, 1, 1, 0.87, 0.87},
	"award":        {1, 1, 1, 1, 1, 1, 1, 1},
	"stats":        {1, 1, 1, 1, 1, 1, 1, 1},
	"wire":         {1, 1, 1, 1, 1, 1, 1, 1},
	"fresh_health": {1, 1, 1, 1, 1, 1, 1, 1},
	"fresh_prize":  {0.9, 1, 1, 0.83, 1, 1, 1, 1},
}

func TestHeldout(t *testing.T) {
	for name, fl := range heldoutFloors {
		t.Run(name, func(t *testing.T) {
			text, g := loadGold(t, "heldout", name)
			scoreAtLeast(t, text, g, fl)
		})
	}
}
