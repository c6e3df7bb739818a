// Who each person dealt with: the persons they shared events with, how often, first and last.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
WHERE o <> p
WITH DISTINCT id, o, e
ORDER BY e.dateStart, e.id
WITH id, o, count(e) AS n, collect(e.date) AS dates, collect(DISTINCT e.type) AS types
ORDER BY n DESC, o.id
WITH id, collect({
  person: o {.*}, count: n, types: types,
  firstDate: head([d IN dates WHERE d IS NOT NULL]),
  lastDate: last([d IN dates WHERE d IS NOT NULL])
}) AS counterparts
RETURN id, counterparts[..$limit] AS items
