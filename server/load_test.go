//go:build unix

package server

import (
	"bufio"
	"context"
	"fmt"
	"github.com/dossier-dev/dossier/internal/testutil"
	"io"
	"net"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/dossier-dev/dossier/data"
)

// The load test serves the real explorer from a child process (this test
// binary, re-run as TestLoadHelper) so that the server's CPU, memory and
// goroutines are measured apart from the clients'. It starts n clients at
// once, each with its own connection and a PTY; waits for each first
// frame; holds them all open; has each press y and waits for the OSC 52
// answer; closes them; checks that the server's goroutines return to their
// baseline; and stops the server. Every limit it relies on is set
// explicitly.
//
//	go test ./server -run TestLoad -v                      # 20 sessions
//	DOSSIER_LOADTEST=1 go test ./server -run TestLoad200 -v # 200 sessions
//
// DOSSIER_LOADTEST_CPUPROFILE=FILE writes the server's CPU profile, and
// DOSSIER_LOADTEST_HEAPPROFILE=FILE its heap with the sessions open.

func TestLoad20(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	loadTest(t, 20)
}

func TestLoad200(t *testing.T) {
	if os.Getenv("DOSSIER_LOADTEST") != "1" {
		t.Skip("set DOSSIER_LOADTEST=1 to run the 200-session load test")
	}
	loadTest(t, 200)
}

// loadLimits are the server's limits under load, all explicit.
func loadLimits(n int) Config {
	return Config{
		MaxSessions: n + 8,
		MaxConns:    2*n + 16,
		// Every client comes from 127.0.0.1.
		MaxConnsPerSource: 2*n + 16,
		Rate:              -1,
		LoginGrace:        time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxSession:        5 * time.Minute,
		Grace:             5 * time.Second,
		FPS:               30,
	}
}

// TestLoadHelper is the server process of the load test; it does nothing
// when run on its own.
func TestLoadHelper(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("DOSSIER_LOADTEST_SERVER"))
	if err != nil {
		t.Skip("the load test's server process")
	}
	d, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg := loadLimits(n)
	cfg.Data = d
	cfg.HostKeyPath = t.TempDir() + "/host_key"
	cfg.Logger = log.New(io.Discard)
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if path := os.Getenv("DOSSIER_LOADTEST_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	// Stop on STOP, on the parent going away (stdin closes), or after a
	// bound, whichever comes first: the helper never outlives its test.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	fmt.Printf("ADDR %s\n", ln.Addr())
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() && in.Text() != "STOP" {
		if in.Text() == "STATS" {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			var ru syscall.Rusage
			_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
			cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
			if path := os.Getenv("DOSSIER_LOADTEST_HEAPPROFILE"); path != "" && srv.Sessions() > 0 {
				writeHeapProfile(t, path)
			}
			fmt.Printf("STATS goroutines=%d heap=%d rss=%d cpu=%d sessions=%d\n",
				runtime.NumGoroutine(), ms.HeapInuse, currentRSS(), cpu, srv.Sessions())
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	fmt.Println("STOPPED")
}

// writeHeapProfile writes the heap as it is with sessions open.
func writeHeapProfile(t *testing.T, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		t.Fatal(err)
	}
}

// stats is one STATS answer.
type stats struct {
	goroutines, sessions int
	heap, rss            int64
	cpu                  time.Duration
}

// helper drives the server process.
type helper struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Scanner
	addr string
}

func startHelper(t *testing.T, n int) *helper {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadHelper$", "-test.v=false")
	cmd.Env = append(os.Environ(), "DOSSIER_LOADTEST_SERVER="+strconv.Itoa(n))
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	h := &helper{cmd: cmd, in: in, out: bufio.NewScanner(out)}
	t.Cleanup(func() {
		h.in.Close()
		_ = h.cmd.Wait()
	})
	h.addr = strings.TrimPrefix(h.line(t, "ADDR "), "ADDR ")
	return h
}

// line reads the helper's output up to the next line starting with prefix.
func (h *helper) line(t *testing.T, prefix string) string {
	t.Helper()
	for h.out.Scan() {
		if l := h.out.Text(); strings.HasPrefix(l, prefix) {
			return l
		}
	}
	t.Fatalf("server process ended before %q", prefix)
	return ""
}

func (h *helper) stats(t *testing.T) stats {
	t.Helper()
	fmt.Fprintln(h.in, "STATS")
	var s stats
	var cpu int64
	l := h.line(t, "STATS ")
	if _, err := fmt.Sscanf(l, "STATS goroutines=%d heap=%d rss=%d cpu=%d sessions=%d", &s.goroutines, &s.heap, &s.rss, &cpu, &s.sessions); err != nil {
		t.Fatalf("%q: %v", l, err)
	}
	s.cpu = time.Duration(cpu)
	return s
}

func (h *helper) stop(t *testing.T) {
	t.Helper()
	fmt.Fprintln(h.in, "STOP")
	h.line(t, "STOPPED")
	h.in.Close()
	if err := h.cmd.Wait(); err != nil {
		t.Errorf("server process: %v", err)
	}
}

// client is one load-test session.
type client struct {
	conn  *gossh.Client
	sess  *gossh.Session
	in    io.WriteCloser
	out   *testutil.SyncBuffer
	first time.Duration // dial to first frame
	key   time.Duration // y to the OSC 52 answer
}

func (c *client) waitFor(want string, from int, d time.Duration) error {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		if s := c.out.String(); len(s) >= from && strings.Contains(s[from:], want) {
			return nil
		}
	}
	return fmt.Errorf("no %q within %v", want, d)
}

// open dials, asks for a PTY and waits for the first frame.
func (c *client) open(addr string) error {
	start := time.Now()
	conn, err := tryDial(addr)
	if err != nil {
		return err
	}
	c.conn = conn
	if c.sess, err = conn.NewSession(); err != nil {
		return err
	}
	if err := c.sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		return err
	}
	c.out = &testutil.SyncBuffer{}
	c.sess.Stdout = c.out
	if c.in, err = c.sess.StdinPipe(); err != nil {
		return err
	}
	if err := c.sess.Shell(); err != nil {
		return err
	}
	// The tab bar is the first line of the first frame; its last tab
	// closes it.
	if err := c.waitFor("Source", 0, 60*time.Second); err != nil {
		return fmt.Errorf("first frame: %w", err)
	}
	c.first = time.Since(start)
	return nil
}

// press sends y (copy the selected item) and waits for the OSC 52 write
// that answers it: a reply only a keystroke can cause.
func (c *client) press() error {
	mark := len(c.out.String())
	start := time.Now()
	if _, err := c.in.Write([]byte("y")); err != nil {
		return err
	}
	if err := c.waitFor("\x1b]52;c;", mark, 30*time.Second); err != nil {
		return fmt.Errorf("keystroke: %w", err)
	}
	c.key = time.Since(start)
	return nil
}

func (c *client) close() {
	if c.sess != nil {
		c.sess.Close()
	}
	if c.conn != nil {
		c.conn.Close()
	}
}

func loadTest(t *testing.T, n int) {
	begin := time.Now()
	h := startHelper(t, n)
	base := h.stats(t)

	clients := make([]*client, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range clients {
		clients[i] = &client{}
		wg.Go(func() { errs[i] = clients[i].open(h.addr) })
	}
	wg.Wait()
	defer func() {
		for _, c := range clients {
			c.close()
		}
	}()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("client %d of %d: %v", i, n, err)
		}
	}
	opened := h.stats(t)
	if opened.sessions != n {
		t.Fatalf("server holds %d sessions, want %d", opened.sessions, n)
	}

	// Hold: everything open and idle, to see what sessions cost at rest.
	const hold = 2 * time.Second
	time.Sleep(hold)
	held := h.stats(t)

	for i, c := range clients {
		wg.Go(func() { errs[i] = c.press() })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("client %d of %d: %v", i, n, err)
		}
	}
	pressed := h.stats(t)

	closing := time.Now()
	for _, c := range clients {
		c.close()
	}
	var after stats
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		after = h.stats(t)
		if after.sessions == 0 && after.goroutines <= base.goroutines {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("goroutines did not return to baseline: %d now, %d before (%d sessions open)", after.goroutines, base.goroutines, after.sessions)
		}
	}
	drained := time.Since(closing)
	h.stop(t)

	first := make([]time.Duration, n)
	keys := make([]time.Duration, n)
	for i, c := range clients {
		first[i], keys[i] = c.first, c.key
	}
	per := func(b int64) string { return fmt.Sprintf("%.0f kB", float64(b)/float64(n)/1000) }
	t.Logf("%d concurrent PTY sessions (GOMAXPROCS %d, %s/%s), all connecting at once:", n, runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH)
	t.Logf("  time to first frame (dial to tab bar): p50 %v, p99 %v, max %v", pct(first, 50), pct(first, 99), pct(first, 100))
	t.Logf("  keystroke to OSC 52 answer:           p50 %v, p99 %v, max %v", pct(keys, 50), pct(keys, 99), pct(keys, 100))
	t.Logf("  server CPU to connect and draw:       %v per session", (opened.cpu-base.cpu)/time.Duration(n))
	t.Logf("  server CPU while all %d sit idle:    %.2f%% of one core in all", n, 100*float64(held.cpu-opened.cpu)/float64(hold))
	t.Logf("  server CPU per keystroke (y):         %v per session", (pressed.cpu-held.cpu)/time.Duration(n))
	t.Logf("  server memory per open session:       RSS %s, Go heap %s (RSS %d MB with all open, %d MB before)",
		per(held.rss-base.rss), per(held.heap-base.heap), held.rss>>20, base.rss>>20)
	t.Logf("  goroutines: %d before, %d with all open, %d after all closed (back to baseline %v after the clients closed)",
		base.goroutines, held.goroutines, after.goroutines, drained.Round(time.Millisecond))
	t.Logf("  whole test: %v", time.Since(begin).Round(time.Millisecond))
}

// pct is the p-th percentile of ds (nearest rank).
func pct(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := max((p*len(s)+99)/100-1, 0)
	return s[min(i, len(s)-1)].Round(time.Millisecond)
}

// currentRSS is the process's resident set now, in bytes: VmRSS on Linux,
// the peak (ru_maxrss) elsewhere.
func currentRSS() int64 {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				return kb << 10
			}
		}
	}
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	if runtime.GOOS == "darwin" {
		return ru.Maxrss
	}
	return ru.Maxrss << 10
}
