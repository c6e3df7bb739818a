// Relationships of the benchmark database, a slice at a time.
MATCH ()-[r]->()
WITH r LIMIT 50000
DELETE r
RETURN count(*) AS deleted
