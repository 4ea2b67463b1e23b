package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// floor is the least score a gold article must keep, so a rule change that
// makes the extractor worse fails the tests. The floors are what the rules
// honestly achieve, rounded down.
type floor struct {
	figR, figP, dateR, quoteR, speaker, actorR float64
}

// The floors as measured when the rules were written (figure recall,
// figure precision, date recall, quote recall, speaker accuracy, actor
// recall). stats is the article kept untouched while the rules were
// written and scored only at the end.
var goldFloors = map[string]floor{
	"embedded":  {1, 1, 1, 1, 1, 1},
	"press":     {1, 1, 1, 1, 1, 1},
	"poll":      {1, 1, 1, 1, 1, 1},
	"interview": {1, 1, 1, 1, 1, 1},
	"awards":    {1, 1, 1, 1, 1, 1},
	"budget":    {1, 1, 0.87, 1, 1, 1},
	"stats":     {1, 1, 1, 1, 1, 1},
}

func loadArticle(t testing.TB, name string) (string, Gold) {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata", "articles", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join("testdata", "articles", name+".gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := ParseGold(src)
	if err != nil {
		t.Fatal(err)
	}
	return string(text), g
}

func TestGold(t *testing.T) {
	for name, fl := range goldFloors {
		t.Run(name, func(t *testing.T) {
			text, g := loadArticle(t, name)
			ds, pruned := draft(text, Options{})
			if pruned != 0 {
				t.Errorf("the validation guard dropped %d items", pruned)
			}
			r := Score(g, ds, text)
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
			check("quote recall", r.Quotes.Recall, fl.quoteR)
			check("speaker accuracy", r.SpeakerAccuracy, fl.speaker)
			check("actor recall", r.Actors.Recall, fl.actorR)
		})
	}
}
