package format

import (
	"fmt"
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// ListKinds are the kinds `dossier list` shows, in the order it shows them
// when no kind is given.
var ListKinds = []model.Kind{
	model.KindActor, model.KindEvent, model.KindFigure,
	model.KindQuote, model.KindClaim, model.KindSeries, model.KindTopic,
}

// Plural is a kind's name on the command line and in output: the dataset
// field that holds its items ("figures", "series").
func Plural(k model.Kind) string {
	if k == model.KindSeries {
		return "series"
	}
	return string(k) + "s"
}

// KindNames lists the plural names of ListKinds, for messages and
// completions.
func KindNames() []string {
	out := make([]string, len(ListKinds))
	for i, k := range ListKinds {
		out[i] = Plural(k)
	}
	return out
}

// ParseKind reads a kind name, plural ("figures") or singular ("figure").
func ParseKind(s string) (model.Kind, error) {
	for _, k := range ListKinds {
		if s == Plural(k) || s == string(k) {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown kind %q (one of %s)", s, strings.Join(KindNames(), ", "))
}

// Section is the items of one kind that a listing shows, in order.
type Section struct {
	Kind model.Kind
	Refs []model.Ref
}

// itemAt returns the model value an item is, for encoding.
func itemAt(d *model.Dataset, r model.Ref) any {
	switch r.Kind {
	case model.KindTopic:
		return &d.Topics[r.Index]
	case model.KindActor:
		return &d.Actors[r.Index]
	case model.KindEvent:
		return &d.Events[r.Index]
	case model.KindFigure:
		return &d.Figures[r.Index]
	case model.KindQuote:
		return &d.Quotes[r.Index]
	case model.KindClaim:
		return &d.Claims[r.Index]
	case model.KindSeries:
		return &d.Series[r.Index]
	}
	return nil
}
