package synth

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// article accumulates the story text. Every piece that an item cites is
// written through span, which records the byte offset it lands at: that is
// what makes every evidence span stand exactly where it says, and lets
// validation check each span in time proportional to its length.
type article struct {
	b strings.Builder
	// sentences counts sentences in the current paragraph, to break the
	// text into paragraphs of a readable length.
	sentences int
}

// put writes plain text that nothing cites.
func (a *article) put(parts ...string) {
	for _, p := range parts {
		a.b.WriteString(p)
	}
}

// span writes s and returns the evidence that cites it at its offset.
func (a *article) span(s string) model.Evidence {
	start := a.b.Len()
	a.b.WriteString(s)
	return model.Evidence{Text: s, Start: &start}
}

// endSentence closes a sentence and starts a new paragraph every few.
func (a *article) endSentence(perParagraph int) {
	a.sentences++
	if a.sentences >= perParagraph {
		a.b.WriteString("\n\n")
		a.sentences = 0
		return
	}
	a.b.WriteString(" ")
}

func (a *article) String() string { return strings.TrimRight(a.b.String(), " \n") + "\n" }
