package table

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/data/format"
	"github.com/dossier-dev/dossier/model"
)

func describe(t *testing.T, id string) format.Detail {
	t.Helper()
	d, err := data.LoadFile("../../data/testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, ok := d.Lookup(id)
	if !ok {
		t.Fatalf("no %s", id)
	}
	return format.Describe(d, r)
}

func TestDetailPlain(t *testing.T) {
	got := Detail(describe(t, "ana-ruiz"), Options{Plain: true})
	for _, want := range []string{
		"actor ana-ruiz\n",
		"affiliations  Port Ellis town council\n",
		"  claim c-waiting (actor): Ruiz argues that one ferry leaves people waiting.\n",
		"  2. bytes 187–191: “Ruiz”\n     \"We cannot leave people waiting on the pier,\" Ruiz said.\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\x1b") {
		t.Errorf("plain output has escape sequences")
	}
}

// TestDetailTerminal checks wrapping to the width, and that the evidence
// span is marked, with the mark closed at every line end.
func TestDetailTerminal(t *testing.T) {
	got := Detail(describe(t, "ferry-cost"), Options{Width: 40, Color: true})
	if !strings.Contains(got, markOn+"about $4.5 million"+markOff) {
		t.Errorf("span not marked:\n%q", got)
	}
	for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if w := ansi.StringWidth(line); w > 40 {
			t.Errorf("line of %d: %q", w, line)
		}
		if strings.Count(line, markOn) != strings.Count(line, markOff) {
			t.Errorf("mark left open: %q", line)
		}
	}
}

func TestDetailSanitizes(t *testing.T) {
	det := format.Detail{Kind: model.KindActor, ID: "x", Fields: []format.Field{{Name: "name", Value: "\x1b[2J\u202eboo"}}}
	got := Detail(det, Options{Width: 80})
	if strings.Contains(got, "\x1b") || strings.Contains(got, "\u202e") {
		t.Errorf("unsanitized: %q", got)
	}
}
