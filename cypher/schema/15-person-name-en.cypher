CREATE INDEX person_name_en IF NOT EXISTS FOR (p:Person) ON (p.nameEn)
