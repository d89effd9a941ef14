package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// Cache keeps fetched pages on disk, by URL: a JSON file (.meta) of what the
// response said (final URL, content type, ETag, Last-Modified, when) and
// the body beside it. A page younger than MaxAge is served without a
// request; an older one is revalidated with its ETag and Last-Modified.
// It is safe for concurrent use: files are written whole, then renamed.
type Cache struct {
	Dir    string
	MaxAge time.Duration // default DefaultCacheAge
}

// NewCache returns a cache in dir, which it creates.
func NewCache(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Cache{Dir: dir, MaxAge: DefaultCacheAge}, nil
}

type cacheEntry struct {
	URL          string    `json:"url"`
	Status       int       `json:"status,omitempty"` // 0 for 200
	ContentType  string    `json:"content_type"`
	Charset      string    `json:"charset,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"`
	body         []byte
}

func (e *cacheEntry) page() *Page {
	return &Page{URL: e.URL, ContentType: e.ContentType, Charset: e.Charset, Body: e.body, Cached: true}
}

func (c *Cache) maxAge() time.Duration {
	if c.MaxAge <= 0 {
		return DefaultCacheAge
	}
	return c.MaxAge
}

// path is where the entry of url lives, without extension.
func (c *Cache) path(url string) string {
	h := sha256.Sum256([]byte(url))
	k := hex.EncodeToString(h[:])
	return filepath.Join(c.Dir, k[:2], k)
}

func (c *Cache) get(url string) *cacheEntry {
	p := c.path(url)
	b, err := os.ReadFile(p + ".meta")
	if err != nil {
		return nil
	}
	var e cacheEntry
	if json.Unmarshal(b, &e) != nil {
		return nil
	}
	if e.body, err = os.ReadFile(p + ".body"); err != nil {
		return nil
	}
	return &e
}

// put stores e for url; a failure only costs a fetch next time.
func (c *Cache) put(url string, e *cacheEntry) {
	p := c.path(url)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		slog.Debug("cache", "err", err)
		return
	}
	meta, _ := json.MarshalIndent(e, "", "  ")
	for _, f := range []struct {
		ext string
		b   []byte
	}{{".body", e.body}, {".meta", meta}} {
		tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
		if err != nil {
			slog.Debug("cache", "err", err)
			return
		}
		_, err = tmp.Write(f.b)
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp.Name(), p+f.ext)
		}
		if err != nil {
			os.Remove(tmp.Name())
			slog.Debug("cache", "err", err)
			return
		}
	}
}
