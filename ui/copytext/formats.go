package copytext

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
)

// jsonText is the item as the dataset stores it, with what it is first
// (as "type": actors and series have a "kind" field of their own).
func jsonText(c *common.Context, r model.Ref) (string, bool) {
	d := c.Data
	var item any
	switch r.Kind {
	case model.KindActor:
		item = d.Actors[r.Index]
	case model.KindEvent:
		item = d.Events[r.Index]
	case model.KindFigure:
		item = d.Figures[r.Index]
	case model.KindQuote:
		item = d.Quotes[r.Index]
	case model.KindClaim:
		item = d.Claims[r.Index]
	case model.KindSeries:
		item = d.Series[r.Index]
	default:
		return "", false
	}
	raw, err := json.Marshal(item)
	if err != nil || len(raw) < 2 || raw[0] != '{' {
		return "", false
	}
	kind, _ := json.Marshal(string(r.Kind))
	var flat bytes.Buffer
	flat.WriteString(`{"type":`)
	flat.Write(kind)
	if len(raw) > 2 {
		flat.WriteByte(',')
	}
	flat.Write(raw[1:])
	var out bytes.Buffer
	if err := json.Indent(&out, flat.Bytes(), "", "  "); err != nil {
		return "", false
	}
	return out.String(), true
}

// CSVHeader names the columns of a CSV row.
var CSVHeader = []string{"kind", "id", "text", "value", "unit", "when", "source", "evidence"}

// csvRow is one CSV line with the columns of CSVHeader.
func csvRow(c *common.Context, r model.Ref) string {
	d := c.Data
	var value, unit, when string
	switch r.Kind {
	case model.KindFigure:
		f := &d.Figures[r.Index]
		value, unit, when = f.BareNumber(), f.Unit, f.When()
	case model.KindEvent:
		when = d.Events[r.Index].When.Display()
	}
	ev := ""
	if list := d.EvidenceOf(r); len(list) > 0 {
		ev = list[0].Text
	}
	row := []string{string(r.Kind), d.ID(r), displayed(c, r), value, unit, when, who(c, r), ev}
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(row) // a strings.Builder does not fail
	w.Flush()
	return strings.TrimRight(b.String(), "\n")
}
