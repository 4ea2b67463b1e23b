// Command dossier explores a news story as structured, sourced facts: an
// interactive explorer on a terminal, and list, show, export and validate
// commands for scripts.
package main

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

func main() {
	// SIGINT, SIGTERM and SIGHUP cancel the run, so that the explorer puts
	// the terminal back (alternate screen, cursor, mouse) before dossier
	// exits with 128 + the signal's number, as shells expect.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	ctx, cancel := context.WithCancel(context.Background())
	var caught atomic.Int32
	go func() {
		if s, ok := (<-sigs).(syscall.Signal); ok {
			caught.Store(int32(s))
		}
		cancel()
	}()
	code := run(ctx, osEnv(), os.Args[1:])
	if s := caught.Load(); s != 0 {
		code = 128 + int(s)
	}
	os.Exit(code)
}
