package main

import (
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// progress reports a long run: a line redrawn in place on a terminal
// (articles, triples, rate, ETA), a log line every LogEvery otherwise.
type progress struct {
	w        io.Writer
	tty      bool
	total    int64 // input bytes, 0 when unknown (standard input)
	began    time.Time
	last     time.Time
	articles int
	triples  int
	bytes    int64
}

// progressLogEvery is how often a run that is not on a terminal logs its progress.
const progressLogEvery = 10 * time.Second

func newProgress(w io.Writer, paths []string) *progress {
	p := &progress{w: w, began: time.Now()}
	p.last = p.began
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	for _, path := range paths {
		if path == "-" {
			p.total = 0
			break
		}
		_ = filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					p.total += info.Size()
				}
			}
			return nil
		})
	}
	return p
}

// add counts one article of n bytes with its triples.
func (p *progress) add(triples int, n int64) {
	p.articles++
	p.triples += triples
	p.bytes += n
	now := time.Now()
	switch {
	case p.tty && now.Sub(p.last) >= 200*time.Millisecond:
		p.last = now
		fmt.Fprintf(p.w, "\r\033[K%s", p.line(now))
	case !p.tty && now.Sub(p.last) >= progressLogEvery:
		p.last = now
		slog.Info("progress", "articles", p.articles, "triples", p.triples, "rate", p.line(now))
	}
}

func (p *progress) line(now time.Time) string {
	secs := now.Sub(p.began).Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	s := fmt.Sprintf("%d articles  %d triples  %.0f articles/s  %.2f MB/s", p.articles, p.triples,
		float64(p.articles)/secs, float64(p.bytes)/secs/1e6)
	if p.total > 0 && p.bytes > 0 && p.bytes < p.total {
		eta := time.Duration(float64(p.total-p.bytes) / (float64(p.bytes) / secs) * float64(time.Second))
		s += "  ETA " + eta.Round(time.Second).String()
	}
	return s
}

// done clears the terminal line.
func (p *progress) done() {
	if p.tty && p.articles > 0 {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
