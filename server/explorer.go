package server

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/ssh"
)

// runExplorer runs one explorer on a PTY session until the client quits,
// the server ends the session, or the connection drops.
//
// It follows wish's bubbletea middleware (input and output are the
// session, window changes become tea.WindowSizeMsg) with the differences
// a shared server needs: the environment is the client's allowlisted
// variables only, the colour profile is the client's, Bubble Tea's own
// SIGINT/SIGTERM handler is off (the server handles signals, once, for
// everyone), suspend and exec are filtered out (they would act on the
// server process), and the program's context is the session's.
func (srv *Server) runExplorer(s *session, pty ssh.Pty, winch <-chan ssh.Window, args []string) {
	o, err := parseExplorerArgs(args, srv.cfg.Themes)
	if err != nil {
		s.refuse("explorer option", err.Error())
		return
	}
	o.Env = clientEnv(s.Environ(), pty.Term)
	o.Profile = clientProfile(o.Env, o.NoColor)
	o.Width, o.Height = pty.Window.Width, pty.Window.Height
	if o.Width <= 0 || o.Height <= 0 {
		// A client that cannot tell its size (ssh -tt from a pipe)
		// reports 0x0; draw for the classic terminal rather than nothing.
		o.Width, o.Height = 80, 24
	}
	o.In, o.Out = activityReader{s}, s.Session

	prog, err := srv.cfg.Explorer(s.ctx, o)
	if err != nil {
		s.refuse("explorer start", err.Error())
		return
	}
	if prog.Cleanup != nil {
		defer prog.Cleanup()
	}
	// Defaults first, then the explorer's own options (it may lower the
	// colour profile, drop the renderer in --plain), then the server's
	// invariants, which nothing may override.
	opts := []tea.ProgramOption{
		tea.WithColorProfile(o.Profile),
		tea.WithWindowSize(o.Width, o.Height),
		tea.WithFPS(srv.cfg.FPS),
	}
	opts = append(opts, prog.Options...)
	opts = append(opts,
		tea.WithContext(s.ctx),
		tea.WithInput(o.In),
		tea.WithOutput(o.Out),
		tea.WithEnvironment(o.Env),
		tea.WithoutSignalHandler(),
		tea.WithFilter(serverSafe),
	)
	p := tea.NewProgram(prog.Model, opts...)

	done := make(chan struct{})
	go func() {
		ended := s.st.ended
		for {
			select {
			case <-done:
				return
			case <-ended:
				ended = nil
				p.Quit() // the explorer gives the terminal back before the message
			case w, ok := <-winch:
				if !ok {
					winch = nil
					continue
				}
				s.st.touch()
				p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
			}
		}
	}()
	_, err = p.Run()
	close(done)
	p.Kill() // restores the client's terminal if Run ended abnormally; no-op otherwise
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		s.log.Error("explorer panic (stack on stderr)")
		s.say(msgInternal)
		s.code = 1
	case err != nil && !errors.Is(err, tea.ErrProgramKilled):
		s.log.Warn("explorer", "error", err)
		s.code = 1
	}
}

// serverSafe drops the messages that would act on the server process
// rather than the client's terminal: suspend (SIGTSTP to the server) and
// exec (a process on the server). The explorer never sends either; this
// keeps it so whatever it comes to do.
func serverSafe(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	}
	if fmt.Sprintf("%T", msg) == "tea.execMsg" {
		return nil
	}
	return msg
}
