// One page of events by date when no participant or country is given. Date bounds select the
// events whose span overlaps them; in date order these are: month- or year-dated events that
// start before $from and last into it (few), then the events starting from $from to $to (an
// index seek in date order that stops once the page is full), then, with no bound at all, the
// undated ones (a label scan, run only then). $spanFrom is a year before $from: no event spans
// longer.
CALL () {
  MATCH (e:Event)
  WHERE $from IS NOT NULL
    AND e.datePrecision IN ['month', 'year'] AND e.dateStart >= $spanFrom AND e.dateStart < $from
    AND e.dateEnd >= $from AND ($to IS NULL OR e.dateStart <= $to)
    AND ($type IS NULL OR e.type = $type) AND ($planned IS NULL OR e.planned = $planned)
  WITH e
  ORDER BY e.dateStart, e.id
  RETURN collect(e) AS early
}
CALL () {
  MATCH (e:Event)
  WHERE e.dateStart >= coalesce($from, '') AND e.dateStart <= coalesce($to, '9999-12-31')
    AND ($type IS NULL OR e.type = $type) AND ($planned IS NULL OR e.planned = $planned)
  WITH e
  ORDER BY e.dateStart, e.id
  LIMIT $offset + $limit
  RETURN collect(e) AS dated
}
CALL (early, dated) {
  WITH early, dated
  WHERE $from IS NULL AND $to IS NULL AND size(early) + size(dated) < $offset + $limit
  // A horizon: the condition is checked before the scan, which runs only when it holds.
  WITH early, dated LIMIT 1
  MATCH (e:Event)
  WHERE e.dateStart IS NULL
    AND ($type IS NULL OR e.type = $type) AND ($planned IS NULL OR e.planned = $planned)
  WITH e
  ORDER BY e.id
  LIMIT $offset + $limit
  RETURN collect(e) AS undated
}
UNWIND (early + dated + undated)[$offset..$offset + $limit] AS e
// With $withParticipants, each event carries its participants as gql-event-participants
// gives them, which saves the query a round trip.
RETURN e {.*, participants: CASE WHEN $withParticipants THEN COLLECT {
  MATCH (e)<-[r:PARTICIPATED_IN]-(p)
  WITH r, p
  ORDER BY CASE r.role WHEN 'caller' THEN 0 WHEN 'host' THEN 1 WHEN 'visitor' THEN 2 ELSE 3 END, p.id
  RETURN {role: r.role, office: r.office, person: p {.*}}
}[..$members] END} AS event
