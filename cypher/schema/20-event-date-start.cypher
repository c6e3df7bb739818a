// Date ranges over all events: a seek on the first day, in date order, so a page stops early.
CREATE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.dateStart)
