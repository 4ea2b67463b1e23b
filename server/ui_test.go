package server

import (
	"context"
	"encoding/base64"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/clipboard"
)

// These tests serve the real explorer on the embedded story.

func story(t testing.TB) *model.Dataset {
	t.Helper()
	d, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// recorder wraps the served explorer and keeps its last frame (as plain
// text), so a test
// can read what the explorer drew without racing its goroutine (the byte
// stream alone is hard to read back: the renderer only rewrites the cells
// that changed).
type recorder struct {
	tea.Model
	mu    sync.Mutex
	frame string
}

func (r *recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := r.Model.Update(msg)
	r.Model = m
	return r, cmd
}

func (r *recorder) View() tea.View {
	v := r.Model.View()
	r.mu.Lock()
	r.frame = ansi.Strip(v.Content)
	r.mu.Unlock()
	return v
}

func (r *recorder) last() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.frame
}

// recordedExplorer serves the real explorer and hands each session's
// recorder to the test.
func recordedExplorer(t testing.TB, d *model.Dataset) (ExplorerFunc, chan *recorder) {
	recs := make(chan *recorder, 8)
	inner := UIExplorer(d, model.NewSearcher(d))
	return func(ctx context.Context, o ExplorerOptions) (Program, error) {
		p, err := inner(ctx, o)
		if err != nil {
			return p, err
		}
		r := &recorder{Model: p.Model}
		recs <- r
		p.Model = r
		return p, nil
	}, recs
}

func (r *recorder) waitFor(t testing.TB, cond func(frame string) bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond(r.last()) {
			return
		}
	}
	t.Fatalf("the explorer never drew the frame expected; last:\n%s", r.last())
}

func TestExplorerFirstFrameAndKeys(t *testing.T) {
	d := story(t)
	explorer, recs := recordedExplorer(t, d)
	ts := startServer(t, Config{Data: d, Explorer: explorer})
	tm := openTerm(t, dial(t, ts.addr), 120, 40, nil, "")
	// The first frame reaches the client, in the alternate screen.
	tm.waitFor("\x1b[?1049h")
	tm.waitFor("Actors")
	tm.waitFor("Timeline")
	rec := <-recs
	rec.waitFor(t, func(f string) bool { return strings.Contains(f, "Actors") && !strings.Contains(f, "tellez") })

	mark := len(tm.out.String())
	tm.send("/tellez")
	rec.waitFor(t, func(f string) bool { return strings.Contains(f, "tellez") && strings.Contains(f, "Téllez") })
	waitUntil(t, func() bool { return strings.Contains(tm.out.String()[mark:], "ez") })

	tm.send("\x03") // ctrl+c quits even from the search box
	if err := tm.wait(); err != nil {
		t.Fatalf("quit: %v\n%q", err, tail(tm.out.String(), 500))
	}
}

func TestExplorerResize(t *testing.T) {
	d := story(t)
	explorer, recs := recordedExplorer(t, d)
	ts := startServer(t, Config{Data: d, Explorer: explorer})
	tm := openTerm(t, dial(t, ts.addr), 120, 40, nil, "")
	rec := <-recs
	rec.waitFor(t, func(f string) bool { return widest(f) == 120 && strings.Count(f, "\n") == 39 })

	if err := tm.sess.WindowChange(24, 80); err != nil {
		t.Fatal(err)
	}
	rec.waitFor(t, func(f string) bool { return widest(f) == 80 && strings.Count(f, "\n") == 23 })

	if err := tm.sess.WindowChange(10, 40); err != nil {
		t.Fatal(err)
	}
	tm.waitFor("Terminal too small")
	mark := len(tm.out.String())
	if err := tm.sess.WindowChange(30, 90); err != nil {
		t.Fatal(err)
	}
	rec.waitFor(t, func(f string) bool { return widest(f) == 90 && strings.Contains(f, "Actors") })
	waitUntil(t, func() bool { return strings.Contains(tm.out.String()[mark:], "Actors") })
}

// widest is the width of the widest line of a frame, in cells.
func widest(frame string) int {
	w := 0
	for _, l := range strings.Split(frame, "\n") {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

func TestExplorerFlags(t *testing.T) {
	ts := startServer(t, Config{Data: story(t)})
	c := dial(t, ts.addr)

	// --plain narrates in lines: no alternate screen, no cursor moves.
	tm := openTerm(t, c, 100, 30, nil, "--plain --topic cartels --search tellez")
	tm.waitFor("Filters:")
	tm.send("q")
	_ = tm.wait()
	out := tm.out.String()
	if strings.Contains(out, "\x1b[?1049h") || strings.Contains(out, "\x1b[H") {
		t.Errorf("--plain drew a screen: %q", tail(out, 300))
	}
	if !strings.Contains(out, "tellez") || !strings.Contains(out, "Cartels") {
		t.Errorf("--topic/--search not applied: %q", tail(out, 600))
	}

	tm = openTerm(t, c, 100, 30, nil, "--topic no-such-topic")
	err := tm.wait()
	if exitStatus(err) != 1 || !strings.Contains(tm.out.String(), `unknown topic "no-such-topic"; the topics are: security-cooperation`) {
		t.Errorf("unknown topic: %v %q", err, tm.out.String())
	}
}

// fakeRunner records every clipboard program the explorer would run.
type fakeRunner struct {
	mu    sync.Mutex
	calls []string
}

func (f *fakeRunner) LookPath(name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, "lookpath "+name)
	return nil
}

func (f *fakeRunner) Run(_ context.Context, t clipboard.Tool, _ string, _ []string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, "run "+t.Name)
	return nil
}

var osc52 = regexp.MustCompile("\x1b\\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\\\)")

// y copies by OSC 52 alone: a native clipboard tool or tmux is never
// looked up, let alone run, though both the server's environment and the
// client's say there is a display and a tmux.
func TestExplorerCopyIsOSC52Only(t *testing.T) {
	for k, v := range map[string]string{
		"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0",
		"TMUX": "/tmp/tmux-0/default,1,0", "SSH_CONNECTION": "",
	} {
		t.Setenv(k, v)
	}
	d := story(t)
	runner := &fakeRunner{}
	ts := startServer(t, Config{Data: d, Explorer: uiExplorer(d, model.NewSearcher(d), runner)})
	tm := openTerm(t, dial(t, ts.addr), 120, 40, map[string]string{
		"DISPLAY": ":1", "TMUX": "/tmp/tmux-1000/default,2,0",
	}, "")
	tm.waitFor("Actors")
	tm.send("y")
	tm.waitFor("OSC 52 sent")
	waitUntil(t, func() bool { return osc52.MatchString(tm.out.String()) })

	out := tm.out.String()
	seqs := osc52.FindAllStringSubmatch(out, -1)
	if len(seqs) != 1 || strings.Count(out, "\x1b]52;") != 1 {
		t.Fatalf("want exactly one OSC 52 sequence, got %d in %q", len(seqs), tail(out, 500))
	}
	raw, err := base64.StdEncoding.DecodeString(seqs[0][1])
	if err != nil {
		t.Fatal(err)
	}
	// The first actor shown, as displayed: its name and role.
	copied, found := string(raw), false
	for _, a := range d.Actors {
		if copied == a.Name || copied == a.Name+", "+a.Role {
			found = strings.Contains(out, a.Name)
		}
	}
	if !found {
		t.Errorf("OSC 52 payload %q is no actor on screen", copied)
	}
	runner.mu.Lock()
	defer runner.mu.Unlock()
	if len(runner.calls) > 0 {
		t.Errorf("clipboard programs touched: %v", runner.calls)
	}
}
