package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	w, h := 120, 40
	fmt.Sscanf(os.Getenv("DUMP"), "%dx%d", &w, &h)
	m := newModel(t, w, h, Options{})
	if ks := os.Getenv("DUMPKEYS"); ks != "" {
		for _, k := range strings.Split(ks, ",") {
			send(m, keys(k)...)
		}
		fmt.Println(screen(m))
		return
	}
	fmt.Println(screen(m))
	send(m, keys("2")...)
	fmt.Println(screen(m))
	send(m, keys("3")...)
	fmt.Println(screen(m))
	send(m, keys("4")...)
	fmt.Println(screen(m))
}
