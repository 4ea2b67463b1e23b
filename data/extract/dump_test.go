package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDump prints a draft in short form when DUMP names a file; a
// development aid, skipped otherwise.
func TestDump(t *testing.T) {
	name := os.Getenv("DUMP")
	if name == "" {
		t.Skip("set DUMP=path to print a draft")
	}
	text, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	ds, pruned := draft(string(text), Options{})
	var b strings.Builder
	fmt.Fprintf(&b, "title: %q editorial=%v pruned=%d\n", ds.Story.Title, ds.Story.TitleEditorial, pruned)
	for _, a := range ds.Actors {
		var ev []string
		for _, e := range a.Evidence {
			ev = append(ev, e.Text)
		}
		fmt.Fprintf(&b, "ACTOR %s %q kind=%s role=%q aliases=%v affil=%v ev=%q\n", a.ID, a.Name, a.Kind, a.Role, a.Aliases, a.Affiliations, ev)
	}
	for _, e := range ds.Events {
		d := "nil"
		if e.When.Date != nil {
			d = *e.When.Date
		}
		fmt.Fprintf(&b, "EVENT %s %q=%s %s inf=%v %q actors=%v\n", e.ID, e.When.Text, d, e.When.Precision, e.When.Inferred, e.When.InferredWhy, e.Actors)
	}
	for _, f := range ds.Figures {
		extra := ""
		if f.ComparedTo != nil {
			extra += " cmp=" + f.ComparedTo.Text
		}
		if f.AsOf != nil {
			extra += " asof=" + f.AsOf.Text
		}
		if f.Period != nil && f.Period.From != nil {
			extra += " from=" + f.Period.From.Text
		}
		fmt.Fprintf(&b, "FIG %q = %v %s unit=%q/%q cur=%s measure=%q dir=%s by=%v%s\n", f.Label, f.Value, f.Comparator, f.Unit, f.UnitLong, f.Currency, f.Measure, f.Direction, f.ReportedBy, extra)
	}
	for _, q := range ds.Quotes {
		fmt.Fprintf(&b, "QUOTE %s: %q\n", q.Speaker, q.Text)
	}
	t.Log("\n" + b.String())
}
