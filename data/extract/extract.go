// Package extract drafts a dossier dataset from the text of an English news
// article, with deterministic rules and no network or model: figures with
// their qualifiers and units, dates normalized with their precision, quotes
// with their speakers, and the actors named. Every item cites the exact
// words it came from, so the draft validates and an editor can check each
// fact against the article.
//
// The package also scores a draft against a hand-made gold file (Score),
// so the extractor's quality is measured, not claimed.
package extract

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/model"
)

// Options adjust a draft.
type Options struct {
	// Title, if set, is the story's title, marked editorial.
	Title string
	// Published, if set (YYYY, YYYY-MM or YYYY-MM-DD), is the article's
	// date: it anchors dates written without a year. Without it, the latest
	// date the text gives with its year is used.
	Published string
}

// ErrEmpty is returned for a text with nothing to extract from.
var ErrEmpty = errors.New("extract: the text is empty")

// ErrNotUTF8 is returned for a text that is not valid UTF-8.
var ErrNotUTF8 = errors.New("extract: the text is not valid UTF-8")

// extractor holds one run's state. Rules read the tokens and record what
// they find; build turns the findings into a dataset.
type extractor struct {
	d       *doc
	opts    Options
	claimed []bool // tokens already part of a date or figure
	inRange bool   // reading the second number of a range

	dates   []dateMention
	figures []figure
	quotes  []quoteSpan
	actors  []actor
	byName  map[string]int
	// bySurname indexes persons by the last word of their name.
	bySurname map[string][]int
	mentions  []mention

	unknownSpeaker int
	future         map[int]bool // sentence -> speaks of the future
}

// Extract drafts a dataset from text. The draft always validates; what the
// rules cannot decide is left out or marked (an unattributed quote goes to
// an "Unknown speaker" actor, an inferred year says why).
func Extract(text string, opts Options) (*model.Dataset, error) {
	if !utf8.ValidString(text) {
		return nil, ErrNotUTF8
	}
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	ds, _ := draft(text, opts)
	return ds, nil
}

// draft runs the rules in order and reports how many items the final
// validation guard had to drop (zero, unless a rule is wrong).
func draft(text string, opts Options) (*model.Dataset, int) {
	x := &extractor{d: newDoc(text), opts: opts, unknownSpeaker: -1}
	x.claimed = make([]bool, len(x.d.toks))
	x.findQuotes()
	x.findDates()
	x.findFigures()
	x.findActors()
	x.findSpeakers()
	ds := x.build()
	return ds, prune(ds)
}
