MATCH (a:Person)-[r:CALLED|MET|WROTE_TO]->(b:Person)
RETURN a.id AS from, type(r) AS type, b.id AS to, r.date AS date, r.directed AS directed
ORDER BY from, type, to, date
