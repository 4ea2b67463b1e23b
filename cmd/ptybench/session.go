//go:build linux

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// session is one run of a program in a pseudo-terminal, its output fed to
// an emulated screen. Only the goroutine that created it uses the
// emulator; a reader goroutine stamps output as it arrives, so the
// emulator's speed never delays a timestamp.
type session struct {
	cmd   *exec.Cmd
	pty   *os.File
	start time.Time
	emu   *vt.Emulator
	out   chan chunk
	// inFrame is set between the program's "begin synchronized update"
	// and "end" (mode 2026): the screen is only tested when a frame is
	// whole.
	inFrame  bool
	frameEnd bool
	peakKB   atomic.Int64
	done     chan struct{} // closed when the process has exited
	waitErr  error
	stdin    *os.File
	trace    io.Writer
}

type chunk struct {
	data []byte
	at   time.Time
	err  error
}

// startSession starts argv at cols x rows. answer says whether terminal
// queries get replies; stdin, when not empty, is a file given as the
// program's standard input (the pty stays its controlling terminal).
func startSession(argv []string, cols, rows int, answer bool, stdin string, trace io.Writer) (*session, error) {
	s := &session{
		emu:   vt.NewEmulator(cols, rows),
		out:   make(chan chunk, 1024),
		done:  make(chan struct{}),
		trace: trace,
	}
	s.emu.SetCallbacks(vt.Callbacks{
		EnableMode: func(m ansi.Mode) {
			if m == ansi.ModeSynchronizedOutput {
				s.inFrame = true
			}
		},
		DisableMode: func(m ansi.Mode) {
			if m == ansi.ModeSynchronizedOutput {
				s.inFrame, s.frameEnd = false, true
			}
		},
	})
	s.cmd = exec.Command(argv[0], argv[1:]...)
	s.cmd.Env = terminalEnv()
	ptmx, tty, err := pty.Open()
	if err != nil {
		return nil, err
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}); err != nil {
		return nil, err
	}
	s.cmd.Stdin, s.cmd.Stdout, s.cmd.Stderr = tty, tty, tty
	if stdin != "" {
		if s.stdin, err = os.Open(stdin); err != nil {
			return nil, err
		}
		s.cmd.Stdin = s.stdin
	}
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	s.pty = ptmx
	s.start = time.Now()
	err = s.cmd.Start()
	tty.Close()
	if err != nil {
		ptmx.Close()
		return nil, err
	}
	go s.read()
	go s.replies(answer)
	go s.sampleRSS()
	go func() {
		s.waitErr = s.cmd.Wait()
		close(s.done)
	}()
	return s, nil
}

// terminalEnv is this environment as a plain xterm would see it: no hint
// of the terminal the benchmark itself runs in.
func terminalEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "TERM", k == "TMUX", k == "STY", k == "COLUMNS", k == "LINES", k == "NO_COLOR",
			strings.HasPrefix(k, "TERM_PROGRAM"), k == "COLORTERM":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "TERM=xterm-256color")
}

// read stamps every chunk of output as it is read.
func (s *session) read() {
	for {
		buf := make([]byte, 64<<10)
		n, err := s.pty.Read(buf)
		s.out <- chunk{buf[:n], time.Now(), err}
		if err != nil {
			close(s.out)
			return
		}
	}
}

// replies carries the emulator's answers to terminal queries back to the
// program, or drops them when the terminal is to answer nothing. The
// emulator does not know synchronized output (2026) and unicode core
// (2027); a modern terminal reports both as supported, so its replies
// are changed to say so.
func (s *session) replies(answer bool) {
	buf := make([]byte, 4096)
	for {
		n, err := s.emu.Read(buf)
		if n > 0 && answer {
			b := bytes.ReplaceAll(buf[:n], []byte("\x1b[?2026;0$y"), []byte("\x1b[?2026;2$y"))
			b = bytes.ReplaceAll(b, []byte("\x1b[?2027;0$y"), []byte("\x1b[?2027;2$y"))
			s.tracef("reply %q", b)
			_, _ = s.pty.Write(b)
		}
		if err != nil {
			return
		}
	}
}

// sampleRSS follows the process's peak resident size (VmHWM) until it
// exits.
func (s *session) sampleRSS() {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		s.readHWM()
		select {
		case <-s.done:
			return
		case <-t.C:
		}
	}
}

func (s *session) readHWM() {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(s.cmd.Process.Pid) + "/status")
	if err != nil {
		return
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if kb > s.peakKB.Load() {
				s.peakKB.Store(kb)
			}
		}
	}
}

func (s *session) tracef(format string, args ...any) {
	if s.trace != nil {
		fmt.Fprintf(s.trace, "%8.3fms "+format+"\n", append([]any{float64(time.Since(s.start).Microseconds()) / 1000}, args...)...)
	}
}

// screen returns the emulated screen's lines, without trailing blanks.
func (s *session) screen() []string {
	lines := strings.Split(s.emu.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

var errTimeout = errors.New("timed out")

// waitFor feeds output to the screen until ok holds for a whole frame,
// and returns the time the output that made it hold was read.
func (s *session) waitFor(ok func([]string) bool, timeout time.Duration) (time.Time, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		select {
		case c, open := <-s.out:
			if !open {
				return time.Time{}, fmt.Errorf("the program closed the terminal (exited: %v)", s.waitErr)
			}
			if len(c.data) > 0 {
				s.tracef("output %q", c.data)
				s.frameEnd = false
				_, _ = s.emu.Write(c.data)
				// Test whole frames: at a frame's end when the program
				// marks frames, else after every chunk.
				if (s.frameEnd || !s.inFrame) && ok(s.screen()) {
					return c.at, nil
				}
			}
			if c.err != nil {
				return time.Time{}, fmt.Errorf("reading the terminal: %w", c.err)
			}
		case <-deadline.C:
			return time.Time{}, errTimeout
		}
	}
}

// drain feeds the output read so far to the screen, so that the next key
// is not credited with earlier output.
func (s *session) drain() {
	for {
		select {
		case c, open := <-s.out:
			if !open {
				return
			}
			_, _ = s.emu.Write(c.data)
		default:
			return
		}
	}
}

// press writes keys to the terminal after the screen has caught up, and
// returns when they were written.
func (s *session) press(keys string) time.Time {
	s.drain()
	s.tracef("keys %q", keys)
	at := time.Now()
	_, _ = s.pty.Write([]byte(keys))
	return at
}

// close ends the program: quit keys first, then a kill if it lingers.
func (s *session) close(quit string) {
	s.readHWM()
	if quit != "" {
		_, _ = s.pty.Write([]byte(quit))
	}
	// Keep reading so a program writing its last frame never blocks.
	go func() {
		for range s.out {
		}
	}()
	select {
	case <-s.done:
	case <-time.After(3 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
	s.pty.Close()
	s.emu.Close()
	if s.stdin != nil {
		s.stdin.Close()
	}
}
