package server

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/colorprofile"
)

// ExplorerOptions is what one PTY session's explorer starts with. Every
// field comes from that client: the flags it gave as its SSH command, and
// the few environment variables it sent. Nothing here comes from the
// server's own environment.
type ExplorerOptions struct {
	Plain, NoMouse, NoColor bool
	Theme                   string
	Topics                  []string
	Search                  string

	// Env holds only the client's NO_COLOR, COLORTERM, TERM and LANG
	// (TERM from its PTY request). It is never nil: Bubble Tea reads the
	// server's os.Environ() when given a nil environment.
	Env []string
	// Profile is the client's colour profile, from Env and --no-color.
	Profile colorprofile.Profile
	// Width and Height are the client's window at the start.
	Width, Height int

	// In and Out are the session: the client's keys and its terminal.
	In  io.Reader
	Out io.Writer
}

// explorerFlags is the allowlist, in the order the refusal message lists
// it; the bool says whether the flag takes a value.
var explorerFlags = []struct {
	name  string
	value bool
}{
	{"--plain", false}, {"--no-mouse", false}, {"--no-color", false},
	{"--theme", true}, {"--topic", true}, {"--search", true},
}

const maxOptionValue = 256

// parseExplorerArgs reads the SSH command of a PTY session as explorer
// flags. Anything outside the allowlist is an error whose text is the one
// line shown to the client. themes, when not nil, lists the accepted
// --theme values.
func parseExplorerArgs(args []string, themes []string) (ExplorerOptions, error) {
	var o ExplorerOptions
	for i := 0; i < len(args); i++ {
		arg := args[i]
		name, value, hasValue := strings.Cut(arg, "=")
		takesValue, known := explorerFlag(name)
		if !known {
			return o, refusal(arg)
		}
		if !takesValue {
			if hasValue {
				return o, fmt.Errorf("dossier: %s takes no value", name)
			}
		} else if !hasValue {
			if i+1 == len(args) {
				return o, fmt.Errorf("dossier: %s needs a value", name)
			}
			i++
			value = args[i]
		}
		if len(value) > maxOptionValue || strings.ContainsFunc(value, isControl) {
			return o, fmt.Errorf("dossier: the value of %s is too long or holds control characters", name)
		}
		switch name {
		case "--plain":
			o.Plain = true
		case "--no-mouse":
			o.NoMouse = true
		case "--no-color":
			o.NoColor = true
		case "--theme":
			if themes != nil && !slices.Contains(themes, value) {
				return o, fmt.Errorf("dossier: --theme must be one of %s", strings.Join(themes, ", "))
			}
			o.Theme = value
		case "--topic":
			o.Topics = append(o.Topics, value)
		case "--search":
			o.Search = value
		}
	}
	return o, nil
}

func explorerFlag(name string) (takesValue, known bool) {
	for _, f := range explorerFlags {
		if f.name == name {
			return f.value, true
		}
	}
	return false, false
}

// refusal is the one line for an option the explorer does not take over
// SSH. It names the offending word (made printable) and the allowlist.
func refusal(arg string) error {
	names := make([]string, len(explorerFlags))
	for i, f := range explorerFlags {
		names[i] = f.name
	}
	return fmt.Errorf("dossier: %q is not available over SSH; the explorer takes %s", printable(arg, 64), strings.Join(names, ", "))
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

// clientEnvKeys are the only variables a client may pass to its explorer.
var clientEnvKeys = []string{"NO_COLOR", "COLORTERM", "TERM", "LANG"}

// clientEnv keeps the allowed variables from what the client sent (the
// last value of each wins, as in a shell) and takes TERM from the PTY
// request, which is where ssh puts it. Values that are long or hold
// control characters are dropped.
func clientEnv(sent []string, term string) []string {
	vals := map[string]string{}
	for _, kv := range sent {
		k, v, ok := strings.Cut(kv, "=")
		if ok && slices.Contains(clientEnvKeys, k) {
			vals[k] = v
		}
	}
	if term != "" {
		vals["TERM"] = term
	}
	env := []string{}
	for _, k := range clientEnvKeys {
		v, ok := vals[k]
		if !ok || len(v) > 128 || strings.ContainsFunc(v, isControl) {
			continue
		}
		env = append(env, k+"="+v)
	}
	return env
}

// clientProfile is the colour profile the client's terminal can show.
// A PTY is a terminal even when TERM is missing, so the floor is ASCII
// (text attributes, no colours) rather than NoTTY; --no-color and
// NO_COLOR cap it at ASCII.
func clientProfile(env []string, noColor bool) colorprofile.Profile {
	p := colorprofile.Env(env)
	if p < colorprofile.ASCII {
		p = colorprofile.ASCII
	}
	if noColor {
		p = colorprofile.ASCII
	}
	return p
}
