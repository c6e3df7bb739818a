// One page of agreements by date, optionally with one party and overlapping a date range.
MATCH (g:Agreement)
WHERE ($party IS NULL OR EXISTS { (g)-[:BETWEEN]->(:Country {code: $party}) })
  AND ($from IS NULL OR g.dateEnd >= $from)
  AND ($to IS NULL OR g.dateStart <= $to)
RETURN g {.*} AS agreement
ORDER BY g.dateStart, g.id
SKIP $offset
LIMIT $limit
