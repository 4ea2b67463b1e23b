package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	gossh "golang.org/x/crypto/ssh"
)

// loadHostKey reads the host key at path, or creates an ed25519 key there
// when nothing exists yet. It returns whether it created the key so the
// caller can log it.
//
// An existing key that group or others may access is refused rather than
// used (as sshd does): a host key that others can read lets them
// impersonate the server.
func loadHostKey(path string) (gossh.Signer, bool, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		signer, err := createHostKey(path)
		return signer, err == nil, err
	case err != nil:
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, false, fmt.Errorf("host key %s is not a regular file", path)
	}
	// Windows has no mode bits to check; its ACLs are the user's business.
	if perm := info.Mode().Perm(); runtime.GOOS != "windows" && perm&0o077 != 0 {
		return nil, false, fmt.Errorf("host key %s has mode %04o: it must not be accessible by group or others (chmod 600 %s)", path, perm, path)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	signer, err := gossh.ParsePrivateKey(raw)
	if err != nil {
		// The parse error never quotes the key, so it is safe to show.
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, false, nil
}

// createHostKey writes a new ed25519 key in OpenSSH format. O_EXCL makes
// creation atomic (two servers starting at once cannot both write) and
// refuses to follow a symlink planted at path; the mode is 0600 from the
// first byte, never widened then narrowed.
func createHostKey(path string) (gossh.Signer, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "dossier host key")
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	if _, err := f.Write(pem.EncodeToMemory(block)); err != nil {
		f.Close()
		os.Remove(path)
		return nil, fmt.Errorf("host key: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(path)
		return nil, fmt.Errorf("host key: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return nil, fmt.Errorf("host key: %w", err)
	}
	return gossh.NewSignerFromKey(priv)
}
