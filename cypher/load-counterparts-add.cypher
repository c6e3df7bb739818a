// Adds the events of the batch ($events) to the DEALT_WITH summaries of their pairs of
// persons: an event counts for a pair when one of the two took part in it only from this
// batch on (their PARTICIPATED_IN edge is fresh); its date can move the pair's first or last.
// Adding up costs as much as the batch, where a recount would read every event of a pair.
// Returns every pair it saw, with `recount` for those adding up cannot settle (left to
// load-counterparts-recount): a pair whose first or last event's date was refined, or one
// sharing an older event and no summary yet, or one with an event whose planned flag changed
// ($flipped); `changed` when the pair's count may have moved. A planned event is no dealing:
// it counts only once reported held.
UNWIND $events AS id
MATCH (x:Person)-[rx:PARTICIPATED_IN]->(e:Event {id: id})<-[ry:PARTICIPATED_IN]-(y:Person)
WHERE x.id < y.id
WITH x, y, e, coalesce(rx.fresh, false) OR coalesce(ry.fresh, false) AS gained,
     CASE WHEN e.date IS NOT NULL THEN e.dateStart + ' ' + e.id END AS key
WITH x, y, collect({id: e.id, type: e.type, key: key, date: e.date, gained: gained,
                    planned: coalesce(e.planned, false)}) AS seen
OPTIONAL MATCH (x)-[d:DEALT_WITH]->(y)
WITH x, y, seen, d,
     any(s IN seen WHERE s.id IN $flipped) OR any(s IN seen WHERE NOT s.gained AND NOT s.planned AND (
       d IS NULL
       OR coalesce(split(d.firstKey, ' ')[1] = s.id AND d.firstKey <> s.key, false)
       OR coalesce(split(d.lastKey, ' ')[1] = s.id AND d.lastKey <> s.key, false))) AS recount,
     any(s IN seen WHERE s.gained AND NOT s.planned) AS grew
CALL (x, y, seen, d, recount) {
  WITH x, y, seen, d WHERE NOT recount
  WITH x, y, d, [s IN seen WHERE s.gained AND NOT s.planned] AS gained,
       [s IN seen WHERE s.key IS NOT NULL AND NOT s.planned | [s.key, s.date]] +
       CASE WHEN d.firstKey IS NULL THEN [] ELSE [[d.firstKey, d.firstDate], [d.lastKey, d.lastDate]] END AS dated
  WITH x, y, d, gained,
       reduce(m = null, k IN dated | CASE WHEN m IS NULL OR k[0] < m[0] THEN k ELSE m END) AS first,
       reduce(m = null, k IN dated | CASE WHEN m IS NULL OR k[0] > m[0] THEN k ELSE m END) AS last
  WITH x, y, coalesce(d.count, 0) + size(gained) AS n,
       reduce(ts = coalesce(d.types, []), s IN gained |
         CASE WHEN s.type IN ts THEN ts ELSE ts + s.type END) AS types, first, last
  WHERE n > 0
  MERGE (x)-[a:DEALT_WITH]->(y)
  SET a.key = x.id + ' ' + y.id, a.count = n, a.types = types, a.firstKey = first[0],
      a.lastKey = last[0], a.firstDate = first[1], a.lastDate = last[1]
  MERGE (y)-[b:DEALT_WITH]->(x)
  SET b = properties(a), b.key = y.id + ' ' + x.id
}
RETURN x.id AS a, y.id AS b, recount, grew OR recount AS changed
