CREATE INDEX person_country IF NOT EXISTS FOR (p:Person) ON (p.country)
