package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/diplograph/diplograph/extract"
)

// A Source yields articles. Read calls fn for each article in order and
// reports each bad record to reject, with where it came from and why, and
// goes on; it returns early only with the error fn returns or when ctx is
// done.
type Source interface {
	Read(ctx context.Context, fn func(*extract.Article) error, reject func(*extract.RecordError)) error
}

// Formats are the input formats Inputs.Format may name.
var Formats = []string{"text", "jsonl", "html", "feed", "urls", "csv", "tsv", "warc"}

// ErrFormat is an input whose format is unknown or not the one named.
var ErrFormat = errors.New("unknown input format")

// Inputs is the Source of command-line arguments: files, folders
// (recursively, the files of known extensions in name order), "-" for JSON
// Lines on standard input, and http(s) URLs. The format of each comes from
// Format when set, else from the extension (.txt .jsonl .json .html .htm
// .rss .atom .xml .urls .csv .tsv .warc .warc.gz) or, for a URL, the
// response's content type; a .txt file whose lines are all URLs is a URL
// list.
type Inputs struct {
	Args    []string
	Format  string    // one of Formats, or "" to choose by extension or content type
	Stdin   io.Reader // for "-"
	Fetcher *Fetcher  // for URLs, feeds and URL lists; nil rejects what needs the web
	Map     Mapping   // CSV/TSV columns
	Since   time.Time // feeds: items published before this day are left out
}

// Read implements Source.
func (in *Inputs) Read(ctx context.Context, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	if in.Format != "" && !isFormat(in.Format) {
		return fmt.Errorf("%w %q: want one of %s", ErrFormat, in.Format, strings.Join(Formats, ", "))
	}
	for _, arg := range in.Args {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case arg == "-":
			if in.Format != "" && in.Format != "jsonl" {
				err = in.readStream(ctx, arg, in.Format, fn, reject)
			} else {
				r := &extract.Reader{Stdin: in.Stdin, Reject: reject}
				err = r.Read(ctx, []string{"-"}, fn)
			}
		case isURL(arg):
			err = in.readURL(ctx, arg, fn, reject)
		default:
			err = in.readPath(ctx, arg, fn, reject)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func isFormat(f string) bool {
	for _, g := range Formats {
		if f == g {
			return true
		}
	}
	return false
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// formatOf names the format of a file by its extension, "" when unknown.
func formatOf(path string) string {
	l := strings.ToLower(path)
	switch {
	case strings.HasSuffix(l, ".warc"), strings.HasSuffix(l, ".warc.gz"):
		return "warc"
	}
	switch filepath.Ext(l) {
	case ".txt":
		return "text"
	case ".jsonl", ".json":
		return "jsonl"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".rss", ".atom", ".xml":
		return "feed"
	case ".urls":
		return "urls"
	case ".csv":
		return "csv"
	case ".tsv":
		return "tsv"
	}
	return ""
}

// readPath reads a file, or the files of a folder.
func (in *Inputs) readPath(ctx context.Context, p string, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	info, err := os.Stat(p)
	if err != nil {
		reject(&extract.RecordError{File: p, Err: err})
		return nil
	}
	if !info.IsDir() {
		return in.readFile(ctx, p, in.Format, fn, reject)
	}
	for _, f := range in.files(p, reject) {
		if err := in.readFile(ctx, f, "", fn, reject); err != nil {
			return err
		}
	}
	return nil
}

// readFile reads one file in format (by extension when "").
func (in *Inputs) readFile(ctx context.Context, path, format string, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if format == "" {
		format = formatOf(path)
	}
	if format == "" {
		// What a folder walk would not list: read as the old reader did, a
		// text file.
		format = "text"
	}
	if format == "text" || format == "jsonl" {
		if format == "text" && looksLikeURLList(path) {
			format = "urls"
		} else {
			r := &extract.Reader{Reject: reject}
			if format == "jsonl" && !strings.HasSuffix(path, ".jsonl") && !strings.HasSuffix(path, ".json") {
				return in.readStream(ctx, path, format, fn, reject)
			}
			return r.Read(ctx, []string{path}, fn)
		}
	}
	f, err := openRegular(path)
	if err != nil {
		reject(&extract.RecordError{File: path, Err: err})
		return nil
	}
	defer f.Close()
	return in.read(ctx, f, path, format, fn, reject)
}

// readStream reads standard input or a file in an explicit format.
func (in *Inputs) readStream(ctx context.Context, name, format string, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	if name == "-" {
		src := in.Stdin
		if src == nil {
			src = strings.NewReader("")
		}
		return in.read(ctx, src, "stdin", format, fn, reject)
	}
	f, err := openRegular(name)
	if err != nil {
		reject(&extract.RecordError{File: name, Err: err})
		return nil
	}
	defer f.Close()
	return in.read(ctx, f, name, format, fn, reject)
}

// read reads r, named name, in format.
func (in *Inputs) read(ctx context.Context, r io.Reader, name, format string, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	switch format {
	case "html":
		b, err := readMax(r, extract.MaxArticle)
		if err != nil {
			reject(&extract.RecordError{File: name, Err: err})
			return nil
		}
		art, err := HTMLArticle(b, "", "")
		if err != nil {
			reject(&extract.RecordError{File: name, Err: err})
			return nil
		}
		if art.ID == "" {
			art.ID = baseID(name)
		}
		art.File = name
		return fn(art)
	case "feed":
		b, err := readMax(r, extract.MaxArticle)
		if err != nil {
			reject(&extract.RecordError{File: name, Err: err})
			return nil
		}
		return in.readFeed(ctx, b, name, "", fn, reject)
	case "urls":
		return in.readURLList(ctx, r, name, fn, reject)
	case "csv", "tsv":
		return in.readCSV(ctx, r, name, format == "tsv", fn, reject)
	case "warc":
		return readWARC(ctx, r, name, fn, reject)
	case "text":
		b, err := readMax(r, extract.MaxArticle)
		if err != nil {
			reject(&extract.RecordError{File: name, Err: err})
			return nil
		}
		art, err := extract.TextArticle(name, b)
		if err != nil {
			reject(&extract.RecordError{File: name, Err: err})
			return nil
		}
		art.File = name
		return fn(art)
	case "jsonl":
		// A JSON Lines file under another name: the reader reads it as standard input.
		rd := &extract.Reader{Stdin: r, Reject: func(e *extract.RecordError) {
			if e.File == "stdin" {
				e.File = name
			}
			reject(e)
		}}
		return rd.Read(ctx, []string{"-"}, func(a *extract.Article) error {
			a.File = name
			return fn(a)
		})
	}
	return fmt.Errorf("%w %q", ErrFormat, format)
}

// readMax reads r whole, up to max bytes.
func readMax(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %d MiB", ErrTooLarge, max>>20)
	}
	return b, nil
}

// baseID is the id of an article read from a file: its base name without
// extension.
func baseID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// openRegular opens a regular file (after symbolic links), without blocking
// on a named pipe.
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%w (use - to read standard input)", extract.ErrNotRegular)
	}
	return f, nil
}

// looksLikeURLList reports whether the .txt file at path holds only URLs,
// one a line (blank lines and # comments aside).
func looksLikeURLList(path string) bool {
	f, err := openRegular(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b, _ := io.ReadAll(io.LimitReader(f, 64<<10))
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !isURL(line) || strings.ContainsAny(line, " \t") {
			return false
		}
		n++
	}
	return n > 0
}

// files lists the files of known formats under dir, in name order,
// recursively; a loop of symbolic links or an unreadable folder is
// reported, not fatal.
func (in *Inputs) files(dir string, reject func(*extract.RecordError)) []string {
	return extract.WalkFiles(dir, func(name string) bool { return formatOf(name) != "" }, reject)
}
