// Package detail is the explorer's detail pane: one item described as a
// document of fields, paragraphs, charts and groups of links to related
// items. The same document is drawn styled on screen and as plain lines in
// --plain mode, so the two never say different things.
package detail

import (
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
)

// Tone says how a part reads; it picks a style and, in plain text, a word
// or marker, so the meaning survives without colour.
type Tone int

// The tones.
const (
	Normal Tone = iota
	Muted
	Derived
	Warn
	Quote
)

// Link is a related item the reader can move to with j/k and open with
// enter.
type Link struct {
	Ref  model.Ref
	Text string // sanitized, one line
	Note string // short, shown muted after the text
}

type partKind int

const (
	field partKind = iota
	block
	group
	custom
)

// part is one piece of a Doc.
type part struct {
	kind  partKind
	label string
	text  string
	tone  Tone
	links []Link
	more  int
	lines []string // custom: styled lines
	plain []string // custom: their text form
}

// Doc describes one item. Every string put in a Doc must be sanitized
// already (common.Safe / common.SafeText).
type Doc struct {
	Title string
	Tags  []string
	parts []part
}

// Field adds a labelled value ("Role  Senator"). Empty values are skipped.
func (d *Doc) Field(label, value string, tone Tone) {
	if value == "" {
		return
	}
	d.parts = append(d.parts, part{kind: field, label: label, text: value, tone: tone})
}

// Block adds a paragraph under a heading.
func (d *Doc) Block(heading, text string, tone Tone) {
	if text == "" {
		return
	}
	d.parts = append(d.parts, part{kind: block, label: heading, text: text, tone: tone})
}

// Group adds a heading and its links; more counts links left out.
func (d *Doc) Group(heading string, links []Link, more int) {
	if len(links) == 0 {
		return
	}
	d.parts = append(d.parts, part{kind: group, label: heading, links: links, more: more})
}

// Custom adds pre-drawn lines (a chart) and the text form that stands for
// them in plain mode.
func (d *Doc) Custom(lines, plain []string) {
	d.parts = append(d.parts, part{kind: custom, lines: lines, plain: plain})
}

// Links returns every link in order.
func (d *Doc) Links() []Link {
	var out []Link
	for _, p := range d.parts {
		out = append(out, p.links...)
	}
	return out
}

// MaxLinks caps the links one group shows, so an actor with ten thousand
// events does not make a detail pane of ten thousand lines; the rest are
// counted, and search narrows them.
const MaxLinks = 50

// InArticle adds the sentences of the article around an item's first two
// evidence spans, the first headed "In the article".
func (d *Doc) InArticle(text string, evidence []model.Evidence) {
	for k, ev := range evidence[:min(len(evidence), 2)] {
		s, t := ev.Span()
		heading := ""
		if k == 0 {
			heading = "In the article"
		}
		d.Block(heading, common.Safe(common.Sentence(text, s, t)), Quote)
	}
}
