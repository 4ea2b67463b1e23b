#!/usr/bin/env bash
# Makes the README's screenshots of the explorer from its golden files:
# each golden is the real program's screen (View().Content) at 120x40, so
# the pictures are what a terminal shows. Needs freeze
# (go install github.com/charmbracelet/freeze@v0.2.2) and perl.
#
#   ui/screenshots/make.sh      # after go test ./ui -run Golden -update
set -euo pipefail
cd "$(dirname "$0")"
golden=../testdata
bg="#111118"
shot() { # name golden-file
  # freeze draws no reverse video: spell it out as colours on the
  # background, so the emphasized span and the cursor show.
  perl -pe 's/\e\[(1;)?7;38;2;(\d+);(\d+);(\d+)m/\e[${1}38;2;17;17;24;48;2;$2;$3;${4}m/g; s/\e\[7m/\e[38;2;17;17;24;48;2;228;228;234m/g' \
    "$golden/$2" > "/tmp/dossier-shot-$1.ansi"
  # A fixed width keeps freeze at scale 1: a PNG of 200 kB, not 2 MB.
  freeze -l ansi -b "$bg" --window --width 1080 -o "$1.png" "/tmp/dossier-shot-$1.ansi" > /dev/null
  rm -f "/tmp/dossier-shot-$1.ansi"
  echo "wrote ui/screenshots/$1.png"
}
shot actors   TestGoldenTabs/actors_120x40_dark.golden
shot timeline TestGoldenTabs/timeline_120x40_dark.golden
shot numbers  TestGoldenTabs/numbers_120x40_dark.golden
shot source   TestGoldenStates/jump_to_source.golden
shot search   TestGoldenStates/search_garcia_harfuch.golden
shot copy     TestGoldenStates/copy_menu_actor.golden
