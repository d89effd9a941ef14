// Package scripts holds the tests of the shell scripts beside them and of
// docker-compose.yml: a Neo4j instance is its owner's alone, its password is
// never on a command line, and compose publishes nothing to the network or
// with a published password unless asked to.
package scripts

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// needJars skips (fails, in CI) unless the test runs under
// scripts/with-neo4j, which has fetched the Neo4j jars, and returns the
// test server's directory.
func needJars(t *testing.T) string {
	t.Helper()
	return neo4jtest.Dir(t)
}

// checkPrivate fails t for every file or directory under dir that its group
// or others may read, write or enter.
func checkPrivate(t *testing.T, dir string) {
	t.Helper()
	n, bad := 0, 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil // the server removed it meanwhile
		}
		if err != nil {
			return err
		}
		info, err := d.Info()
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		n++
		if info.Mode()&fs.ModeSymlink == 0 && info.Mode().Perm()&0o077 != 0 {
			if bad++; bad <= 10 {
				t.Errorf("%s is %v, want no access for group and others", path, info.Mode())
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Errorf("only %d entries under %s: not a Neo4j instance", n, dir)
	}
	if bad > 10 {
		t.Errorf("… and %d more", bad-10)
	}
}

// TestNeo4j_TestServerPrivate checks the server that make test runs on.
func TestNeo4j_TestServerPrivate(t *testing.T) {
	checkPrivate(t, needJars(t))
}

// TestNeo4j_StartKeepsPasswordPrivate starts a throwaway instance (with a
// password that has quotes, spaces, a backslash and a leading @) through a
// java on PATH that records its command lines, while a watcher reads every
// process's command line in /proc: the password is in none of them. The
// password works, the instance is private, and it restarts, reports its
// status and purges.
func TestNeo4j_StartKeepsPasswordPrivate(t *testing.T) {
	needJars(t)
	script, err := filepath.Abs("neo4j")
	if err != nil {
		t.Fatal(err)
	}
	realJava, err := exec.LookPath("java")
	if err != nil {
		t.Fatal(err)
	}
	secret := make([]byte, 6)
	rand.Read(secret)
	password := `@r3 "pw' #\` + hex.EncodeToString(secret)

	shim := t.TempDir()
	argvLog := filepath.Join(shim, "java.argv")
	javaShim := fmt.Sprintf("#!/bin/sh\nprintf '%%s\\0' \"$0\" \"$@\" >>%q\nexec %q \"$@\"\n", argvLog, realJava)
	if err := os.WriteFile(filepath.Join(shim, "java"), []byte(javaShim), 0o755); err != nil {
		t.Fatal(err)
	}
	// An instance directory that an older script left open to all.
	dir := filepath.Join(t.TempDir(), "instance")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o755) // whatever the umask
	env := append(os.Environ(), "PATH="+shim+string(os.PathListSeparator)+os.Getenv("PATH"),
		"NEO4J_PASSWORD="+password, "NEO4J_HEAP=384m", "NEO4J_PAGECACHE=32m", "NEO4J_POST_CONNECT_CMD=")
	script1 := func(args ...string) (string, error) {
		cmd := exec.Command(script, append(args, "--dir", dir)...)
		cmd.Env = env
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		if err != nil {
			t.Logf("scripts/neo4j %v: %v\n%s", args, err, errOut.String())
		}
		return strings.TrimSpace(out.String()), err
	}
	t.Cleanup(func() { script1("purge") })

	w := watchCmdlines(password)
	t.Cleanup(func() { w.stop() })
	uri, err := script1("start", "--bolt-port", "0", "--http-port", "0")
	if err != nil {
		t.Fatal(err)
	}
	checkLogin(t, uri, password)
	if _, err := script1("stop"); err != nil {
		t.Fatal(err)
	}
	var bolt, http string
	if b, err := os.ReadFile(filepath.Join(dir, "ports")); err != nil {
		t.Fatal(err)
	} else {
		fmt.Sscan(string(b), &bolt, &http)
	}
	if uri, err = script1("start", "--bolt-port", bolt, "--http-port", http); err != nil {
		t.Fatal(err)
	}
	seen, leaks := w.stop()

	checkLogin(t, uri, password)
	checkPrivate(t, dir)
	if b, err := os.ReadFile(filepath.Join(dir, "password")); err != nil || string(b) != password+"\n" {
		t.Errorf("the password file holds %q (%v), want the password", b, err)
	}
	argv, err := os.ReadFile(argvLog)
	if err != nil {
		t.Fatalf("java on PATH never ran: %v", err)
	}
	for _, want := range []string{"org.neo4j.cli.AdminTool", "org.neo4j.server.CommunityEntryPoint"} {
		if !bytes.Contains(argv, []byte(want)) {
			t.Errorf("java never ran %s, so the check of its command lines proves nothing", want)
		}
	}
	if bytes.Contains(argv, []byte(password)) {
		t.Errorf("a java command line held the password: %q", bytes.ReplaceAll(argv, []byte{0}, []byte(" ")))
	}
	if !seen {
		t.Errorf("the /proc watcher never saw the server's command line, so it proves nothing")
	}
	for _, l := range leaks {
		t.Errorf("a command line held the password: %q", l)
	}

	if out, err := script1("status"); err != nil || !strings.HasPrefix(out, "running pid=") {
		t.Errorf("status: %q, %v", out, err)
	}
	if _, err := script1("purge"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("purge left %s: %v", dir, err)
	}
	var exit *exec.ExitError
	if out, err := script1("status"); out != "stopped" || !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Errorf("status after purge: %q, %v, want stopped and exit 3", out, err)
	}
}

// checkLogin fails t unless uri accepts the user neo4j with password.
func checkLogin(t *testing.T, uri, password string) {
	t.Helper()
	d, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth("neo4j", password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	if _, err := neo4j.ExecuteQuery(ctx, d, "RETURN 1", nil, neo4j.EagerResultTransformer); err != nil {
		t.Errorf("log in to %s with the password: %v", uri, err)
	}
}

// cmdlineWatcher reads the command line of every process in /proc, every
// 20 ms, until stopped. (neo4j-admin, a JVM, runs for a second or more.)
type cmdlineWatcher struct {
	done   chan struct{}
	once   sync.Once
	wg     sync.WaitGroup
	seen   bool     // saw Neo4j's server
	leaks  []string // command lines that held the secret
	secret []byte
}

func watchCmdlines(secret string) *cmdlineWatcher {
	w := &cmdlineWatcher{done: make(chan struct{}), secret: []byte(secret)}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		for {
			files, _ := filepath.Glob("/proc/[0-9]*/cmdline")
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					continue // the process ended
				}
				if bytes.Contains(b, []byte("org.neo4j.server.CommunityEntryPoint")) {
					w.seen = true
				}
				l := string(bytes.ReplaceAll(b, []byte{0}, []byte(" ")))
				if bytes.Contains(b, w.secret) && len(w.leaks) < 5 && !slices.Contains(w.leaks, l) {
					w.leaks = append(w.leaks, l)
				}
			}
			select {
			case <-w.done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return w
}

// stop ends the watch and returns whether it saw the server and the
// command lines that held the secret.
func (w *cmdlineWatcher) stop() (bool, []string) {
	w.once.Do(func() { close(w.done) })
	w.wg.Wait()
	return w.seen, w.leaks
}
