// Every person's id: those with no counterpart get metrics too.
MATCH (p:Person)
RETURN p.id AS id
