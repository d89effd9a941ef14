package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/temoto/robotstxt"
)

// Fetcher defaults.
const (
	DefaultPerHost      = 2                // requests at once to one host
	DefaultConcurrency  = 8                // requests at once in all
	DefaultTimeout      = 30 * time.Second // one request, body included
	DefaultMaxBytes     = 10 << 20         // the largest response body read
	DefaultMaxRedirects = 5
	DefaultRetries      = 3               // after the first try, on 429, 5xx and network errors
	DefaultRetryWait    = time.Second     // the first backoff; it doubles
	DefaultMaxRetryWait = 2 * time.Minute // the longest Retry-After honoured
	DefaultCacheAge     = 24 * time.Hour  // a cached page younger than this is not asked for again
)

// Fetch errors.
var (
	ErrTooLarge         = errors.New("too large")
	ErrRobots           = errors.New("disallowed by robots.txt")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrNotHTML          = errors.New("not an HTML page")
	ErrOffline          = errors.New("not in the cache (offline)")
)

// StatusError is a response whose status is not 200 OK, after retries.
type StatusError struct {
	Code  int
	Tries int
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
	if e.Tries > 1 {
		s += fmt.Sprintf(" (after %d tries)", e.Tries)
	}
	return s
}

// UserAgent is the User-Agent header diplograph sends: its name, version
// and where to read about it.
func UserAgent(version string) string {
	if version == "" {
		version = "devel"
	}
	return "diplograph/" + strings.TrimPrefix(version, "v") + " (+https://github.com/diplograph/diplograph)"
}

// Fetcher gets web pages politely: a few requests at once per host,
// robots.txt honoured (its Disallow rules and Crawl-delay), retries with backoff on 429 and 5xx that follow
// Retry-After, a timeout and a size cap on every request, redirects capped,
// and an optional on-disk Cache. It is safe for concurrent use.
type Fetcher struct {
	Client       *http.Client // its Transport is used; Timeout and CheckRedirect are the Fetcher's
	UserAgent    string
	PerHost      int
	Concurrency  int
	Timeout      time.Duration
	MaxBytes     int64
	MaxRedirects int
	Retries      int
	RetryWait    time.Duration
	MaxRetryWait time.Duration
	Robots       bool   // honour robots.txt (default true)
	Cache        *Cache // nil: no cache
	Offline      bool   // only the cache: a page not in it is an error
	Logger       *slog.Logger

	requests atomic.Int64 // requests sent, robots.txt included

	mu     sync.Mutex
	hosts  map[string]*hostState
	all    chan struct{}
	robots map[string]*robotsEntry
}

// hostState is one host's share of the fetcher: its request slots and,
// when its robots.txt asks for a Crawl-delay, when the next may start.
type hostState struct {
	slots chan struct{}
	mu    sync.Mutex
	delay time.Duration
	next  time.Time
}

type robotsEntry struct {
	once  sync.Once
	group *robotstxt.Group
	err   error
}

// NewFetcher returns a Fetcher with the defaults, sending userAgent.
func NewFetcher(userAgent string) *Fetcher {
	return &Fetcher{
		Client: &http.Client{}, UserAgent: userAgent, PerHost: DefaultPerHost, Concurrency: DefaultConcurrency,
		Timeout: DefaultTimeout, MaxBytes: DefaultMaxBytes, MaxRedirects: DefaultMaxRedirects,
		Retries: DefaultRetries, RetryWait: DefaultRetryWait, MaxRetryWait: DefaultMaxRetryWait,
		Robots: true, Logger: slog.Default(),
	}
}

// Requests is the number of HTTP requests sent so far, robots.txt included.
func (f *Fetcher) Requests() int64 { return f.requests.Load() }

// Page is a fetched response.
type Page struct {
	URL         string // after redirects
	ContentType string // media type, lowercase, without parameters
	Charset     string // the Content-Type's charset parameter, if any
	Body        []byte
	Cached      bool // served from the cache without a new body
}

// Get fetches rawURL: from the cache when fresh, else from the server
// (revalidating a cached copy with its ETag and Last-Modified).
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL: %q", rawURL)
	}
	key := u.String()
	var cached *cacheEntry
	if f.Cache != nil {
		cached = f.Cache.get(key)
		if cached != nil && (f.Offline || time.Since(cached.Fetched) < f.Cache.maxAge()) {
			return cached.page(), nil
		}
	}
	if f.Offline {
		return nil, ErrOffline
	}
	if f.Robots {
		if err := f.allowed(ctx, u); err != nil {
			return nil, err
		}
	}
	p, notModified, err := f.fetch(ctx, u, cached)
	if err != nil {
		return nil, err
	}
	if notModified {
		cached.Fetched = time.Now()
		f.Cache.put(key, cached)
		return cached.page(), nil
	}
	if f.Cache != nil {
		f.Cache.put(key, p.entry)
	}
	return p.page, nil
}

type fetched struct {
	page  *Page
	entry *cacheEntry
}

// fetch sends the request, with retries; notModified when the server
// answered 304 to a conditional request built from cached.
func (f *Fetcher) fetch(ctx context.Context, u *url.URL, cached *cacheEntry) (*fetched, bool, error) {
	release, err := f.acquire(ctx, u.Host)
	if err != nil {
		return nil, false, err
	}
	defer release()
	for try := 1; ; try++ {
		p, notModified, wait, err := f.try(ctx, u, cached)
		if err == nil {
			return p, notModified, nil
		}
		if wait < 0 || try > f.Retries {
			var se *StatusError
			if errors.As(err, &se) {
				se.Tries = try
			}
			return nil, false, err
		}
		if wait == 0 {
			wait = f.RetryWait << (try - 1)
		}
		if wait > f.maxRetryWait() {
			return nil, false, fmt.Errorf("%w; the server asks to wait %s, more than %s", err, wait, f.maxRetryWait())
		}
		f.logger().Debug("retry", "url", u.String(), "try", try, "wait", wait, "err", err)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, false, ctx.Err()
		}
	}
}

// try sends one request. wait is -1 when the error is final, 0 for the
// usual backoff, or what Retry-After asked.
func (f *Fetcher) try(ctx context.Context, u *url.URL, cached *cacheEntry) (*fetched, bool, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, false, -1, err
	}
	req.Header.Set("User-Agent", f.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5")
	if cached != nil {
		if cached.ETag != "" {
			req.Header.Set("If-None-Match", cached.ETag)
		}
		if cached.LastModified != "" {
			req.Header.Set("If-Modified-Since", cached.LastModified)
		}
	}
	f.requests.Add(1)
	resp, err := f.client().Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, false, -1, ctx.Err()
		}
		if errors.Is(err, ErrTooManyRedirects) {
			return nil, false, -1, ErrTooManyRedirects
		}
		var dns *net.DNSError
		if errors.As(err, &dns) && dns.IsNotFound {
			return nil, false, -1, err // no such host: no use asking again
		}
		return nil, false, 0, err // a timeout, a reset: worth another try
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified && cached != nil:
		return nil, true, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, false, retryAfter(resp.Header.Get("Retry-After")), &StatusError{Code: resp.StatusCode}
	case resp.StatusCode != http.StatusOK:
		return nil, false, -1, &StatusError{Code: resp.StatusCode}
	}
	if resp.ContentLength > f.maxBytes() {
		return nil, false, -1, fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, resp.ContentLength, f.maxBytes())
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes()+1))
	if err != nil {
		if ctx.Err() != nil {
			return nil, false, -1, ctx.Err()
		}
		return nil, false, 0, err
	}
	if int64(len(body)) > f.maxBytes() {
		return nil, false, -1, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.maxBytes())
	}
	mt, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	e := &cacheEntry{
		URL: resp.Request.URL.String(), ContentType: strings.ToLower(mt), Charset: params["charset"],
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), Fetched: time.Now(), body: body,
	}
	return &fetched{page: e.page(), entry: e}, false, 0, nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date; 0 when
// absent or unreadable.
func retryAfter(h string) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

// allowed checks u against its host's robots.txt, fetched once per run
// (and cached like a page). A robots.txt that is missing (4xx) allows
// everything; one the server fails to give (5xx, after retries) allows
// nothing (RFC 9309).
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	origin := u.Scheme + "://" + u.Host
	f.mu.Lock()
	if f.robots == nil {
		f.robots = map[string]*robotsEntry{}
	}
	e := f.robots[origin]
	if e == nil {
		e = &robotsEntry{}
		f.robots[origin] = e
	}
	f.mu.Unlock()
	e.once.Do(func() {
		e.group, e.err = f.fetchRobots(ctx, origin)
		if e.err == nil && e.group.CrawlDelay > 0 {
			h := f.host(u.Host)
			h.mu.Lock()
			h.delay = min(e.group.CrawlDelay, f.maxRetryWait())
			h.mu.Unlock()
		}
	})
	if e.err != nil {
		return e.err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !e.group.Test(path) {
		return ErrRobots
	}
	return nil
}

func (f *Fetcher) fetchRobots(ctx context.Context, origin string) (*robotstxt.Group, error) {
	key := origin + "/robots.txt"
	if f.Cache != nil {
		if c := f.Cache.get(key); c != nil && time.Since(c.Fetched) < f.Cache.maxAge() {
			return robotsGroup(c.Status, c.body)
		}
	}
	u, _ := url.Parse(key)
	status, body := http.StatusOK, []byte(nil)
	p, _, err := f.fetch(ctx, u, nil)
	var se *StatusError
	switch {
	case errors.As(err, &se):
		status = se.Code
	case err != nil:
		return nil, fmt.Errorf("%s: %w", key, err)
	default:
		body = p.entry.body
	}
	if f.Cache != nil {
		f.Cache.put(key, &cacheEntry{URL: key, Status: status, Fetched: time.Now(), body: body})
	}
	return robotsGroup(status, body)
}

func robotsGroup(status int, body []byte) (*robotstxt.Group, error) {
	if status >= 500 {
		return nil, fmt.Errorf("%w (robots.txt answered HTTP %d, which forbids all)", ErrRobots, status)
	}
	data, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		// An unreadable robots.txt is no robots.txt.
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	return data.FindGroup("diplograph"), nil
}

// host returns the state of host, made on first use.
func (f *Fetcher) host(host string) *hostState {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.hosts == nil {
		f.hosts = map[string]*hostState{}
		f.all = make(chan struct{}, max(f.Concurrency, 1))
	}
	h := f.hosts[host]
	if h == nil {
		h = &hostState{slots: make(chan struct{}, max(f.PerHost, 1))}
		f.hosts[host] = h
	}
	return h
}

// acquire takes a slot for host and one of the overall slots, then waits
// out the host's Crawl-delay, if any.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	h := f.host(host)
	f.mu.Lock()
	all := f.all
	f.mu.Unlock()
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-h.slots }
	h.mu.Lock()
	wait := time.Until(h.next)
	if h.delay > 0 {
		h.next = time.Now().Add(max(wait, 0) + h.delay)
	}
	h.mu.Unlock()
	if wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			release()
			return nil, ctx.Err()
		}
	}
	select {
	case all <- struct{}{}:
	case <-ctx.Done():
		release()
		return nil, ctx.Err()
	}
	return func() { <-all; release() }, nil
}

func (f *Fetcher) client() *http.Client {
	var c http.Client
	if f.Client != nil {
		c = *f.Client
	}
	c.Timeout = f.Timeout
	max := f.MaxRedirects
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > max {
			return ErrTooManyRedirects
		}
		req.Header.Set("User-Agent", f.UserAgent)
		return nil
	}
	return &c
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return f.MaxBytes
}

func (f *Fetcher) maxRetryWait() time.Duration {
	if f.MaxRetryWait <= 0 {
		return DefaultMaxRetryWait
	}
	return f.MaxRetryWait
}

func (f *Fetcher) logger() *slog.Logger {
	if f.Logger != nil {
		return f.Logger
	}
	return slog.Default()
}
