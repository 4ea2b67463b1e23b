package server

import (
	"bytes"
	"fmt"
	"os"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// authorizedKeys is the allowlist read from an authorized_keys file.
//
// It is read once at start and every line must parse: a typo that
// silently dropped a key (or, worse, was skipped while the operator
// believed it restricted access) should stop the server instead. Options
// before a key (command=..., from=...) are accepted but not enforced, so
// they are reported when the file is loaded.
type authorizedKeys struct {
	keys []gossh.PublicKey
	// ignoredOptions counts lines whose options the server does not apply.
	ignoredOptions int
}

func loadAuthorizedKeys(path string) (*authorizedKeys, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	ak := &authorizedKeys{}
	for i, line := range bytes.Split(raw, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, _, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("authorized keys %s:%d: %w", path, i+1, err)
		}
		if len(options) > 0 {
			ak.ignoredOptions++
		}
		ak.keys = append(ak.keys, key)
	}
	if len(ak.keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s: no keys (an empty allowlist would refuse everyone)", path)
	}
	return ak, nil
}

// allows reports whether key is listed. ssh.KeysEqual compares in
// constant time.
func (ak *authorizedKeys) allows(_ ssh.Context, key ssh.PublicKey) bool {
	for _, k := range ak.keys {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	return false
}
