//go:build linux

// Command ptybench measures dossier the way a reader meets it: the built
// binary runs in a pseudo-terminal (120x40), its output is fed to an
// emulated screen, and the benchmark waits for the screens a reader waits
// for. It measures the first frame (the tab bar with its final counts and
// the list), a tab switch, each key of a search (until the screen shows the
// query, the counts and the rows that key leads to) and the peak resident
// size. The same script runs, interleaved, against cmd/floor (the smallest
// Bubble Tea program at the same frame rate) and, when `gum` is on PATH,
// against `gum filter` over the same items as lines; every figure is also
// given as a ratio to theirs.
//
// Each run is made twice: with a terminal that answers the queries Bubble
// Tea sends (colours, modes, device attributes) and with one that answers
// none, since start-up must never wait on a reply.
//
//	go run ./cmd/ptybench -runs 20                  # the embedded story
//	go run ./cmd/ptybench -runs 20 -items 100000    # a synthstory dataset
//	go run ./cmd/ptybench -data story.json          # any dataset
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/internal/synth"
	"github.com/dossier-dev/dossier/model"
)

type config struct {
	runs, warmup int
	cols, rows   int
	items        int
	dataPath     string
	query        string
	dossier      string
	floor        string
	gum          string
	modes        string
	timeout      time.Duration
	jitter       time.Duration
	verbose      bool
	trace        io.Writer
}

func main() {
	var c config
	var size string
	flag.IntVar(&c.runs, "runs", 20, "measured runs of each program in each terminal mode")
	flag.IntVar(&c.warmup, "warmup", 1, "unmeasured runs first (file cache, page cache)")
	flag.StringVar(&size, "size", "120x40", "terminal size, COLSxROWS")
	flag.IntVar(&c.items, "items", 0, "run on a synthstory dataset of this many items (seed 1) instead of the embedded story")
	flag.StringVar(&c.dataPath, "data", "", "run on this dataset file instead of the embedded story")
	flag.StringVar(&c.query, "query", "garcia", "the search typed, one key at a time")
	flag.StringVar(&c.dossier, "dossier", "", "dossier binary (default: go build ./cmd/dossier)")
	flag.StringVar(&c.floor, "floor", "", "floor binary (default: go build ./cmd/floor)")
	flag.StringVar(&c.gum, "gum", "auto", "gum binary, auto (gum on PATH, if any) or off")
	flag.StringVar(&c.modes, "modes", "answer,silent", "terminal modes: answer (replies to queries), silent (none)")
	flag.DurationVar(&c.timeout, "timeout", 15*time.Second, "limit for every wait")
	flag.DurationVar(&c.jitter, "jitter", 50*time.Millisecond, "wait a random time up to this long before each key (see runOnce)")
	flag.BoolVar(&c.verbose, "v", false, "per-run figures on stderr")
	traceFile := flag.String("trace", "", "write every run's terminal traffic (output, keys, replies) to this file")
	flag.Parse()
	if *traceFile != "" {
		f, err := os.Create(*traceFile)
		if err != nil {
			fatal(err)
		}
		defer f.Close()
		c.trace = f
	}
	if _, err := fmt.Sscanf(size, "%dx%d", &c.cols, &c.rows); err != nil {
		fatal(fmt.Errorf("-size %q: want COLSxROWS", size))
	}
	if err := run(c); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "ptybench:", err)
	os.Exit(1)
}

func run(c config) error {
	tmp, err := os.MkdirTemp("", "ptybench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if c.dossier == "" {
		if c.dossier, err = build(tmp, "dossier"); err != nil {
			return err
		}
	}
	if c.floor == "" {
		if c.floor, err = build(tmp, "floor"); err != nil {
			return err
		}
	}
	d, args, label, err := dataset(c, tmp)
	if err != nil {
		return err
	}
	s := model.NewSearcher(d)
	dossier, err := dossierProgram(c.dossier, args, d, s, c.query, c.cols, c.rows)
	if err != nil {
		return err
	}
	programs := []program{dossier, floorProgram(c.floor).withFloorQuery(c.query)}
	gumNote := "gum: not on PATH, not measured"
	if gum := findGum(c.gum); gum != "" {
		lines := filepath.Join(tmp, "items.txt")
		n, err := writeLines(d, lines)
		if err != nil {
			return err
		}
		programs = append(programs, gumProgram(gum, lines, c.rows).withGumQuery(c.query))
		gumNote = fmt.Sprintf("gum: %s filter over the %d items as lines", gum, n)
	}
	fmt.Printf("## %s · %dx%d · %d runs per program and mode, interleaved · query %q\n\n", label, c.cols, c.rows, c.runs, c.query)
	fmt.Println(gumNote)
	failed := 0
	for _, mode := range strings.Split(c.modes, ",") {
		answer := mode == "answer"
		if !answer && mode != "silent" {
			return fmt.Errorf("-modes: unknown mode %q", mode)
		}
		r := newResults()
		for i := range c.warmup + c.runs {
			// Rotate the order so no program always runs first after
			// another's exit.
			for j := range programs {
				p := programs[(i+j)%len(programs)]
				if err := runOnce(c, p, answer, r, i < c.warmup); err != nil {
					r.failures[p.name]++
					failed++
					fmt.Fprintf(os.Stderr, "%s (%s, run %d): %v\n", p.name, mode, i+1, err)
				}
			}
		}
		what := "a terminal that answers Bubble Tea's queries"
		if !answer {
			what = "a terminal that answers no query"
		}
		fmt.Printf("\n### %s\n\n", what)
		r.table(os.Stdout)
	}
	if failed > 0 {
		return fmt.Errorf("%d run(s) failed", failed)
	}
	return nil
}

// build compiles one of the module's commands into dir.
func build(dir, name string) (string, error) {
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", out, "./cmd/"+name)
	cmd.Dir = moduleRoot()
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/%s: %w", name, err)
	}
	return out, nil
}

func moduleRoot() string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		return "."
	}
	return strings.TrimSpace(string(out))
}

// dataset loads what dossier will be started on, and returns the
// arguments that make it do so.
func dataset(c config, tmp string) (*model.Dataset, []string, string, error) {
	path := c.dataPath
	if c.items > 0 {
		src, err := synth.CachedJSON(c.items)
		if err != nil {
			return nil, nil, "", err
		}
		path = filepath.Join(tmp, fmt.Sprintf("synth-%d.json", c.items))
		if err := os.WriteFile(path, src, 0o644); err != nil {
			return nil, nil, "", err
		}
	}
	if path == "" {
		d, err := data.Default()
		return d, nil, "embedded story", err
	}
	d, err := data.LoadFile(path)
	if err != nil {
		return nil, nil, "", err
	}
	info, _ := os.Stat(path)
	n := 0
	for _, k := range []model.Kind{model.KindActor, model.KindEvent, model.KindFigure, model.KindQuote, model.KindClaim, model.KindSeries} {
		n += d.Count(k)
	}
	label := fmt.Sprintf("%s (%d items, %.1f MB of JSON)", filepath.Base(path), n, float64(info.Size())/1e6)
	if c.items > 0 {
		label = fmt.Sprintf("synthstory -items %d -seed %d (%.1f MB of JSON)", c.items, synth.BenchSeed, float64(info.Size())/1e6)
	}
	return d, []string{"--data", path}, label, nil
}

func findGum(flagValue string) string {
	switch flagValue {
	case "off":
		return ""
	case "auto":
		p, err := exec.LookPath("gum")
		if err != nil {
			return ""
		}
		return p
	}
	return flagValue
}

// runOnce runs a program's script once and records its figures.
func runOnce(c config, p program, answer bool, r *results, warmup bool) error {
	if c.trace != nil {
		fmt.Fprintf(c.trace, "--- %s (answer %v)\n", p.name, answer)
	}
	s, err := startSession(p.argv, c.cols, c.rows, answer, p.stdin, c.trace)
	if err != nil {
		return err
	}
	defer s.close(p.quit)
	times := map[string]float64{}
	for _, st := range p.steps {
		from := s.start
		if st.keys != "" {
			// A reader types at any moment, but the benchmark would type
			// just after a frame arrived, that is just after the
			// renderer's tick, and so always wait almost a whole frame
			// for the next. A random pause puts each key at a random
			// point of the renderer's cycle.
			if c.jitter > 0 {
				time.Sleep(rand.N(c.jitter))
			}
			from = s.press(st.keys)
		}
		at, err := s.waitFor(st.want, c.timeout)
		if err != nil {
			return stepError(st, s.screen(), err)
		}
		if st.metric != "" {
			times[st.metric] = float64(at.Sub(from).Microseconds()) / 1000
		}
	}
	s.readHWM()
	if warmup {
		return nil
	}
	for _, st := range p.steps {
		if st.metric == "" {
			continue
		}
		r.add(p.name, st.metric, times[st.metric])
		if strings.HasPrefix(st.metric, "key ") {
			r.add(p.name, metricAllKeys, times[st.metric])
		}
	}
	r.add(p.name, metricRSS, float64(s.peakKB.Load())/1024)
	if c.verbose {
		fmt.Fprintf(os.Stderr, "%s: %v, peak %d kB\n", p.name, times, s.peakKB.Load())
	}
	return nil
}

// stepError says which step failed and shows where the screen differs
// from what was expected.
func stepError(st step, screen []string, err error) error {
	name := st.metric
	if name == "" {
		name = fmt.Sprintf("keys %q", st.keys)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %v waiting for the expected screen", name, err)
	shown := 0
	for i, want := range st.expected {
		got := ""
		if i < len(screen) {
			got = screen[i]
		}
		if got != want && shown < 6 {
			fmt.Fprintf(&b, "\n  line %d: want %q\n          got  %q", i+1, want, got)
			shown++
		}
	}
	if errors.Is(err, errTimeout) && shown == 0 {
		b.WriteString("\n  (the lines match but the frame was never seen whole)")
	}
	return errors.New(b.String())
}
