MATCH (c:Country)
WHERE NOT $involved
   OR EXISTS { (c)<-[:REPRESENTS|IN|BETWEEN|VISITED]-() }
RETURN count(c) AS total
