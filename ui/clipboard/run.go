package clipboard

import (
	"context"
	"errors"
	"os/exec"
	"strings"
	"time"
)

// Runner runs a program with text on its standard input. Tests inject a
// fake one so that no real clipboard tool runs.
type Runner interface {
	// LookPath reports whether a program can be found.
	LookPath(name string) error
	// Run runs it and waits.
	Run(ctx context.Context, t Tool, stdin string, environ []string) error
}

// ExecRunner runs real programs with os/exec.
type ExecRunner struct{}

// LookPath implements Runner.
func (ExecRunner) LookPath(name string) error {
	_, err := exec.LookPath(name)
	return err
}

// Run implements Runner. Standard output and error are not captured:
// xclip and wl-copy leave a child running to serve the selection, and a
// pipe held open by that child would make Wait hang.
func (ExecRunner) Run(ctx context.Context, t Tool, stdin string, environ []string) error {
	cmd := exec.CommandContext(ctx, t.Name, t.Args...)
	cmd.Stdin = strings.NewReader(stdin)
	if environ != nil {
		cmd.Env = environ
	}
	return cmd.Run()
}

// Timeout bounds each program, so a wedged tool cannot stall a copy.
const Timeout = 3 * time.Second

// Outcome is what one method did.
type Outcome struct {
	Method string // "OSC 52", "wl-copy", "tmux"...
	OK     bool
	// Sent is set for OSC 52: the terminal was asked, and cannot answer.
	Sent bool
	Err  string
}

// Execute runs a plan's programs: the first native tool that is found,
// then tmux. OSC 52 is not sent here (the root returns tea.SetClipboard);
// its outcome is recorded as sent and unconfirmed.
func Execute(ctx context.Context, r Runner, p Plan, env Env, text string) []Outcome {
	var out []Outcome
	if p.OSC52 {
		out = append(out, Outcome{Method: "OSC 52", Sent: true})
	}
	if len(p.Native) > 0 {
		out = append(out, runNative(ctx, r, p.Native, env, text))
	}
	if p.Tmux {
		out = append(out, runTmux(ctx, r, env, text))
	}
	return out
}

func runNative(ctx context.Context, r Runner, tools []Tool, env Env, text string) Outcome {
	var tried []string
	for _, t := range tools {
		if err := r.LookPath(t.Name); err != nil {
			tried = append(tried, t.Name)
			continue
		}
		return runOne(ctx, r, t, env, text)
	}
	return Outcome{Method: "native", Err: "no clipboard tool found (" + strings.Join(tried, ", ") + ")"}
}

func runTmux(ctx context.Context, r Runner, env Env, text string) Outcome {
	if err := r.LookPath(TmuxTool.Name); err != nil {
		return Outcome{Method: "tmux", Err: "tmux not found"}
	}
	o := runOne(ctx, r, TmuxTool, env, text)
	if !o.OK {
		// tmux before 3.2 has no -w; the paste buffer is still worth
		// having.
		old := Tool{Name: "tmux", Args: []string{"load-buffer", "-"}}
		if o2 := runOne(ctx, r, old, env, text); o2.OK {
			return o2
		}
	}
	return o
}

func runOne(ctx context.Context, r Runner, t Tool, env Env, text string) Outcome {
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	err := r.Run(ctx, t, text, env.Environ)
	o := Outcome{Method: t.Name, OK: err == nil}
	if err != nil {
		o.Err = errText(err)
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			o.Err = "timed out"
		}
	}
	return o
}

func errText(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.String()
	}
	return err.Error()
}

// Summary writes the outcomes as the toast says them: "OSC 52 sent
// (unconfirmed) · copied with wl-copy". ok is false when nothing is known
// to have worked or been sent.
func Summary(p Plan, outs []Outcome) (text string, ok bool) {
	var parts []string
	for _, o := range outs {
		switch {
		case o.Sent:
			parts = append(parts, "OSC 52 sent (unconfirmed)")
			ok = true
		case o.OK && o.Method == "tmux":
			parts = append(parts, "copied to tmux buffer")
			ok = true
		case o.OK:
			parts = append(parts, "copied with "+o.Method)
			ok = true
		default:
			parts = append(parts, o.Method+" failed: "+o.Err)
		}
	}
	parts = append(parts, p.Notes...)
	return strings.Join(parts, " · "), ok
}
