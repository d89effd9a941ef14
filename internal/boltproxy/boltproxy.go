// Package boltproxy is a TCP proxy, for tests, between a Neo4j driver and a
// server, that fails the way networks and servers fail: it refuses
// connections for a while, or cuts a connection right after forwarding a
// commit, so that the commit goes through and its answer never arrives.
//
//	p := boltproxy.Start(t, neo4jtest.URI(t))
//	done := p.CutCommit("CREATE (e:Event", 0, 2*time.Second)
//	… a driver for p.URI() …
package boltproxy

import (
	"bytes"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"
)

// commitMsg is a Bolt COMMIT message as it goes on the wire: a chunk of two
// bytes (a struct of no fields, signature 0x12), then the end of message.
var commitMsg = []byte{0x00, 0x02, 0xB0, 0x12, 0x00, 0x00}

// Proxy forwards the connections it accepts to one server.
type Proxy struct {
	target string
	ln     net.Listener

	mu          sync.Mutex
	links       map[*link]bool
	refuseUntil time.Time
	cut         *cutPlan
	commits     int // commits forwarded
}

// cutPlan is a commit to cut: the one after skip commits of transactions
// that sent marker.
type cutPlan struct {
	marker []byte
	skip   int
	outage time.Duration
	done   chan struct{}
}

// Start listens on a free local port and forwards to the server of uri
// (bolt://host:port); it stops when the test ends.
func Start(tb testing.TB, uri string) *Proxy {
	tb.Helper()
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" {
		tb.Fatalf("boltproxy: %q is not a bolt:// URI", uri)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	p := &Proxy{target: u.Host, ln: ln, links: map[*link]bool{}}
	go p.accept()
	tb.Cleanup(p.Close)
	return p
}

// URI is the proxy's bolt:// URI.
func (p *Proxy) URI() string { return "bolt://" + p.ln.Addr().String() }

// Close stops listening and closes every connection.
func (p *Proxy) Close() {
	p.ln.Close()
	p.closeAll()
}

// Commits returns how many commits the proxy forwarded.
func (p *Proxy) Commits() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.commits
}

// Refuse closes every connection and, for d, closes new ones at once: the
// server looks down.
func (p *Proxy) Refuse(d time.Duration) {
	p.mu.Lock()
	p.refuseUntil = time.Now().Add(d)
	p.mu.Unlock()
	p.closeAll()
}

// CutCommit arranges for the commit of a transaction that sent marker
// (after skip such commits) to be forwarded to the server and its answer
// dropped; then every connection is closed and new ones are refused for
// outage. The channel is closed once the commit was cut.
func (p *Proxy) CutCommit(marker string, skip int, outage time.Duration) <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = &cutPlan{marker: []byte(marker), skip: skip, outage: outage, done: make(chan struct{})}
	return p.cut.done
}

func (p *Proxy) accept() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		refuse := time.Now().Before(p.refuseUntil)
		p.mu.Unlock()
		if refuse {
			c.Close()
			continue
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		l := &link{p: p, c: c, s: s, replied: make(chan struct{}, 1)}
		p.mu.Lock()
		p.links[l] = true
		p.mu.Unlock()
		go l.up()
		go l.down()
	}
}

func (p *Proxy) closeAll() {
	p.mu.Lock()
	links := p.links
	p.links = map[*link]bool{}
	p.mu.Unlock()
	for l := range links {
		l.close()
	}
}

// link is one client connection and its connection to the server.
type link struct {
	p    *Proxy
	c, s net.Conn

	mu      sync.Mutex
	drop    bool          // the server's answers are dropped
	replied chan struct{} // the server answered while drop was set
}

func (l *link) close() {
	l.c.Close()
	l.s.Close()
}

// up forwards the client's bytes, watching for the marker and for commits.
func (l *link) up() {
	defer l.close()
	buf := make([]byte, 64<<10)
	var tail []byte
	sawMarker := false
	for {
		n, err := l.c.Read(buf)
		if n > 0 {
			data := append(tail, buf[:n]...)
			l.p.mu.Lock()
			plan := l.p.cut
			l.p.mu.Unlock()
			if plan != nil && bytes.Contains(data, plan.marker) {
				sawMarker = true
			}
			// A commit that ends in the tail was seen in the last read.
			from := max(0, len(tail)-len(commitMsg)+1)
			if i := bytes.Index(data[from:], commitMsg); i >= 0 {
				end := from + i + len(commitMsg) - len(tail) // in buf
				if cut := l.commit(plan, sawMarker); cut {
					if _, err := l.s.Write(buf[:end]); err != nil {
						return
					}
					l.cutAfterAnswer(plan)
					return
				}
				sawMarker = false
			}
			if _, err := l.s.Write(buf[:n]); err != nil {
				return
			}
			keep := max(len(commitMsg), 64) - 1
			if plan != nil {
				keep = max(keep, len(plan.marker)-1)
			}
			tail = append(tail[:0], data[max(0, len(data)-keep):]...)
		}
		if err != nil {
			return
		}
	}
}

// commit counts a commit and says whether to cut it.
func (l *link) commit(plan *cutPlan, sawMarker bool) bool {
	l.p.mu.Lock()
	defer l.p.mu.Unlock()
	l.p.commits++
	if plan == nil || l.p.cut != plan || !sawMarker {
		return false
	}
	if plan.skip > 0 {
		plan.skip--
		return false
	}
	l.p.cut = nil
	l.mu.Lock()
	l.drop = true
	l.mu.Unlock()
	return true
}

// cutAfterAnswer waits for the server to answer the commit (dropping the
// answer), then closes every connection and refuses new ones for the
// plan's outage.
func (l *link) cutAfterAnswer(plan *cutPlan) {
	select {
	case <-l.replied:
	case <-time.After(30 * time.Second):
	}
	l.p.mu.Lock()
	l.p.refuseUntil = time.Now().Add(plan.outage)
	l.p.mu.Unlock()
	l.p.closeAll()
	l.close()
	close(plan.done)
}

// down forwards the server's bytes, or drops them once the link is cut.
func (l *link) down() {
	defer l.close()
	buf := make([]byte, 64<<10)
	for {
		n, err := l.s.Read(buf)
		if n > 0 {
			l.mu.Lock()
			drop := l.drop
			l.mu.Unlock()
			if drop {
				select {
				case l.replied <- struct{}{}:
				default:
				}
				continue
			}
			if _, werr := l.c.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}
