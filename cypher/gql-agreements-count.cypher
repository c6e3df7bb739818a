MATCH (g:Agreement)
WHERE ($party IS NULL OR EXISTS { (g)-[:BETWEEN]->(:Country {code: $party}) })
  AND ($from IS NULL OR g.dateEnd >= $from)
  AND ($to IS NULL OR g.dateStart <= $to)
RETURN count(g) AS total
