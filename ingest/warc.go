package ingest

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/diplograph/diplograph/extract"
	"github.com/nlnwa/gowarc"
)

// readWARC streams a WARC or WARC.gz file (github.com/nlnwa/gowarc): each
// response record with status 200 and an HTML payload is a page of the
// record's WARC-Target-URI. Other records (requests, metadata, images,
// redirects) are passed over; a page with no article text is reported.
func readWARC(ctx context.Context, r io.Reader, name string, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	if err != nil {
		reject(&extract.RecordError{File: name, Err: err})
		return nil
	}
	defer wr.Close()
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, off, _, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			reject(&extract.RecordError{File: name, Err: fmt.Errorf("record %d at byte %d: %w", n, off, err)})
			return nil
		}
		if rec.Type() != gowarc.Response {
			continue
		}
		uri := rec.WarcHeader().Get(gowarc.WarcTargetURI)
		where := func(err error) *extract.RecordError {
			return &extract.RecordError{File: name, Err: fmt.Errorf("record %d at byte %d (%s): %w", n, off, uri, err)}
		}
		blk, ok := rec.Block().(gowarc.HttpResponseBlock)
		if !ok || blk.HttpStatusCode() != 200 {
			continue
		}
		h := blk.HttpHeader()
		ct, params, _ := mime.ParseMediaType(h.Get("Content-Type"))
		if ct != "text/html" && ct != "application/xhtml+xml" {
			continue
		}
		payload, err := blk.PayloadBytes()
		if err != nil {
			reject(where(err))
			continue
		}
		if strings.EqualFold(h.Get("Content-Encoding"), "gzip") {
			zr, err := gzip.NewReader(payload)
			if err != nil {
				reject(where(err))
				continue
			}
			payload = zr
		}
		b, err := readMax(payload, DefaultMaxBytes)
		if errors.Is(err, ErrTooLarge) {
			reject(where(err))
			continue
		}
		if err != nil {
			// A record cut short: the rest of the stream is lost.
			reject(where(err))
			return nil
		}
		art, err := HTMLArticle(b, uri, params["charset"])
		if err != nil {
			reject(where(err))
			continue
		}
		art.File = name
		if art.ID == "" {
			art.ID = fmt.Sprintf("%s-%d", baseID(name), n)
		}
		if err := fn(art); err != nil {
			return err
		}
	}
}
