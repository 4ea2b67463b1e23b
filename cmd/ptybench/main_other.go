//go:build !linux

// Command ptybench measures dossier in a pseudo-terminal; it reads process
// figures from /proc and so runs on Linux only.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "ptybench: runs on Linux only (it reads /proc)")
	os.Exit(1)
}
