// One page of each country's events: those one of its persons took part in, or held there.
UNWIND $codes AS code
CALL (code) {
  MATCH (:Person {country: code})-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  MATCH (e:Event)-[:IN]->(:Country {code: code})
  RETURN e
}
WITH code, e
WHERE ($type IS NULL OR e.type = $type)
  AND ($from IS NULL OR e.dateEnd >= $from)
  AND ($to IS NULL OR e.dateStart <= $to)
WITH code, e
ORDER BY e.dateStart, e.id
WITH code, collect(e {.*}) AS events
// Newest first on request ($desc), undated ones still last.
WITH code, CASE WHEN $desc
  THEN reverse([x IN events WHERE x.dateStart IS NOT NULL]) + [x IN events WHERE x.dateStart IS NULL]
  ELSE events END AS events
RETURN code AS id, size(events) AS total, events[$offset..$offset + $limit] AS items
