// Countries by code; with $involved, only those with persons, events or agreements.
MATCH (c:Country)
WHERE NOT $involved
   OR EXISTS { (c)<-[:REPRESENTS|IN|BETWEEN|VISITED]-() }
RETURN c {.*} AS country
ORDER BY c.code
SKIP $offset
LIMIT $limit
