package synth

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
)

// TestLoads checks that generated datasets load through the real loader
// with no problem at all, at sizes that hit the edge cases (the smallest,
// one with no derived sum yet, one with many).
func TestLoads(t *testing.T) {
	for _, n := range []int{MinItems, 57, 1000, 5003} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			src := mustJSON(t, n, 7)
			d, err := data.Load("synth.json", src, data.FormatJSON, nil)
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			got := len(d.Actors) + len(d.Events) + len(d.Figures) + len(d.Quotes) + len(d.Claims) + len(d.Series)
			if got != n {
				t.Errorf("%d items, want %d", got, n)
			}
			for _, k := range []int{len(d.Actors), len(d.Events), len(d.Figures), len(d.Quotes), len(d.Claims), len(d.Series), len(d.Topics)} {
				if k == 0 {
					t.Errorf("a kind is empty: %+v", Split(n))
				}
			}
		})
	}
}

// TestSpansStandWhereTheySay re-checks the property the generator exists
// for, independently of the loader: every span's text is in the article at
// its start offset.
func TestSpansStandWhereTheySay(t *testing.T) {
	d, err := Generate(2000, 3)
	if err != nil {
		t.Fatal(err)
	}
	check := func(id string, ev []model.Evidence) {
		for _, e := range ev {
			s := *e.Start
			if s+len(e.Text) > len(d.Story.Text) || d.Story.Text[s:s+len(e.Text)] != e.Text {
				t.Errorf("%s: %q is not at byte %d", id, e.Text, s)
			}
		}
	}
	for _, a := range d.Actors {
		check(a.ID, a.Evidence)
	}
	for _, e := range d.Events {
		check(e.ID, e.Evidence)
	}
	for _, f := range d.Figures {
		check(f.ID, f.Evidence)
	}
	for _, q := range d.Quotes {
		check(q.ID, q.Evidence)
	}
	for _, c := range d.Claims {
		check(c.ID, c.Evidence)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := mustJSON(t, 3000, 42), mustJSON(t, 3000, 42)
	if !bytes.Equal(a, b) {
		t.Fatal("same size and seed gave different bytes")
	}
	if bytes.Equal(a, mustJSON(t, 3000, 43)) {
		t.Fatal("a different seed gave the same bytes")
	}
}

func TestTooSmall(t *testing.T) {
	if _, err := Generate(MinItems-1, 1); err == nil {
		t.Fatal("no error for a dataset below the minimum size")
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"José Núñez": "jose-nunez", "Zoë Dvořák": "zoe-dvorak", "People's Movement": "people-s-movement",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func mustJSON(t *testing.T, n int, seed uint64) []byte {
	t.Helper()
	d, err := Generate(n, seed)
	if err != nil {
		t.Fatal(err)
	}
	src, err := Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	return src
}
