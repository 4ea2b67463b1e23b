package ui

import (
	"context"
	"errors"
	"os/exec"
	"reflect"
	"runtime"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/ui/clipboard"
)

// fakeRunner stands in for the clipboard programs: it records what would
// have run, and finds only the programs it is told exist.
type fakeRunner struct {
	mu    sync.Mutex
	have  map[string]bool
	fail  map[string]error
	calls []fakeCall
}

type fakeCall struct {
	Tool  clipboard.Tool
	Stdin string
}

func (f *fakeRunner) LookPath(name string) error {
	if f.have[name] {
		return nil
	}
	return errors.New("not found")
}

func (f *fakeRunner) Run(_ context.Context, t clipboard.Tool, stdin string, _ []string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, fakeCall{t, stdin})
	return f.fail[t.Name]
}

func funcName(cmd tea.Cmd) string {
	return runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
}

// exitError returns a real *exec.ExitError ("exit status 1").
func exitError(t testing.TB) error {
	t.Helper()
	err := exec.Command("false").Run()
	if err == nil {
		t.Skip("false(1) succeeded")
	}
	return err
}
