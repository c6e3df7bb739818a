// Who each person dealt with among the events that pass the filters (type, dates overlapping
// from–to, planned only with $planned), most frequent first, counted from the events
// themselves: the DEALT_WITH summaries hold all dates and types at once.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
  WHERE o.id <> id
    AND ($planned OR NOT coalesce(e.planned, false))
    AND ($type IS NULL OR e.type = $type)
    AND ($from IS NULL OR e.dateEnd >= $from)
    AND ($to IS NULL OR e.dateStart <= $to)
  WITH o, e, CASE WHEN e.date IS NOT NULL THEN [e.dateStart, e.id, e.date] END AS dated
  WITH o, count(DISTINCT e) AS n, collect(DISTINCT e.type) AS types, min(dated) AS first,
       max(dated) AS last
  ORDER BY n DESC, o.id
  LIMIT $limit
  RETURN collect({
    person: o {.*}, count: n, types: types, firstDate: first[2], lastDate: last[2]
  }) AS items
}
RETURN id, items
