// Empties the benchmark database a slice at a time.
MATCH (n)
WITH n LIMIT 20000
DETACH DELETE n
RETURN count(*) AS deleted
