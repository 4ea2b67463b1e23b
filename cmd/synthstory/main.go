// Command synthstory writes a synthetic story dataset (JSON) of any size,
// for benchmarks and for trying the explorer on large data:
//
//	go run ./cmd/synthstory -items 100000 -seed 1 -o story-100k.json
//
// The output depends only on -items and -seed, and is always valid: every
// evidence span gives its byte offset (start) and stands there in the
// article text.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/dossier-dev/dossier/internal/synth"
)

func main() {
	items := flag.Int("items", 1000, "number of items (actors, events, figures, quotes, claims, series)")
	seed := flag.Uint64("seed", 1, "random seed; the same seed and size give the same bytes")
	out := flag.String("o", "-", "output file ('-' for standard output)")
	flag.Parse()
	if err := run(*items, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "synthstory:", err)
		os.Exit(1)
	}
}

func run(items int, seed uint64, out string) error {
	d, err := synth.Generate(items, seed)
	if err != nil {
		return err
	}
	src, err := synth.Encode(d)
	if err != nil {
		return err
	}
	if out == "-" {
		_, err = os.Stdout.Write(src)
		return err
	}
	return os.WriteFile(out, src, 0o644)
}
