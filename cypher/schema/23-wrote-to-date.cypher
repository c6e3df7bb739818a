CREATE INDEX wrote_to_date IF NOT EXISTS FOR ()-[r:WROTE_TO]-() ON (r.date)
