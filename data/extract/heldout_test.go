package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// heldoutFloor is the least score a held-out article must keep.
type heldoutFloor struct {
	figR, figP, dateR, dateP, quoteR, speaker, actorR, actorP float64
}

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
var heldoutFloors = map[string]heldoutFloor{
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
			text, err := os.ReadFile(filepath.Join("testdata", "heldout", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(filepath.Join("testdata", "heldout", name+".gold.json"))
			if err != nil {
				t.Fatal(err)
			}
			g, err := ParseGold(src)
			if err != nil {
				t.Fatal(err)
			}
			ds, pruned := draft(string(text), Options{})
			if pruned != 0 {
				t.Errorf("the validation guard dropped %d items", pruned)
			}
			r := Score(g, ds, string(text))
			t.Logf("\n%s\n%s", r.Table(), r.Details())
			if len(r.Warnings) > 0 {
				t.Errorf("gold file problems: %v", r.Warnings)
			}
			check := func(what string, got, min float64) {
				if got < min {
					t.Errorf("%s = %.2f, below the floor %.2f", what, got, min)
				}
			}
			check("figure recall", r.Figures.Recall, fl.figR)
			check("figure precision", r.Figures.Precision, fl.figP)
			check("date recall", r.Dates.Recall, fl.dateR)
			check("date precision", r.Dates.Precision, fl.dateP)
			check("quote recall", r.Quotes.Recall, fl.quoteR)
			check("speaker accuracy", r.SpeakerAccuracy, fl.speaker)
			check("actor recall", r.Actors.Recall, fl.actorR)
			check("actor precision", r.Actors.Precision, fl.actorP)
		})
	}
}
