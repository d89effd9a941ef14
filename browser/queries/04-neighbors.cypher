// diplograph: an actor and everyone it is related to
// :param actor => 'RUS'
MATCH (x:Actor {id: $actor})-[r]-(n:Actor)
RETURN x, r, n
