package data

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/dossier-dev/dossier/internal/synth"
	"github.com/dossier-dev/dossier/model"
	"github.com/go-json-experiment/json"
)

// BenchmarkLoad measures what opening a dataset file costs after reading
// it: strict JSON decoding plus validation, which resolves every evidence
// span. The synthetic datasets give every span's start, so validation
// should be linear in the file's size: compare ns/op across sizes, and MB/s,
// which should stay flat.
func BenchmarkLoad(b *testing.B) {
	for _, n := range synth.BenchSizes {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			src, err := synth.CachedJSON(n)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Load("synth.json", src, FormatJSON, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoadDefault is the embedded story as the explorer opens it
// without --data: YAML converted to JSON, then decoded and validated.
// Default() itself loads once per process, so this reads the same files
// from the source tree.
func BenchmarkLoadDefault(b *testing.B) {
	story := os.DirFS("story")
	src, err := fs.ReadFile(story, "default.json") // what the binary embeds
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(DefaultName, src, FormatJSON, story); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTopArrays checks the scan that sizes the item slices before decoding
// (presize): it must count elements through nesting, strings holding
// brackets, commas and escaped quotes, and stop quietly on broken input.
func TestTopArrays(t *testing.T) {
	cases := []struct {
		src  string
		want map[string]int
	}{
		{`{"actors": [], "events": [{}], "figures": [{"a": [1, 2]}, {"b": {"c": [3]}}, {}]}`,
			map[string]int{"actors": 0, "events": 1, "figures": 3}},
		{`{"quotes": ["a,b", "c\\\"]d", "e\\", "[{"], "story": {"text": "\"topics\": [1,2]"}}`,
			map[string]int{"quotes": 4}},
		{`{"claims": [[1, 2], [3]], "series": [ 1 , 2 ]}`, map[string]int{"claims": 2, "series": 2}},
		{`{"topics": [{"id": "x"}, {"id": "y"`, map[string]int{}}, // truncated
		{`{"topics": ["unterminated]}`, map[string]int{}},         // unterminated string
		{`[1, [2, 3]]`, map[string]int{"": 2}},                    // not an object: keys match nothing
	}
	for _, c := range cases {
		got := map[string]int{}
		for _, a := range topArrays([]byte(c.src)) {
			got[a.key] = a.n
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("topArrays(%s) = %v, want %v", c.src, got, c.want)
		}
	}
}

// TestPresizeKeepsLoadsEqual decodes synthetic datasets with and without
// presizing and compares the results, and checks that the capacity is
// exact, so decoding never regrows a slice.
func TestPresizeKeepsLoadsEqual(t *testing.T) {
	src, err := synth.CachedJSON(1000)
	if err != nil {
		t.Fatal(err)
	}
	var sized, plain model.Dataset
	if err := decodeStrict(src, &sized); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(src, &plain, json.RejectUnknownMembers(true)); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sized, plain) {
		t.Fatal("presized decode differs from plain decode")
	}
	if cap(sized.Figures) != len(sized.Figures) || cap(sized.Actors) != len(sized.Actors) {
		t.Errorf("capacity %d/%d for %d/%d figures/actors", cap(sized.Figures), cap(sized.Actors), len(sized.Figures), len(sized.Actors))
	}
}

// TestPresizeBounded: a file of many tiny elements is not presized, so it
// costs no more memory than decoding it did.
func TestPresizeBounded(t *testing.T) {
	src := []byte(`{"figures": [` + strings.Repeat("{},", 9999) + `{}]}`)
	var d model.Dataset
	presize(src, &d)
	if d.Figures != nil {
		t.Errorf("presized %d figures from %d bytes", cap(d.Figures), len(src))
	}
}

// TestReadAllSized: reading with a known size gives the same bytes as
// io.ReadAll whether the size is right, too small (the file grew) or too
// large (it shrank), and the buffer is not regrown when the size is right.
func TestReadAllSized(t *testing.T) {
	data := []byte(strings.Repeat("dossier ", 10_000))
	for _, size := range []int64{-1, 0, 1, int64(len(data)) - 7, int64(len(data)), int64(len(data)) + 100} {
		got, err := readAll(iotest.HalfReader(bytes.NewReader(data)), size)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("size %d: %d bytes, err %v", size, len(got), err)
		}
		if size == int64(len(data)) && cap(got) != len(data)+1 {
			t.Errorf("exact size: capacity %d, want %d", cap(got), len(data)+1)
		}
	}
}
