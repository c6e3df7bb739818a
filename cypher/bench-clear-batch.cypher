// Empties the benchmark database a slice at a time: relationships first (bench-clear-rels), so
// that deleting a well-connected node never needs one huge transaction.
MATCH (n)
WITH n LIMIT 50000
DETACH DELETE n
RETURN count(*) AS deleted
