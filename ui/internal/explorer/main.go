// Command explorer runs dossier's explorer on the embedded story, with
// the explorer's own flags only. It exists for the explorer's end-to-end
// tests (and for looking at the explorer while the real command is being
// built); the dossier command is the one people run.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/ui"
)

func main() {
	var o ui.Options
	var topics string
	flag.StringVar(&topics, "topic", "", "comma-separated topic ids")
	flag.StringVar(&o.Search, "search", "", "search text")
	flag.BoolVar(&o.Plain, "plain", false, "plain mode")
	flag.BoolVar(&o.NoMouse, "no-mouse", false, "start without the mouse")
	flag.BoolVar(&o.NoColor, "no-color", false, "no colour")
	flag.StringVar(&o.Theme, "theme", "", "auto, dark or light")
	flag.StringVar(&o.Clipboard, "clipboard", "auto", "auto, osc52, native, tmux or off")
	file := flag.String("file", "", "dataset file (default: the embedded story)")
	flag.Parse()
	if topics != "" {
		o.Topics = strings.Split(topics, ",")
	}
	var err error
	if *file != "" {
		o.Data, err = data.LoadFile(*file)
	} else {
		o.Data, err = data.Default()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	o.Environ = os.Environ()
	o.Input, o.Output = os.Stdin, os.Stdout
	if err := ui.Run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
