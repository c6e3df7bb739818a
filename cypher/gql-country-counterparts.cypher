// The countries each country ($ids) dealt with most, from the events between them (held
// ones, and planned ones too with $planned; of a type, overlapping from–to), and for each the
// persons of the other side who took part most: through the country pairs the loader keeps.
UNWIND $ids AS code
CALL (code) {
  MATCH (cp:CountryPair)-[:HAS]->(e:Event)
  WHERE (cp.key STARTS WITH code + ' ' OR cp.key ENDS WITH ' ' + code)
    AND ($planned OR NOT coalesce(e.planned, false))
    AND ($type IS NULL OR e.type = $type)
    AND ($from IS NULL OR e.dateEnd >= $from)
    AND ($to IS NULL OR e.dateStart <= $to)
  WITH cp, [c IN split(cp.key, ' ') WHERE c <> code][0] AS other, e,
       CASE WHEN e.date IS NOT NULL THEN [e.dateStart, e.id, e.date] END AS dated
  WITH other, count(DISTINCT e) AS n, collect(DISTINCT e.type) AS types, min(dated) AS first,
       max(dated) AS last, collect(DISTINCT e) AS events
  ORDER BY n DESC, other
  LIMIT $limit
  MATCH (c:Country {code: other})
  WITH c, other, n, types, first, last, COLLECT {
    UNWIND events AS ev
    MATCH (ev)<-[:PARTICIPATED_IN]-(p:Person {country: other})
    WITH p, count(DISTINCT ev) AS k
    ORDER BY k DESC, p.id
    LIMIT $members
    RETURN {person: p {.*}, count: k}
  } AS persons
  ORDER BY n DESC, other
  RETURN collect({
    country: c {.*}, count: n, types: types, firstDate: first[2], lastDate: last[2],
    persons: persons
  }) AS items
}
RETURN code AS id, items
