package main

import (
	"fmt"
	"os"
	"os/exec"
)

var formats = map[string]string{"gzip": "-z", "bzip2": "-j", "xz": "-J"}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: archiver FORMAT DIR")
		os.Exit(2)
	}
	flag, ok := formats[os.Args[1]]
	if !ok {
		fmt.Fprintln(os.Stderr, "unknown format")
		os.Exit(2)
	}
	cmd := exec.Command("tar", "-c", flag, "-f", "backup.tar", "--", os.Args[2])
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		os.Exit(1)
	}
}
