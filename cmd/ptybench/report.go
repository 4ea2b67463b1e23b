//go:build linux

package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// results holds every sample of one benchmark: per program, per metric.
type results struct {
	programs []string
	metrics  []string // in the order first seen
	samples  map[string]map[string][]float64
	failures map[string]int
}

func newResults() *results {
	return &results{samples: map[string]map[string][]float64{}, failures: map[string]int{}}
}

func (r *results) add(program, metric string, v float64) {
	if !slices.Contains(r.programs, program) {
		r.programs = append(r.programs, program)
	}
	if !slices.Contains(r.metrics, metric) {
		r.metrics = append(r.metrics, metric)
	}
	if r.samples[program] == nil {
		r.samples[program] = map[string][]float64{}
	}
	r.samples[program][metric] = append(r.samples[program][metric], v)
}

// Metric names that are not steps.
const (
	metricAllKeys = "search key, all keys"
	metricRSS     = "peak RSS (MiB)"
)

type summary struct {
	n                int
	min, median, max float64
	hasSamples       bool
}

func summarize(v []float64) (s summary) {
	if len(v) == 0 {
		return s
	}
	v = slices.Clone(v)
	slices.Sort(v)
	s.n, s.hasSamples = len(v), true
	s.min, s.max = v[0], v[len(v)-1]
	if len(v)%2 == 1 {
		s.median = v[len(v)/2]
	} else {
		s.median = (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return s
}

func (s summary) String() string {
	if !s.hasSamples {
		return "–"
	}
	return fmt.Sprintf("%s / **%s** / %s", num(s.min), num(s.median), num(s.max))
}

func num(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

// ratio is a's median over b's, "–" when either is missing.
func ratio(a, b summary) string {
	if !a.hasSamples || !b.hasSamples || b.median == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a.median/b.median)
}

// table writes a Markdown table: each metric's min / median / max per
// program (times in ms), and dossier's median as a ratio to each other
// program's.
func (r *results) table(w io.Writer) {
	others := []string{}
	for _, p := range r.programs {
		if p != "dossier" {
			others = append(others, p)
		}
	}
	head := []string{"metric (ms; min / **median** / max)", "dossier"}
	for _, o := range others {
		head = append(head, o, "dossier ÷ "+o)
	}
	fmt.Fprintln(w, "| "+strings.Join(head, " | ")+" |")
	fmt.Fprintln(w, "|"+strings.Repeat(" --- |", len(head)))
	// Steps in script order, then the pooled keys and the memory.
	metrics := slices.DeleteFunc(slices.Clone(r.metrics), func(m string) bool { return m == metricAllKeys || m == metricRSS })
	metrics = append(metrics, metricAllKeys, metricRSS)
	for _, m := range metrics {
		d := summarize(r.samples["dossier"][m])
		row := []string{m, d.String()}
		for _, o := range others {
			s := summarize(r.samples[o][m])
			row = append(row, s.String(), ratio(d, s))
		}
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}
	for _, p := range r.programs {
		if n := r.failures[p]; n > 0 {
			fmt.Fprintf(w, "\n%s: %d run(s) failed and are left out.\n", p, n)
		}
	}
}
