package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// floor is the least score a gold article must keep, so a rule change that
// makes the extractor worse fails the tests. The floors are what the rules
// honestly achieve, rounded down.
// Fields left zero set no floor.
type floor struct {
	figR, figP, dateR, dateP, quoteR, speaker, actorR, actorP float64
}

// The floors as measured when the rules were written (figure recall,
// figure precision, date recall, quote recall, speaker accuracy, actor
// recall). stats is the article kept untouched while the rules were
// written and scored only at the end.
var goldFloors = map[string]floor{
	"embedded":  {figR: 1, figP: 1, dateR: 1, quoteR: 1, speaker: 1, actorR: 1},
	"press":     {figR: 1, figP: 1, dateR: 1, quoteR: 1, speaker: 1, actorR: 1},
	"poll":      {figR: 1, figP: 1, dateR: 1, quoteR: 1, speaker: 1, actorR: 1},
	"interview": {figR: 1, figP: 1, dateR: 1, quoteR: 1, speaker: 1, actorR: 1},
	"awards":    {figR: 1, figP: 1, dateR: 1, quoteR: 1, speaker: 1, actorR: 1},
	"budget":    {figR: 1, figP: 1, dateR: 0.87, quoteR: 1, speaker: 1, actorR: 1},
	"stats":     {figR: 1, figP: 1, dateR: 1, quoteR: 1, speaker: 1, actorR: 1},
}

func loadArticle(t testing.TB, name string) (string, Gold) {
	return loadGold(t, "articles", name)
}

// loadGold reads an article and its gold file from testdata/dir.
func loadGold(t testing.TB, dir, name string) (string, Gold) {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata", dir, name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join("testdata", dir, name+".gold.json"))
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
			scoreAtLeast(t, text, g, fl)
		})
	}
}

// scoreAtLeast drafts text, scores it against g, and fails where a score
// falls below its floor or the draft needed the validation guard.
func scoreAtLeast(t *testing.T, text string, g Gold, fl floor) {
	t.Helper()
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
	check("date precision", r.Dates.Precision, fl.dateP)
	check("quote recall", r.Quotes.Recall, fl.quoteR)
	check("speaker accuracy", r.SpeakerAccuracy, fl.speaker)
	check("actor recall", r.Actors.Recall, fl.actorR)
	check("actor precision", r.Actors.Precision, fl.actorP)
}
