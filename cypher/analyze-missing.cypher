// Whether some person has no network metrics yet (a graph loaded before the analysis existed).
RETURN EXISTS { MATCH (p:Person) WHERE p.pagerank IS NULL } AS missing
