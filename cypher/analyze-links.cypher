// Every pair of persons who shared an event, once, with how many they shared: the network the
// analytics run on. DEALT_WITH is drawn both ways; the id order keeps one of the two.
MATCH (x:Person)-[d:DEALT_WITH]->(y:Person)
WHERE x.id < y.id
RETURN x.id AS a, y.id AS b, d.count AS weight
