package graph

// SetAfterRead lets the tests of package graph_test run a load between a
// transaction's reading which articles are in the graph and its writing.
func SetAfterRead(l *Loader, f func()) { l.afterRead = f }
