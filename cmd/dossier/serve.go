package main

import (
	"context"
	"strings"
	"time"

	"charm.land/log/v2"
	"github.com/charmbracelet/fang"
	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/server"
)

func newServeCmd(a *app) *cobra.Command {
	var (
		addr        = server.DefaultAddr
		hostKey     = server.DefaultHostKeyPath()
		authKeys    string
		maxSessions = server.DefaultMaxSessions
		idle        = server.DefaultIdleTimeout
		maxSession  = server.DefaultMaxSession
		rate        = server.DefaultRate
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the explorer over SSH",
		Long: `Serve the story over SSH: every client gets its own explorer (ssh -t), or one
read-only command (list, show, export, version, help) without a terminal. The
story is loaded and indexed once, before serving.

The host key is created on first start (mode 0600); a key readable by group or
others is refused. Anyone may connect unless --authorized-keys lists the keys
that may. SIGINT or SIGTERM stops accepting, tells open sessions, and exits 0
once they have closed (or after a grace period).`,
		Example: `  dossier serve                              # on 127.0.0.1:23234
  ssh -t -p 23234 localhost                  # the explorer
  ssh -t -p 23234 localhost -- --plain --topic cartels
  ssh -p 23234 localhost list figures --format json
  dossier serve --addr :2222 --authorized-keys ~/.ssh/authorized_keys`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if maxSessions < 1 {
				return usagef("--max-sessions must be at least 1")
			}
			if idle <= 0 || maxSession <= 0 {
				return usagef("--idle-timeout and --max-session must be positive")
			}
			if rate < 0 {
				return usagef("--rate must be 0 (no limit) or more")
			}
			d, err := a.dataset()
			if err != nil {
				return err
			}
			cfg := server.Config{
				Addr:               addr,
				HostKeyPath:        hostKey,
				AuthorizedKeysPath: authKeys,
				MaxSessions:        maxSessions,
				IdleTimeout:        idle,
				MaxSession:         maxSession,
				Rate:               rate,
				Logger:             log.NewWithOptions(a.env.stderr, log.Options{ReportTimestamp: true, TimeFormat: time.RFC3339, Prefix: "serve"}),
				Data:               d,
				Searcher:           model.NewSearcher(d),
				Command:            sessionCommand(d),
			}
			if rate == 0 {
				cfg.Rate = -1 // the server's "off"; its 0 means "default"
			}
			srv, err := server.New(cfg)
			if err != nil {
				return err
			}
			ctx, stop := server.SignalContext(cmd.Context())
			defer stop()
			return srv.ListenAndServe(ctx)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&addr, "addr", addr, "listen on this `HOST:PORT` (loopback unless you say otherwise)")
	fl.StringVar(&hostKey, "host-key", hostKey, "the server's ed25519 host key `FILE`, created with mode 0600 if missing")
	fl.StringVar(&authKeys, "authorized-keys", "", "admit only the public keys in this authorized_keys `FILE` (default: anyone)")
	fl.IntVar(&maxSessions, "max-sessions", maxSessions, "sessions open at once; the next client is told the server is busy")
	fl.DurationVar(&idle, "idle-timeout", idle, "end a session after this long without input")
	fl.DurationVar(&maxSession, "max-session", maxSession, "end a session after this long in all")
	fl.Float64Var(&rate, "rate", rate, "new connections per second from one address (IPv6: per /64), in bursts of up to five seconds' worth; 0 for no limit")
	return cmd
}

// sessionCommand runs one SSH session's command. Each session gets an app
// and a command tree of its own, so flags parse into that session's
// values only, and its output goes to the session alone. fang is left out:
// it reads the server's terminal and environment (colour scheme, help
// width) and adds a man command that writes to the server's stdout.
func sessionCommand(story *model.Dataset) server.CommandFunc {
	return func(ctx context.Context, r server.CommandRequest) int {
		a := newApp(env{
			stdin:   strings.NewReader(""), // never the server's stdin
			stdout:  r.Stdout,
			stderr:  r.Stderr,
			environ: r.Env,
			tty:     r.PTY,
			width:   r.Width,
			errTTY:  r.PTY,
		})
		a.runExplorer = nil // commands only: PTY sessions get the explorer from the server
		// The served story, loaded once before serving and only read.
		a.story = story
		root := newRootCmd(a)
		root.SetArgs(r.Args)
		root.SetIn(a.env.stdin)
		root.SetOut(r.Stdout)
		root.SetErr(r.Stderr)
		root.SilenceErrors = true
		root.SilenceUsage = true
		root.CompletionOptions.DisableDefaultCmd = true
		root.Version = versionString()
		if err := root.ExecuteContext(ctx); err != nil {
			errorHandler(r.PTY)(r.Stderr, fang.Styles{}, err)
			return exitCode(err)
		}
		if err := a.flush(); err != nil {
			return exitFailure
		}
		return exitOK
	}
}
