// One page of each person's events, by date (or newest first), with the number of matching events.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)
WHERE ($type IS NULL OR e.type = $type)
  AND ($from IS NULL OR e.dateEnd >= $from)
  AND ($to IS NULL OR e.dateStart <= $to)
WITH DISTINCT id, e
ORDER BY e.dateStart, e.id
WITH id, collect(e {.*}) AS events
// Newest first on request ($desc), undated ones still last.
WITH id, CASE WHEN $desc
  THEN reverse([x IN events WHERE x.dateStart IS NOT NULL]) + [x IN events WHERE x.dateStart IS NULL]
  ELSE events END AS events
RETURN id, size(events) AS total, events[$offset..$offset + $limit] AS items
