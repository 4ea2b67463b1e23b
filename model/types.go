// Package model holds dossier's domain types: a story dataset of sourced
// facts, its validation, and the filtering and search over it.
//
// "model" here means the domain model, not a Bubble Tea model: this package
// never imports a terminal library. The UI lives in package ui.
package model

// SchemaVersion is the dataset format version this build reads and writes.
const SchemaVersion = 1

// Dataset is one story: the article text and every fact drawn from it.
// Field names are the stable names used in JSON and YAML files and output.
type Dataset struct {
	SchemaVersion int      `json:"schema_version"`
	Story         Story    `json:"story"`
	Topics        []Topic  `json:"topics"`
	Actors        []Actor  `json:"actors"`
	Events        []Event  `json:"events"`
	Figures       []Figure `json:"figures"`
	Quotes        []Quote  `json:"quotes"`
	Claims        []Claim  `json:"claims"`
	Series        []Series `json:"series"`
}

// Story is the article and what is known of where it came from.
type Story struct {
	Title string `json:"title"`
	// TitleEditorial is true when the title was written for the dataset and
	// is not the article's own headline.
	TitleEditorial bool `json:"title_editorial"`
	// Text is the full article, byte for byte. Every evidence offset points
	// into it.
	Text string `json:"text,omitempty"`
	// TextFile names a file beside the dataset that holds the article text,
	// used instead of Text by hand-edited datasets. It must be a plain
	// relative path in the dataset's own folder. The loader fills Text from
	// it and clears it, so output always carries the text inline.
	TextFile string `json:"text_file,omitempty"`
	Source   Source `json:"source"`
}

// Source is what is known of the article's origin. A nil field is unknown,
// never guessed.
type Source struct {
	Publisher *string `json:"publisher"`
	Author    *string `json:"author"`
	URL       *string `json:"url"`
	// Published and Retrieved are ISO dates (YYYY, YYYY-MM or YYYY-MM-DD).
	Published *string `json:"published"`
	Retrieved *string `json:"retrieved"`
	// Language is a BCP 47 tag such as "en".
	Language *string `json:"language"`
}

// Topic is a theme that items are filed under; filters select topics.
type Topic struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

// ActorKind is the closed set of what an actor can be.
type ActorKind string

// The actor kinds, in the order the explorer groups them.
const (
	KindPerson       ActorKind = "person"
	KindParty        ActorKind = "party"
	KindGovernment   ActorKind = "government"
	KindCountry      ActorKind = "country"
	KindOrganization ActorKind = "organization"
	KindGroup        ActorKind = "group"
)

// ActorKinds lists every actor kind in display order.
var ActorKinds = []ActorKind{KindPerson, KindParty, KindGovernment, KindCountry, KindOrganization, KindGroup}

// Actor is a person, party, government, country, organization or group.
type Actor struct {
	ID   string    `json:"id"`
	Name string    `json:"name"`
	Kind ActorKind `json:"kind"`
	// Role is the actor's role as the article states it ("Senator"), or
	// empty when it states none.
	Role string `json:"role"`
	// Affiliations are ids of other actors this one belongs to.
	Affiliations []string `json:"affiliations"`
	// Aliases are the other names and titles the article uses for it.
	Aliases  []string   `json:"aliases"`
	Topics   []string   `json:"topics"`
	Evidence []Evidence `json:"evidence"`
}

// Precision says how much of a date the article gives.
type Precision string

// The precisions a TimeRef can have.
const (
	PrecisionDay      Precision = "day"
	PrecisionMonth    Precision = "month"
	PrecisionYear     Precision = "year"
	PrecisionRelative Precision = "relative"
	PrecisionUnknown  Precision = "unknown"
)

// TimeRef is a moment as the article writes it, with its normalized form.
type TimeRef struct {
	// Text is the words as written ("January 20", "Tuesday").
	Text string `json:"text"`
	// Date is YYYY, YYYY-MM or YYYY-MM-DD to match Precision; nil for
	// relative and unknown dates.
	Date      *string   `json:"date"`
	Precision Precision `json:"precision"`
	// Inferred is true when any part of Date is not in the text (such as a
	// year); InferredWhy says how it was inferred.
	Inferred    bool   `json:"inferred"`
	InferredWhy string `json:"inferred_why,omitempty"`
}

// Event is something that happened, for the timeline.
type Event struct {
	ID string `json:"id"`
	// Summary says what happened, in the dataset editor's words.
	Summary  string     `json:"summary"`
	Actors   []string   `json:"actors"`
	When     TimeRef    `json:"when"`
	Topics   []string   `json:"topics"`
	Evidence []Evidence `json:"evidence"`
}

// Comparator is the qualifier on a figure's value, written as a symbol.
type Comparator string

// The closed set of comparators.
const (
	Exact    Comparator = "="  // exactly
	MoreThan Comparator = ">"  // more than, over
	AtLeast  Comparator = ">=" // at least
	About    Comparator = "~"  // about, nearly, around
	LessThan Comparator = "<"  // less than, under, fewer than
	AtMost   Comparator = "<=" // at most, up to, no more than
)

// Comparators lists every valid comparator.
var Comparators = []Comparator{Exact, MoreThan, AtLeast, About, LessThan, AtMost}

// Direction is which way a change goes; a change keeps its size positive.
type Direction string

// The directions of a change. None means the figure is not a change.
const (
	None     Direction = ""
	Increase Direction = "increase"
	Decrease Direction = "decrease"
)

// Period is the span of time a figure covers. Either end may be nil (open).
type Period struct {
	From *TimeRef `json:"from"`
	To   *TimeRef `json:"to"`
}

// Derivation says how a derived figure was computed from others.
type Derivation struct {
	// Formula is the arithmetic as text, e.g. "100 - 46 - 50".
	Formula string `json:"formula"`
	// Inputs are the ids of the figures the formula uses.
	Inputs []string `json:"inputs"`
	// Note explains what the derived value means and what it does not.
	Note string `json:"note"`
}

// Figure is a number the article states, or one derived from those.
type Figure struct {
	ID         string     `json:"id"`
	Label      string     `json:"label"`
	Value      float64    `json:"value"`
	Comparator Comparator `json:"comparator"`
	// Unit is the short unit ("%", "t", "arrests"); UnitLong its long form
	// ("percent", "tonnes").
	Unit     string `json:"unit"`
	UnitLong string `json:"unit_long"`
	// Currency is the ISO 4217 code when the figure is money; the value is
	// then in units of that currency.
	Currency string `json:"currency,omitempty"`
	// Measure is what is counted ("arrests for high-impact crimes").
	Measure string `json:"measure"`
	// Direction is set when the figure is a change ("12% decrease").
	Direction Direction `json:"direction,omitempty"`
	// ComparedTo is the baseline a change is measured against.
	ComparedTo *TimeRef `json:"compared_to,omitempty"`
	Period     *Period  `json:"period,omitempty"`
	AsOf       *TimeRef `json:"as_of,omitempty"`
	// ReportedBy are ids of the actors the article credits with the figure.
	ReportedBy []string `json:"reported_by"`
	// Note is the editor's remark on how to read the figure, such as what
	// the article leaves unsaid about it.
	Note string `json:"note,omitempty"`
	// Derived is set when the dataset computed the value; such a figure is
	// always shown as derived.
	Derived  *Derivation `json:"derived,omitempty"`
	Topics   []string    `json:"topics"`
	Evidence []Evidence  `json:"evidence"`
}

// Quote is an actor's exact words.
type Quote struct {
	ID      string `json:"id"`
	Speaker string `json:"speaker"`
	// Text is the exact quoted words; it equals one of the evidence spans.
	Text     string     `json:"text"`
	Topics   []string   `json:"topics"`
	Evidence []Evidence `json:"evidence"`
}

// Claim is a position or allegation an actor makes, summarized.
type Claim struct {
	ID    string `json:"id"`
	Actor string `json:"actor"`
	// Summary states the claim in the editor's words; the evidence holds
	// the article's.
	Summary string `json:"summary"`
	// Quotes are ids of quotes that carry the claim.
	Quotes   []string   `json:"quotes"`
	Topics   []string   `json:"topics"`
	Evidence []Evidence `json:"evidence"`
}

// SeriesKind says how a series is charted.
type SeriesKind string

// The chart kinds.
const (
	// SeriesSplit is parts of one whole, drawn as one stacked bar.
	SeriesSplit SeriesKind = "split"
	// SeriesBars is separate values, drawn as labelled bars; never joined by
	// a line, since the points say nothing of what lies between them.
	SeriesBars SeriesKind = "bars"
)

// Series groups figures for a chart.
type Series struct {
	ID      string     `json:"id"`
	Title   string     `json:"title"`
	Kind    SeriesKind `json:"kind"`
	Unit    string     `json:"unit"`
	Caption string     `json:"caption"`
	Poll    *Poll      `json:"poll,omitempty"`
	Points  []Point    `json:"points"`
	Topics  []string   `json:"topics"`
}

// Point is one bar or segment of a chart, naming the figure it shows.
type Point struct {
	Label  string `json:"label"`
	Figure string `json:"figure"`
}

// Poll is what is known of a poll's method; nil fields are not stated.
type Poll struct {
	Pollster      string   `json:"pollster"`
	SampleSize    *int     `json:"sample_size"`
	MarginOfError *float64 `json:"margin_of_error"`
	Fieldwork     *Period  `json:"fieldwork"`
}

// Evidence is one span of the article text.
//
// In a file a span gives its Text and, when that text occurs more than once
// in the article, which one: either Start (a byte offset) or Occurrence
// (1 for the first). After loading, Start and End always hold the byte
// offsets of the span in Story.Text, and Occurrence is cleared.
type Evidence struct {
	Text       string `json:"text"`
	Start      *int   `json:"start,omitempty"`
	End        *int   `json:"end,omitempty"`
	Occurrence int    `json:"occurrence,omitzero"`
}
