// Package server serves the dossier explorer over SSH (charm.land/wish/v2):
// every connection gets its own explorer, or one read-only command, over a
// single story that is loaded and indexed once before serving and never
// written after.
//
// A session's whole state (its options, size, colour profile, clipboard
// policy, timers) lives in a value carried by that session's own context,
// never in package variables, so sessions cannot see or disturb each other.
// The server defends itself in layers: connections are rate limited per
// source address and capped before the SSH handshake, sessions are capped
// after it, idle and maximum-duration timers end sessions with a message,
// a panic ends only the session that raised it, and the explorer is given an
// empty environment so that nothing a client does can reach the server's own
// clipboard, display or tmux.
package server
