CREATE INDEX dealt_with_key IF NOT EXISTS FOR ()-[d:DEALT_WITH]-() ON (d.key)
