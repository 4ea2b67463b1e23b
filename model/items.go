package model

// Kind names a kind of item in a dataset.
type Kind string

// The item kinds. Their string forms are used on the command line
// (`dossier list figures`) and in output.
const (
	KindTopic  Kind = "topic"
	KindActor  Kind = "actor"
	KindEvent  Kind = "event"
	KindFigure Kind = "figure"
	KindQuote  Kind = "quote"
	KindClaim  Kind = "claim"
	KindSeries Kind = "series"
)

// Ref points at one item: its kind and its index in the dataset's slice of
// that kind. Refs are small values, cheap to keep in lists of 100,000.
type Ref struct {
	Kind  Kind
	Index int
}

// Lookup finds an item by id. Ids are unique across kinds.
func (d *Dataset) Lookup(id string) (Ref, bool) {
	for i := range d.Topics {
		if d.Topics[i].ID == id {
			return Ref{KindTopic, i}, true
		}
	}
	for i := range d.Actors {
		if d.Actors[i].ID == id {
			return Ref{KindActor, i}, true
		}
	}
	for i := range d.Events {
		if d.Events[i].ID == id {
			return Ref{KindEvent, i}, true
		}
	}
	for i := range d.Figures {
		if d.Figures[i].ID == id {
			return Ref{KindFigure, i}, true
		}
	}
	for i := range d.Quotes {
		if d.Quotes[i].ID == id {
			return Ref{KindQuote, i}, true
		}
	}
	for i := range d.Claims {
		if d.Claims[i].ID == id {
			return Ref{KindClaim, i}, true
		}
	}
	for i := range d.Series {
		if d.Series[i].ID == id {
			return Ref{KindSeries, i}, true
		}
	}
	return Ref{}, false
}

// Count returns how many items of a kind the dataset has.
func (d *Dataset) Count(k Kind) int {
	switch k {
	case KindTopic:
		return len(d.Topics)
	case KindActor:
		return len(d.Actors)
	case KindEvent:
		return len(d.Events)
	case KindFigure:
		return len(d.Figures)
	case KindQuote:
		return len(d.Quotes)
	case KindClaim:
		return len(d.Claims)
	case KindSeries:
		return len(d.Series)
	}
	return 0
}

// ID returns the id of the item r points at.
func (d *Dataset) ID(r Ref) string {
	switch r.Kind {
	case KindTopic:
		return d.Topics[r.Index].ID
	case KindActor:
		return d.Actors[r.Index].ID
	case KindEvent:
		return d.Events[r.Index].ID
	case KindFigure:
		return d.Figures[r.Index].ID
	case KindQuote:
		return d.Quotes[r.Index].ID
	case KindClaim:
		return d.Claims[r.Index].ID
	case KindSeries:
		return d.Series[r.Index].ID
	}
	return ""
}

// Title returns the one-line name of an item as lists show it.
func (d *Dataset) Title(r Ref) string {
	switch r.Kind {
	case KindTopic:
		return d.Topics[r.Index].Name
	case KindActor:
		return d.Actors[r.Index].Name
	case KindEvent:
		return d.Events[r.Index].Summary
	case KindFigure:
		return d.Figures[r.Index].Label
	case KindQuote:
		return d.Quotes[r.Index].Text
	case KindClaim:
		return d.Claims[r.Index].Summary
	case KindSeries:
		return d.Series[r.Index].Title
	}
	return ""
}

// TopicsOf returns the topic ids an item is filed under. A topic is filed
// under itself.
func (d *Dataset) TopicsOf(r Ref) []string {
	switch r.Kind {
	case KindTopic:
		return []string{d.Topics[r.Index].ID}
	case KindActor:
		return d.Actors[r.Index].Topics
	case KindEvent:
		return d.Events[r.Index].Topics
	case KindFigure:
		return d.Figures[r.Index].Topics
	case KindQuote:
		return d.Quotes[r.Index].Topics
	case KindClaim:
		return d.Claims[r.Index].Topics
	case KindSeries:
		return d.Series[r.Index].Topics
	}
	return nil
}

// EvidenceOf returns an item's evidence spans; topics and series have none.
func (d *Dataset) EvidenceOf(r Ref) []Evidence {
	switch r.Kind {
	case KindActor:
		return d.Actors[r.Index].Evidence
	case KindEvent:
		return d.Events[r.Index].Evidence
	case KindFigure:
		return d.Figures[r.Index].Evidence
	case KindQuote:
		return d.Quotes[r.Index].Evidence
	case KindClaim:
		return d.Claims[r.Index].Evidence
	}
	return nil
}

// ActorByID returns the actor with the given id, or nil.
func (d *Dataset) ActorByID(id string) *Actor {
	if r, ok := d.Lookup(id); ok && r.Kind == KindActor {
		return &d.Actors[r.Index]
	}
	return nil
}

// FigureByID returns the figure with the given id, or nil.
func (d *Dataset) FigureByID(id string) *Figure {
	if r, ok := d.Lookup(id); ok && r.Kind == KindFigure {
		return &d.Figures[r.Index]
	}
	return nil
}
