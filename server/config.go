package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui"
)

// Defaults for the limits. They are meant for a small public host: a few
// dozen readers at once, nobody holding a session forever.
const (
	DefaultAddr        = "127.0.0.1:23234"
	DefaultMaxSessions = 100
	DefaultIdleTimeout = 10 * time.Minute
	DefaultMaxSession  = time.Hour
	DefaultRate        = 1.0 // new connections per second per source address
	DefaultGrace       = 10 * time.Second
)

// ExplorerFunc builds the explorer for one PTY session. ctx is the
// session's own context (see StateFrom). It runs on the session's
// goroutine; an error is shown to the client as one line and ends the
// session.
type ExplorerFunc func(ctx context.Context, o ExplorerOptions) (Program, error)

// Program is an explorer ready to run: its model, the program options it
// asks for (the server adds its own after them, and those win where they
// overlap), and a cleanup to run when it has stopped (may be nil).
type Program struct {
	Model   tea.Model
	Options []tea.ProgramOption
	Cleanup func()
}

// CommandFunc runs one read-only command for a session without the
// explorer, and returns its exit status. The request has passed the
// command gate (see CommandPolicy). It must build its own command tree
// (no shared flag variables), read nothing from the server's stdin, and
// write only to the request's Stdout and Stderr.
type CommandFunc func(ctx context.Context, r CommandRequest) int

// CommandRequest is one session's command.
type CommandRequest struct {
	Args []string
	// Stdout and Stderr go to the client. Without a PTY they strip what
	// could drive a terminal (the output may well end on one, and the
	// server cannot tell), which JSON and YAML never hold anyway.
	Stdout, Stderr io.Writer
	// PTY says the output is the client's terminal, Width columns wide.
	PTY   bool
	Width int
	// Env is the client's NO_COLOR, COLORTERM, TERM and LANG only.
	Env []string
}

// Config is everything a Server needs. The zero value of each limit means
// its default, except Rate, where a negative value turns the limit off.
type Config struct {
	// Addr is the TCP address to listen on (ListenAndServe only).
	Addr string
	// HostKeyPath is the ed25519 host key: generated with mode 0600 when
	// missing, refused when it is readable by group or others.
	HostKeyPath string
	// AuthorizedKeysPath, when set, admits only the public keys it lists;
	// when empty anyone may connect.
	AuthorizedKeysPath string

	// MaxSessions caps concurrent sessions; the next client is told the
	// server is busy and closed.
	MaxSessions int
	// MaxConns caps open TCP connections, checked before the handshake so
	// that a flood of half-open connections costs nothing. Default
	// 2*MaxSessions+16, leaving room to tell the over-limit clients why.
	MaxConns int
	// MaxConnsPerSource caps the open connections of one source address
	// (IPv6: one /64), so that one host cannot take every slot. Default 16.
	MaxConnsPerSource int
	// LoginGrace is how long a connection has to finish its handshake and
	// open a session (sshd's LoginGraceTime); then it is closed. Default
	// 30s.
	LoginGrace time.Duration
	// IdleTimeout ends a session after this long without input.
	IdleTimeout time.Duration
	// MaxSession ends a session after this long, whatever it does.
	MaxSession time.Duration
	// Rate is the number of new connections a source address may open per
	// second (IPv6 addresses count per /64), with bursts of Burst.
	Rate  float64
	Burst int
	// Grace is how long open sessions get to close after shutdown begins.
	Grace time.Duration
	// FPS caps each explorer's frame rate (default 30: plenty over SSH,
	// and it halves the idle wake-ups of bubbletea's default 60).
	FPS int

	// Logger receives the structured logs; default: charm.land/log to
	// stderr.
	Logger *log.Logger

	// Data is the served story and Searcher its search index (built here
	// when nil). Both are built once, before serving, and only read
	// after: every session shares them.
	Data     *model.Dataset
	Searcher *model.Searcher
	// Explorer builds a PTY session's explorer; default: dossier's
	// explorer (package ui) on Data.
	Explorer ExplorerFunc
	// Command runs a gated read-only command. When nil, sessions without
	// the explorer are refused.
	Command CommandFunc
	// Commands is the command gate; the zero value means
	// DefaultCommandPolicy().
	Commands *CommandPolicy
	// Themes lists the values --theme accepts; default: the explorer's.
	Themes []string
}

// DefaultHostKeyPath is where the host key lives unless --host-key says
// otherwise: the user's config directory, so that a key survives
// restarts and is not left in whatever directory the server started in.
func DefaultHostKeyPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "dossier_host_ed25519"
	}
	return filepath.Join(dir, "dossier", "ssh_host_ed25519_key")
}

// BurstFor is the burst the CLI pairs with a rate: five seconds' worth,
// at least one, so that opening a few windows at once is never refused.
func BurstFor(rate float64) int {
	if rate <= 0 {
		return 0
	}
	return max(1, int(math.Ceil(5*rate)))
}

// withDefaults fills the zero values and checks the rest.
func (c Config) withDefaults() (Config, error) {
	if c.Explorer == nil {
		if c.Data == nil {
			return c, errors.New("server: Config.Data or Config.Explorer is required")
		}
		if c.Searcher == nil {
			c.Searcher = model.NewSearcher(c.Data)
		}
		c.Explorer = UIExplorer(c.Data, c.Searcher)
	}
	if c.Themes == nil {
		c.Themes = []string{ui.ThemeAuto, ui.ThemeDark, ui.ThemeLight}
	}
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.HostKeyPath == "" {
		c.HostKeyPath = DefaultHostKeyPath()
	}
	if c.MaxSessions == 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.MaxSessions < 0 {
		return c, fmt.Errorf("server: max sessions must be positive, got %d", c.MaxSessions)
	}
	if c.MaxConns == 0 {
		c.MaxConns = 2*c.MaxSessions + 16
	}
	if c.MaxConnsPerSource <= 0 {
		c.MaxConnsPerSource = 16
	}
	if c.LoginGrace <= 0 {
		c.LoginGrace = 30 * time.Second
	}
	if c.IdleTimeout == 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.MaxSession == 0 {
		c.MaxSession = DefaultMaxSession
	}
	if c.IdleTimeout < 0 || c.MaxSession < 0 {
		return c, errors.New("server: timeouts must be positive")
	}
	if c.Rate == 0 {
		c.Rate = DefaultRate
	}
	if c.Rate > 0 && c.Burst <= 0 {
		c.Burst = BurstFor(c.Rate)
	}
	if c.Grace <= 0 {
		c.Grace = DefaultGrace
	}
	if c.FPS <= 0 {
		c.FPS = 30
	}
	if c.Logger == nil {
		c.Logger = log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true, Prefix: "serve"})
	}
	if c.Commands == nil {
		p := DefaultCommandPolicy()
		c.Commands = &p
	}
	return c, nil
}
