// Events per period and type for each person ($ids): held ones, and planned ones too with
// $planned; with $with, only those shared with that person. Per month when $month (an event
// dated to its year only stays in that year), else per year; undated events are left out.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)
  WHERE e.date IS NOT NULL
    AND ($planned OR NOT coalesce(e.planned, false))
    AND ($type IS NULL OR e.type = $type)
    AND ($from IS NULL OR e.dateEnd >= $from)
    AND ($to IS NULL OR e.dateStart <= $to)
    AND ($with IS NULL OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person {id: $with}) })
  WITH DISTINCT e
  WITH CASE WHEN $month THEN left(e.date, 7) ELSE left(e.date, 4) END AS period,
       e.type AS type, count(*) AS n
  ORDER BY period, type
  RETURN collect({period: period, type: type, count: n}) AS items
}
RETURN id, items
