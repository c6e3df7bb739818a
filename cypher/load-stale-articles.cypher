// How many articles the graph holds, and how many of them were drawn under another graph model
// than $model: their derived facts are out of date until they are loaded again.
MATCH (a:Article)
RETURN count(a) AS total, count(CASE WHEN coalesce(a.model, 0) <> $model THEN 1 END) AS stale
